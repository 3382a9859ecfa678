package io.viralscope.app.store;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sqlite.SQLiteConfig;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's side of {@link Store#addStaged}: a server cannot attach the import's scratch SQLite file, so its
 * rows are streamed (COPY, a buffer at a time) into temporary tables that live only as long as the import's
 * transaction, and copied from there set-based, as SQLite copies from the attached file.
 */
final class PostgresStaging {

    static final String SAMPLES = "staged_samples";
    static final String VIDEOS = "staged_videos";

    /** Bytes sent to the server per COPY write. */
    private static final int CHUNK = 1 << 16;

    private PostgresStaging() {
    }

    /** Inside the import's transaction: fills the temporary staging tables from the scratch database. */
    static void copy(Connection pg, StagedImport staged) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE " + SAMPLES + " (file BIGINT NOT NULL, video_id TEXT NOT NULL,"
                    + " at BIGINT NOT NULL, source TEXT NOT NULL, views BIGINT NOT NULL, likes BIGINT,"
                    + " comments BIGINT, shares BIGINT) ON COMMIT DROP");
            s.execute("CREATE TEMPORARY TABLE " + VIDEOS + " (file BIGINT NOT NULL, video_id TEXT NOT NULL,"
                    + " title TEXT NOT NULL, published_at BIGINT) ON COMMIT DROP");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection scratch = config.createConnection("jdbc:sqlite:" + staged.database().toAbsolutePath())) {
            stream(scratch, "SELECT file, video_id, at, source, views, likes, comments, shares FROM samples", pg,
                    SAMPLES, 8);
            stream(scratch, "SELECT file, video_id, title, published_at FROM videos", pg, VIDEOS, 4);
        }
        try (Statement s = pg.createStatement()) {
            // temporary tables are never analysed by autovacuum: without figures the planner guesses badly
            s.execute("ANALYZE " + SAMPLES);
            s.execute("ANALYZE " + VIDEOS);
        }
    }

    /**
     * Writes the staged videos and samples to the store: for each video, the last file's non-blank title and
     * known publication instant (as SQLite's row-by-row upsert in file order leaves them); of two files'
     * samples of the same video, instant and source, the earlier file's.
     *
     * @return samples added
     */
    static int write(Connection pg, long now) throws SQLException {
        try (PreparedStatement videos = pg.prepareStatement("INSERT INTO videos (video_id, title, published_at,"
                + " first_seen_at) SELECT v.video_id, COALESCE(t.title, ''), p.published_at, ?"
                + " FROM (SELECT DISTINCT video_id FROM " + VIDEOS + ") v"
                + " LEFT JOIN (SELECT DISTINCT ON (video_id) video_id, title FROM " + VIDEOS
                + " WHERE title <> '' ORDER BY video_id, file DESC) t ON t.video_id = v.video_id"
                + " LEFT JOIN (SELECT DISTINCT ON (video_id) video_id, published_at FROM " + VIDEOS
                + " WHERE published_at IS NOT NULL ORDER BY video_id, file DESC) p ON p.video_id = v.video_id"
                + " ON CONFLICT (video_id) DO UPDATE SET"
                + " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE videos.title END,"
                + " published_at = COALESCE(excluded.published_at, videos.published_at)");
             PreparedStatement samples = pg.prepareStatement("INSERT INTO samples (video_id, at, source, views,"
                     + " likes, comments, shares, stored_at) SELECT DISTINCT ON (video_id, at, source) video_id, at,"
                     + " source, views, likes, comments, shares, ? FROM " + SAMPLES
                     + " ORDER BY video_id, at, source, file ON CONFLICT DO NOTHING")) {
            videos.setLong(1, now);
            videos.executeUpdate();
            samples.setLong(1, now);
            return samples.executeUpdate();
        }
    }

    /** Streams the rows of {@code query} into {@code table} with COPY, in PostgreSQL's text format. */
    private static void stream(Connection scratch, String query, Connection pg, String table, int columns)
            throws SQLException {
        CopyIn copy = pg.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        boolean done = false;
        try (Statement s = scratch.createStatement(); ResultSet rs = s.executeQuery(query)) {
            StringBuilder buf = new StringBuilder(CHUNK + 1024);
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (i > 1) {
                        buf.append('\t');
                    }
                    String v = rs.getString(i);
                    if (v == null) {
                        buf.append("\\N");
                    } else {
                        escape(v, buf);
                    }
                }
                buf.append('\n');
                if (buf.length() >= CHUNK) {
                    send(copy, buf);
                }
            }
            send(copy, buf);
            copy.endCopy();
            done = true;
        } finally {
            if (!done && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void send(CopyIn copy, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private static void escape(String v, StringBuilder out) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
