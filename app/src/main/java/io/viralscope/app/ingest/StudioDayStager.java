package io.viralscope.app.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stages the checked rows of one YouTube Studio export in batches: each (video, day) goes into the scratch
 * database, whose primary key finds a day given twice (an error: it would be counted twice). A video's first good
 * row gives its metadata; a video's first bad day is kept, since its later days are left out.
 */
final class StudioDayStager implements AutoCloseable {

    private final Path file;
    private final int fileIndex;
    private final String dateColumn;
    private final RowErrors errors;
    private final PreparedStatement insert;
    private final PreparedStatement earlier;
    private final PreparedStatement metadata;
    private final PreparedStatement stop;

    private final long[] lines = new long[CsvSampleStager.BATCH];
    private final String[] ids = new String[CsvSampleStager.BATCH];
    private final LocalDate[] days = new LocalDate[CsvSampleStager.BATCH];
    private final String[] titles = new String[CsvSampleStager.BATCH];
    private final Instant[] published = new Instant[CsvSampleStager.BATCH];
    private int size;
    private int badRows;
    private String lastWithMetadata;

    StudioDayStager(Path file, int fileIndex, String dateColumn, Connection c, RowErrors errors) throws SQLException {
        this.file = file;
        this.fileIndex = fileIndex;
        this.dateColumn = dateColumn;
        this.errors = errors;
        this.insert = c.prepareStatement("INSERT OR IGNORE INTO studio_days (file, video_id, day, views, likes,"
                + " comments, shares, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        this.earlier = c.prepareStatement("SELECT line FROM studio_days WHERE file = ? AND video_id = ? AND day = ?");
        this.metadata = c.prepareStatement("INSERT OR IGNORE INTO videos (file, video_id, title, published_at)"
                + " VALUES (?, ?, ?, ?)");
        this.stop = c.prepareStatement("INSERT INTO studio_stops (file, video_id, day) VALUES (?, ?, ?)"
                + " ON CONFLICT (file, video_id) DO UPDATE SET day = MIN(day, excluded.day)");
    }

    /** A row whose cells are all good; {@code values} are views, likes, comments, shares, -1 when unknown. */
    void add(long line, String id, LocalDate day, long[] values, String title, Instant publishedAt)
            throws SQLException {
        lines[size] = line;
        ids[size] = id;
        days[size] = day;
        titles[size] = title;
        published[size] = publishedAt;
        insert.setInt(1, fileIndex);
        insert.setString(2, id);
        insert.setLong(3, day.toEpochDay());
        for (int k = 0; k < 4; k++) {
            if (values[k] < 0) {
                insert.setNull(4 + k, Types.INTEGER);
            } else {
                insert.setLong(4 + k, values[k]);
            }
        }
        insert.setLong(8, line);
        insert.addBatch();
        if (++size == CsvSampleStager.BATCH) {
            flush();
        }
    }

    /** Video {@code id}'s days from {@code day} on are left out. */
    void stopAt(String id, LocalDate day) throws SQLException {
        stop.setInt(1, fileIndex);
        stop.setString(2, id);
        stop.setLong(3, day.toEpochDay());
        stop.executeUpdate();
    }

    /** Stages the rows added so far. */
    void flush() throws SQLException {
        if (size == 0) {
            return;
        }
        int[] inserted = insert.executeBatch();
        for (int i = 0; i < size; i++) {
            if (inserted[i] == 0) {
                repeated(i);
            } else if (!ids[i].equals(lastWithMetadata)) {
                metadata.setInt(1, fileIndex);
                metadata.setString(2, ids[i]);
                metadata.setString(3, titles[i]);
                if (published[i] == null) {
                    metadata.setNull(4, Types.INTEGER);
                } else {
                    metadata.setLong(4, published[i].toEpochMilli());
                }
                metadata.executeUpdate();
                lastWithMetadata = ids[i];
            }
        }
        size = 0;
    }

    /** Row {@code i} gives a day its video already has: a bad row, and the video's days from it are left out. */
    private void repeated(int i) throws SQLException {
        earlier.setInt(1, fileIndex);
        earlier.setString(2, ids[i]);
        earlier.setLong(3, days[i].toEpochDay());
        long first;
        try (ResultSet rs = earlier.executeQuery()) {
            rs.next();
            first = rs.getLong(1);
        }
        stopAt(ids[i], days[i]);
        errors.badRow(fileIndex, List.of(new RowError(file, lines[i], dateColumn, "video " + ids[i]
                + " already has a row for " + days[i] + " (line " + first + "); each day may appear once"
                + StudioExportFormat.leftOut(ids[i], days[i]))));
        badRows++;
    }

    /** Rows found bad while staging (days given twice). */
    int badRows() {
        return badRows;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        earlier.close();
        metadata.close();
        stop.close();
    }
}
