package io.viralscope.app.store;

import java.nio.file.Path;

/**
 * An import checked into a scratch SQLite database of its own, ready for {@link Store#addStaged}: the store
 * attaches that file and copies from it in one transaction, so no sample passes through the Java heap on its way
 * in. The scratch database holds the two tables below (an importer may keep tables of its own beside them).
 *
 * @param database the scratch database file
 */
public record StagedImport(Path database) {

    /**
     * The good samples, one row per (file, video, instant): {@code file} is the file's position in the import,
     * which decides which of two files' samples for the same video, instant and source is kept, and the order
     * differing samples are listed in. {@code line} is where the row starts, for messages.
     */
    public static final String SAMPLES_TABLE = "CREATE TABLE samples (file INTEGER NOT NULL, video_id TEXT NOT NULL,"
            + " at INTEGER NOT NULL, source TEXT NOT NULL, views INTEGER NOT NULL, likes INTEGER, comments INTEGER,"
            + " shares INTEGER, line INTEGER NOT NULL, PRIMARY KEY (file, video_id, at)) WITHOUT ROWID";

    /**
     * Each file's metadata of every video with a good row: a blank title or a null publication leaves what the
     * store (or an earlier file) has, as {@link VideoMetadata} does.
     */
    public static final String VIDEOS_TABLE = "CREATE TABLE videos (file INTEGER NOT NULL, video_id TEXT NOT NULL,"
            + " title TEXT NOT NULL, published_at INTEGER, PRIMARY KEY (file, video_id)) WITHOUT ROWID";
}
