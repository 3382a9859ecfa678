package io.viralscope.app.ingest;

import io.viralscope.api.Sample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Stages the checked rows of one Viralscope CSV file in batches: each sample goes into the scratch database, whose
 * primary key (file, video, instant) finds a row repeating an earlier one. A repeat with the same counts is
 * harmless; one with other counts is a bad row. A good row's title and publication are merged into its video's
 * metadata (a blank title or empty publication keeps the earlier one), written once per run of rows of one video.
 */
final class CsvSampleStager implements AutoCloseable {

    /** Rows per batch: big enough that SQLite, not the calls into it, sets the pace. */
    static final int BATCH = 2_048;

    private final Path file;
    private final int fileIndex;
    private final RowErrors errors;
    private final PreparedStatement insert;
    private final PreparedStatement earlier;
    private final PreparedStatement metadata;

    private final long[] lines = new long[BATCH];
    private final String[] ids = new String[BATCH];
    private final Sample[] samples = new Sample[BATCH];
    private final String[] titles = new String[BATCH];
    private final Instant[] published = new Instant[BATCH];
    private int size;

    private int goodSamples;
    private int badRows;

    // metadata of the current run of one video's rows, not yet written
    private String runId;
    private String runTitle;
    private Instant runPublished;

    CsvSampleStager(Path file, int fileIndex, String source, Connection c, RowErrors errors) throws SQLException {
        this.file = file;
        this.fileIndex = fileIndex;
        this.errors = errors;
        // file and source are the same for every row: written into the statement, they cost no call per row
        this.insert = c.prepareStatement("INSERT OR IGNORE INTO samples (file, video_id, at, source, views, likes,"
                + " comments, shares, line) VALUES (" + fileIndex + ", ?, ?, '" + source.replace("'", "''")
                + "', ?, ?, ?, ?, ?)");
        this.earlier = c.prepareStatement("SELECT views, likes, comments, shares, line FROM samples"
                + " WHERE file = ? AND video_id = ? AND at = ?");
        // ?5 is true when the title is blank: the earlier title stays
        this.metadata = c.prepareStatement("INSERT INTO videos (file, video_id, title, published_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (file, video_id) DO UPDATE SET"
                + " title = CASE WHEN ?5 THEN videos.title ELSE excluded.title END,"
                + " published_at = COALESCE(excluded.published_at, videos.published_at)");
    }

    /** A row whose cells are all good; whether it repeats an earlier row is known when its batch is staged. */
    void add(long line, String id, Sample sample, String title, Instant publishedAt) throws SQLException {
        lines[size] = line;
        ids[size] = id;
        samples[size] = sample;
        titles[size] = title;
        published[size] = publishedAt;
        insert.setString(1, id);
        insert.setLong(2, sample.at().toEpochMilli());
        insert.setLong(3, sample.views());
        setNullable(insert, 4, sample.likes());
        setNullable(insert, 5, sample.comments());
        setNullable(insert, 6, sample.shares());
        insert.setLong(7, line);
        insert.addBatch();
        if (++size == BATCH) {
            stageBatch();
        }
    }

    /** Stages the rows added so far and writes the pending metadata. */
    void flush() throws SQLException {
        stageBatch();
        writeRun();
    }

    private void stageBatch() throws SQLException {
        if (size == 0) {
            return;
        }
        int[] inserted = insert.executeBatch();
        for (int i = 0; i < size; i++) {
            if (inserted[i] == 0 && !sameAsEarlier(i)) {
                continue;
            }
            goodSamples++;
            merge(ids[i], titles[i], published[i]);
        }
        java.util.Arrays.fill(samples, 0, size, null);
        size = 0;
    }

    /** Row {@code i} repeats an earlier row's video and instant: true when the counts agree, else a bad row. */
    private boolean sameAsEarlier(int i) throws SQLException {
        Sample s = samples[i];
        earlier.setInt(1, fileIndex);
        earlier.setString(2, ids[i]);
        earlier.setLong(3, s.at().toEpochMilli());
        try (ResultSet rs = earlier.executeQuery()) {
            rs.next();
            Sample first = new Sample(s.at(), rs.getLong(1), nullableLong(rs, 2), nullableLong(rs, 3),
                    nullableLong(rs, 4));
            if (first.equals(s)) {
                return true;
            }
            errors.badRow(fileIndex, List.of(new RowError(file, lines[i], "timestamp", "video " + ids[i]
                    + " already has a row at " + s.at() + " (line " + rs.getLong(5) + ") with different counts")));
            badRows++;
            return false;
        }
    }

    private void merge(String id, String title, Instant publishedAt) throws SQLException {
        if (!id.equals(runId)) {
            writeRun();
            runId = id;
            runTitle = title;
            runPublished = publishedAt;
            return;
        }
        if (!title.isBlank()) {
            runTitle = title;
        }
        if (publishedAt != null) {
            runPublished = publishedAt;
        }
    }

    private void writeRun() throws SQLException {
        if (runId == null) {
            return;
        }
        metadata.setInt(1, fileIndex);
        metadata.setString(2, runId);
        metadata.setString(3, runTitle);
        setNullable(metadata, 4, runPublished == null ? null : runPublished.toEpochMilli());
        metadata.setBoolean(5, runTitle.isBlank());
        metadata.executeUpdate();
        runId = null;
    }

    /** Good rows staged (a repeat with the same counts included: it is a sample the store already holds). */
    int goodSamples() {
        return goodSamples;
    }

    /** Rows found bad while staging (repeats with other counts). */
    int badRows() {
        return badRows;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        earlier.close();
        metadata.close();
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
