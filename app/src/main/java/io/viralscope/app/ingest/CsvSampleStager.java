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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stages the checked rows of one Viralscope CSV file in batches: each sample goes into the scratch database, whose
 * primary key (file, video, instant) finds a row repeating an earlier one. A repeat with the same counts is
 * harmless; one with other counts is a bad row. A good row's title and publication are merged into its video's
 * metadata (a blank title or empty publication keeps the earlier one), written once per run of rows of one video.
 *
 * <p>Batches are written by a thread of their own while the caller reads and checks the next rows: on two cores
 * parsing and SQLite then run side by side. Two batches exist, one filling and one being written, so memory stays
 * bounded; batches are written one after the other, in file order.
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
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-staging");
        t.setDaemon(true);
        return t;
    });

    private Batch filling = new Batch();
    private Batch other = new Batch();
    private Future<?> pending;

    // written by the writer thread only (each batch after the previous one: Future.get orders them)
    private int goodSamples;
    private int badRows;
    private String runId;
    private String runTitle;
    private Instant runPublished;

    /** Rows handed to the writer together. */
    private static final class Batch {
        final long[] lines = new long[BATCH];
        final String[] ids = new String[BATCH];
        final Sample[] samples = new Sample[BATCH];
        final String[] titles = new String[BATCH];
        final Instant[] published = new Instant[BATCH];
        int size;
    }

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
        Batch b = filling;
        b.lines[b.size] = line;
        b.ids[b.size] = id;
        b.samples[b.size] = sample;
        b.titles[b.size] = title;
        b.published[b.size] = publishedAt;
        if (++b.size == BATCH) {
            handOver();
        }
    }

    /** Stages every row added so far and writes the pending metadata. */
    void flush() throws SQLException {
        handOver();
        awaitPending();
        writeRun();
    }

    private void handOver() throws SQLException {
        awaitPending();
        if (filling.size == 0) {
            return;
        }
        Batch full = filling;
        filling = other;
        other = full;
        pending = writer.submit(() -> {
            stage(full);
            return null;
        });
    }

    private void awaitPending() throws SQLException {
        if (pending == null) {
            return;
        }
        Future<?> p = pending;
        pending = null;
        try {
            p.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while staging rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new SQLException(e.getCause());
        }
    }

    private void stage(Batch b) throws SQLException {
        for (int i = 0; i < b.size; i++) {
            Sample s = b.samples[i];
            insert.setString(1, b.ids[i]);
            insert.setLong(2, s.at().toEpochMilli());
            insert.setLong(3, s.views());
            setNullable(insert, 4, s.likes());
            setNullable(insert, 5, s.comments());
            setNullable(insert, 6, s.shares());
            insert.setLong(7, b.lines[i]);
            insert.addBatch();
        }
        int[] inserted = insert.executeBatch();
        for (int i = 0; i < b.size; i++) {
            if (inserted[i] == 0 && !sameAsEarlier(b, i)) {
                continue;
            }
            goodSamples++;
            merge(b.ids[i], b.titles[i], b.published[i]);
        }
        java.util.Arrays.fill(b.samples, 0, b.size, null);
        b.size = 0;
    }

    /** Row {@code i} repeats an earlier row's video and instant: true when the counts agree, else a bad row. */
    private boolean sameAsEarlier(Batch b, int i) throws SQLException {
        Sample s = b.samples[i];
        earlier.setInt(1, fileIndex);
        earlier.setString(2, b.ids[i]);
        earlier.setLong(3, s.at().toEpochMilli());
        try (ResultSet rs = earlier.executeQuery()) {
            rs.next();
            Sample first = new Sample(s.at(), rs.getLong(1), nullableLong(rs, 2), nullableLong(rs, 3),
                    nullableLong(rs, 4));
            if (first.equals(s)) {
                return true;
            }
            errors.badRow(fileIndex, List.of(new RowError(file, b.lines[i], "timestamp", "video " + b.ids[i]
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

    /** Waits for the writer (a failure while reading the file may leave a batch under way), then closes. */
    @Override
    public void close() throws SQLException {
        try {
            awaitPending();
        } finally {
            writer.shutdown();
            insert.close();
            earlier.close();
            metadata.close();
        }
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
