package io.viralscope.app.ingest;

import io.viralscope.app.UserError;
import io.viralscope.app.store.StagedImport;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The scratch SQLite database an import checks its rows into before the store sees any of them: a temporary
 * file, private to this import, deleted when the import ends. It holds what checking needs beyond the row at hand
 * (which rows of a file share a video and instant, a Studio video's days in order) on disk rather than in the
 * heap, and the good samples and metadata in the layout {@link StagedImport} describes, for the store to copy.
 */
final class ImportStaging implements AutoCloseable {

    private final Path file;
    private Connection connection;

    private ImportStaging(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** A new, empty scratch database in {@code folder}. */
    static ImportStaging create(Path folder) {
        return create(folder, 0);
    }

    /**
     * A new, empty scratch database in {@code folder} that SQLite lets grow to at most {@code maxPages} pages (0:
     * no limit beyond SQLite's own), as a full disk would: how the tests meet a scratch file that runs out of room.
     */
    static ImportStaging create(Path folder, long maxPages) {
        Path file;
        try {
            file = Files.createTempFile(folder, "viralscope-import-", ".db");
            file.toFile().deleteOnExit(); // also when the import is stopped with Ctrl-C
        } catch (IOException e) {
            throw new UserError(io.viralscope.app.ExitCodes.BAD_INPUT, "An import checks its rows in a scratch file"
                    + " in " + folder + ", which cannot be created there (" + e.getMessage() + "); make that folder"
                    + " writable, or name another with the JVM option -Djava.io.tmpdir=FOLDER.", e);
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            // nobody else opens it, and it is thrown away after a crash: no journal, no syncing
            config.setJournalMode(SQLiteConfig.JournalMode.OFF);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            config.setTempStore(SQLiteConfig.TempStore.FILE);
            config.setCacheSize(-32_768); // 32 MiB of pages: the memory bound, whatever the file's size
            Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            c.setAutoCommit(false);
            ImportStaging staging = new ImportStaging(file, c);
            try (Statement s = c.createStatement()) {
                if (maxPages > 0) {
                    s.execute("PRAGMA max_page_count = " + maxPages);
                }
                s.execute(StagedImport.SAMPLES_TABLE);
                s.execute(StagedImport.VIDEOS_TABLE);
                s.execute("CREATE TABLE studio_days (file INTEGER NOT NULL, video_id TEXT NOT NULL, day INTEGER NOT NULL,"
                        + " views INTEGER NOT NULL, likes INTEGER, comments INTEGER, shares INTEGER, line INTEGER NOT NULL,"
                        + " PRIMARY KEY (file, video_id, day)) WITHOUT ROWID");
                s.execute("CREATE TABLE studio_stops (file INTEGER NOT NULL, video_id TEXT NOT NULL,"
                        + " day INTEGER NOT NULL, PRIMARY KEY (file, video_id)) WITHOUT ROWID");
            } catch (SQLException e) {
                staging.close();
                throw e;
            }
            return staging;
        } catch (SQLException e) {
            deleteQuietly(file);
            throw failure(file, e);
        }
    }

    /** The open scratch database. */
    Connection connection() {
        return connection;
    }

    /** Distinct videos among the staged samples. */
    int videosWithSamples() throws SQLException {
        try (Statement s = connection.createStatement();
              // one look-up per staged video, not a pass over every sample
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT video_id) FROM videos v WHERE EXISTS (SELECT 1"
                     + " FROM samples s WHERE s.file = v.file AND s.video_id = v.video_id)")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Commits and closes the scratch database, so that the store can attach it. */
    StagedImport finish() throws SQLException {
        connection.commit();
        connection.close();
        connection = null;
        return new StagedImport(file);
    }

    /** The sentence for a failure of the scratch database. */
    UserError failure(SQLException e) {
        return failure(file, e);
    }

    private static UserError failure(Path file, SQLException e) {
        String code = e instanceof SQLiteException s ? s.getResultCode().name() : "";
        Path folder = file.toAbsolutePath().getParent();
        if (code.equals(SQLiteErrorCode.SQLITE_FULL.name())) {
            return new UserError(io.viralscope.app.ExitCodes.BAD_INPUT, "The disk holding " + folder + " is full: an"
                    + " import checks its rows in a scratch file there, which needs about as much space as the files;"
                    + " free some space, or name another folder with the JVM option -Djava.io.tmpdir=FOLDER, and"
                    + " import again. Nothing was imported.", e);
        }
        return new UserError(io.viralscope.app.ExitCodes.BAD_INPUT, "The scratch file " + file + ", where an import"
                + " checks its rows, failed (SQLite " + (code.isEmpty() ? e.getMessage() : code) + "); check that " + folder
                + " can be written and has free space, and import again. Nothing was imported.", e);
    }

    /** Closes (if open) and deletes the scratch database. */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the file is deleted next; a failing close loses nothing
            }
            connection = null;
        }
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // a scratch file left in the temporary folder harms nothing
            }
        }
    }
}
