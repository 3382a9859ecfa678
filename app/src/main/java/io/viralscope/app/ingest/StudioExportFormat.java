package io.viralscope.app.ingest;

import io.viralscope.app.UserError;
import io.viralscope.app.youtube.VideoIdParser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A YouTube Studio "Advanced mode" export: {@code Chart data.csv} with columns {@code Date}, {@code Content}
 * (the video id), {@code Video title}, {@code Video publish time} and per-day metric columns. Per-day values are
 * accumulated into cumulative counts from the export's first day, stored at the end of each day with source
 * {@code studio}. Views come from {@code Views}, or {@code Engaged views} when the chart plotted that;
 * {@code Likes}, {@code Comments added} and {@code Shares} are used when present (shares exist only in owner
 * data such as this). An empty cell is unknown, not 0: that count stays unknown from that day on.
 *
 * <p>YouTube Analytics days are Pacific-time days, so a day ends at the next midnight in America/Los_Angeles.
 * Studio pads the chart with zero days before the video's publication; they carry no information and are left
 * out, but for the last one, which records 0 views at publication. Each (video, day) appears once: a repeated
 * day would be counted twice and is an error. A skipped bad row (with {@code --skip-invalid}) would make every
 * later cumulative count of its video too low, so that video's days from the bad one on are left out too.
 */
public final class StudioExportFormat implements SampleFileFormat {

    /** The time zone of YouTube Analytics days. */
    static final ZoneId ANALYTICS_ZONE = ZoneId.of("America/Los_Angeles");

    /** {@code Aug 22, 2026} as Studio writes it, and {@code 3-Jun-26} as a spreadsheet re-saves it. */
    private static final List<DateTimeFormatter> PUBLISH_TIME = List.of(
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US),
            new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000).toFormatter(Locale.US));

    @Override
    public String name() {
        return "YouTube Studio export";
    }

    /** More views (or likes) in one day than YouTube has ever served one video: a bad cell, not a count. */
    static final long MAX_PER_DAY = 1_000_000_000_000L;

    @Override
    public boolean recognises(List<String> header) {
        boolean studioMetric = index(header, "Content") >= 0 || index(header, "Views") >= 0
                || index(header, "Engaged views") >= 0;
        return (index(header, "Date") >= 0 && studioMetric || index(header, "Content") == 0)
                && !header.contains("video_id");
    }

    @Override
    public ParsedFile stage(Path file, int fileIndex, CsvRows rows, ImportStaging staging, RowErrors errors)
            throws SQLException {
        List<String> h = rows.header();
        int date = index(h, "Date");
        int content = index(h, "Content");
        if (date < 0) {
            throw UserError.badInput("File " + file + " is a YouTube Studio 'Table data' export without dates;"
                    + " import its 'Chart data.csv' instead, which has one row per day.");
        }
        if (content < 0) {
            throw UserError.badInput("File " + file + " looks like a YouTube Studio export without a Content (video)"
                    + " column: in Studio's Advanced mode choose the Content dimension and export again (your own CSV"
                    + " needs the columns video_id, timestamp, view_count; found: " + String.join(", ", h) + ").");
        }
        int views = index(h, "Views") >= 0 ? index(h, "Views") : index(h, "Engaged views");
        if (views < 0) {
            throw UserError.badInput("File " + file + " is a YouTube Studio export without a Views column (found: "
                    + String.join(", ", h) + "); chart Views in Studio and export again.");
        }
        int likes = index(h, "Likes");
        int comments = index(h, "Comments added");
        int shares = index(h, "Shares");
        int title = index(h, "Video title");
        int published = index(h, "Video publish time");

        String[] names = {"views", "likes", "comments", "shares"};
        int[] cols = {views, likes, comments, shares};
        try (StudioDayStager days = new StudioDayStager(file, fileIndex, h.get(date), staging.connection(), errors)) {
            int badCells = 0;
            for (CsvRows.Row row; (row = rows.next()) != null; ) {
                String id = row.cell(content).trim();
                if (id.equalsIgnoreCase("Total")) {
                    continue;
                }
                List<RowError> rowErrors = new ArrayList<>(1);
                boolean validId = VideoIdParser.VIDEO_ID.matcher(id).matches();
                if (!validId) {
                    rowErrors.add(new RowError(file, row.line(), h.get(content), "'" + id
                            + "' is not a YouTube video id (11 characters: letters, digits, - and _)"));
                }
                LocalDate day = null;
                try {
                    day = LocalDate.parse(row.cell(date).trim());
                } catch (DateTimeParseException e) {
                    rowErrors.add(new RowError(file, row.line(), h.get(date), "'" + row.cell(date)
                            + "' is not a date such as 2026-08-18"));
                }
                long[] values = new long[4];
                for (int k = 0; k < 4; k++) {
                    values[k] = -1;
                    if (cols[k] < 0) {
                        continue;
                    }
                    String t = row.cell(cols[k]).trim();
                    if (t.isEmpty()) {
                        if (k == 0) {
                            rowErrors.add(new RowError(file, row.line(), h.get(cols[k]), "is empty; give the day's"
                                    + " views"));
                        }
                        continue;
                    }
                    try {
                        // digits beyond a long are simply more than any video has had in a day
                        values[k] = t.matches("\\d{19,}") ? Long.MAX_VALUE : Long.parseLong(t);
                        if (values[k] < 0) {
                            throw new NumberFormatException();
                        }
                        if (values[k] > MAX_PER_DAY) {
                            rowErrors.add(new RowError(file, row.line(), h.get(cols[k]), "'" + t + "' is more "
                                    + names[k] + " in one day than any video has had (at most " + MAX_PER_DAY + ")"));
                            values[k] = -1;
                        }
                    } catch (NumberFormatException e) {
                        rowErrors.add(new RowError(file, row.line(), h.get(cols[k]), "'" + t + "' is not a whole"
                                + " number >= 0 of " + names[k] + " that day"));
                    }
                }
                if (!rowErrors.isEmpty()) {
                    badCells++;
                    if (validId) {
                        // later cumulative counts of this video would miss the day: leave them out, and say so
                        days.stopAt(id, day == null ? LocalDate.MIN : day);
                        RowError last = rowErrors.remove(rowErrors.size() - 1);
                        rowErrors.add(new RowError(last.file(), last.line(), last.column(), last.problem()
                                + leftOut(id, day)));
                    }
                    errors.badRow(fileIndex, rowErrors);
                    continue;
                }
                days.add(row.line(), id, day, values, title < 0 ? "" : row.cell(title).trim(),
                        published < 0 ? null : publishTime(row.cell(published)));
            }
            days.flush();
            int samples = accumulate(staging, fileIndex, likes >= 0, comments >= 0, shares >= 0);
            return new ParsedFile(file, name(), rows.rows(), samples, badCells + days.badRows());
        }
    }

    /** The note on a bad row of a known video: its later days are left out too. */
    static String leftOut(String id, LocalDate day) {
        return " (video " + id + "'s days " + (day == null ? "" : "from " + day + " ") + "are left out, since their"
                + " cumulative counts would miss this row)";
    }

    /**
     * Turns the file's staged days into cumulative samples, video by video in day order, up to each video's first
     * bad day; reads them back from the scratch database one at a time.
     *
     * @return the samples staged
     */
    private static int accumulate(ImportStaging staging, int fileIndex, boolean hasLikes, boolean hasComments,
                                  boolean hasShares) throws SQLException {
        Connection c = staging.connection();
        int count = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT d.video_id, d.day, d.views, d.likes, d.comments,"
                + " d.shares, d.line, v.published_at FROM studio_days d JOIN videos v ON v.file = d.file"
                + " AND v.video_id = d.video_id LEFT JOIN studio_stops s ON s.file = d.file AND s.video_id = d.video_id"
                + " WHERE d.file = ? AND (s.day IS NULL OR d.day < s.day) ORDER BY d.video_id, d.day");
             PreparedStatement write = c.prepareStatement("INSERT INTO samples (file, video_id, at, source, views,"
                     + " likes, comments, shares, line) VALUES (?, ?, ?, 'studio', ?, ?, ?, ?, ?)")) {
            read.setInt(1, fileIndex);
            String video = null;
            long[] total = new long[4];
            boolean[] known = new boolean[4];
            LocalDate publishedDay = null;
            int batched = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(video)) {
                        video = id;
                        java.util.Arrays.fill(total, 0);
                        known[0] = true;
                        known[1] = hasLikes;
                        known[2] = hasComments;
                        known[3] = hasShares;
                        long publishedAt = rs.getLong(8);
                        publishedDay = rs.wasNull() ? null
                                : LocalDate.ofInstant(Instant.ofEpochMilli(publishedAt), ANALYTICS_ZONE);
                    }
                    LocalDate day = LocalDate.ofEpochDay(rs.getLong(2));
                    Long[] values = {rs.getLong(3), nullableLong(rs, 4), nullableLong(rs, 5), nullableLong(rs, 6)};
                    if (publishedDay != null && day.plusDays(1).isBefore(publishedDay) && allZero(values)) {
                        continue; // padding before publication; the day just before it is kept as the 0 baseline
                    }
                    for (int k = 0; k < 4; k++) {
                        if (values[k] == null) {
                            known[k] = false;
                        } else {
                            total[k] += values[k];
                        }
                    }
                    write.setInt(1, fileIndex);
                    write.setString(2, id);
                    write.setLong(3, day.plusDays(1).atStartOfDay(ANALYTICS_ZONE).toInstant().toEpochMilli());
                    write.setLong(4, total[0]);
                    for (int k = 1; k < 4; k++) {
                        if (known[k]) {
                            write.setLong(4 + k, total[k]);
                        } else {
                            write.setNull(4 + k, Types.INTEGER);
                        }
                    }
                    write.setLong(8, rs.getLong(7));
                    write.addBatch();
                    count++;
                    if (++batched == CsvSampleStager.BATCH) {
                        write.executeBatch();
                        batched = 0;
                    }
                }
            }
            write.executeBatch();
        }
        return count;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant publishTime(String text) {
        for (DateTimeFormatter f : PUBLISH_TIME) {
            try {
                return LocalDate.parse(text.trim(), f).atStartOfDay(ANALYTICS_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // try the next style; metadata only: an unfamiliar one must not reject the day's counts
            }
        }
        return null;
    }

    private static boolean allZero(Long[] values) {
        for (Long v : values) {
            if (v != null && v > 0) {
                return false;
            }
        }
        return true;
    }

    private static int index(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
