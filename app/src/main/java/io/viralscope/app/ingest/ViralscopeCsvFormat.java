package io.viralscope.app.ingest;

import io.viralscope.api.Sample;
import io.viralscope.app.youtube.VideoIdParser;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Viralscope's own CSV schema (docs/architecture.md#csv-import-schema): {@code video_id}, {@code timestamp}, {@code view_count} required;
 * {@code like_count}, {@code comment_count}, {@code share_count}, {@code title}, {@code published_at} optional;
 * columns matched by name in any order. An empty count cell means unknown, never 0.
 */
public final class ViralscopeCsvFormat implements SampleFileFormat {

    /** The columns every file of this format must have. */
    public static final List<String> REQUIRED = List.of("video_id", "timestamp", "view_count");
    /** The columns a file may have besides the required ones. */
    public static final List<String> OPTIONAL = List.of("like_count", "comment_count", "share_count", "title",
            "published_at");

    private static final Pattern BARE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String source;

    /** Reads samples recorded with the given source ({@code csv}, or {@code simulated}). */
    public ViralscopeCsvFormat(String source) {
        this.source = source;
    }

    @Override
    public String name() {
        return "Viralscope CSV";
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains("video_id") || header.contains("view_count") || header.contains("timestamp");
    }

    /**
     * The sentence for a file that is not in this schema (nor, since no other format recognised it or this one
     * did, a Studio export): which required columns it lacks and what it has.
     */
    static String notInSchema(Path file, List<String> header) {
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        return "File " + file + " is not in Viralscope's CSV schema nor a YouTube Studio export: missing column"
                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (found: "
                + String.join(", ", header) + ").";
    }

    @Override
    public ParsedFile stage(Path file, int fileIndex, CsvRows rows, ImportStaging staging, RowErrors errors)
            throws SQLException {
        List<String> header = rows.header();
        if (!header.containsAll(REQUIRED)) {
            throw io.viralscope.app.UserError.badInput(notInSchema(file, header));
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (col.putIfAbsent(name, i) != null && (REQUIRED.contains(name) || OPTIONAL.contains(name))) {
                throw io.viralscope.app.UserError.badInput("File " + file + " has the column '" + name
                        + "' twice (columns " + (col.get(name) + 1) + " and " + (i + 1) + "); keep one of them.");
            }
        }
        int[] columns = new int[COLUMNS.size()];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = col.getOrDefault(COLUMNS.get(k), -1);
        }
        try (CsvSampleStager stager = new CsvSampleStager(file, fileIndex, source, staging.connection(), errors)) {
            int badCells = 0;
            for (CsvRows.Row row; (row = rows.next()) != null; ) {
                RowReader r = new RowReader(file, row, columns);
                String id = r.videoId();
                Instant at = r.instant(TIMESTAMP, true);
                Long views = r.count(VIEW_COUNT, true);
                Long likes = r.count(LIKE_COUNT, false);
                Long comments = r.count(COMMENT_COUNT, false);
                Long shares = r.count(SHARE_COUNT, false);
                String title = r.text(TITLE);
                Instant published = r.instant(PUBLISHED_AT, false);
                if (r.failed()) {
                    errors.badRow(fileIndex, r.errors());
                    badCells++;
                    continue;
                }
                stager.add(row.line(), id, new Sample(at, views, likes, comments, shares), title, published);
            }
            stager.flush();
            return new ParsedFile(file, name(), rows.rows(), stager.goodSamples(),
                    badCells + stager.badRows());
        }
    }

    /** Every column this format reads, by the index {@link RowReader} uses. */
    private static final List<String> COLUMNS = List.of("video_id", "timestamp", "view_count", "like_count",
            "comment_count", "share_count", "title", "published_at");
    private static final int VIDEO_ID = 0;
    private static final int TIMESTAMP = 1;
    private static final int VIEW_COUNT = 2;
    private static final int LIKE_COUNT = 3;
    private static final int COMMENT_COUNT = 4;
    private static final int SHARE_COUNT = 5;
    private static final int TITLE = 6;
    private static final int PUBLISHED_AT = 7;

    /** Parses an instant as the schema allows: ISO-8601 with {@code Z} or an offset, or a bare date at 00:00 UTC. */
    static Instant parseInstant(String text) {
        String t = text.trim();
        Instant at = CommonInstants.parse(t);
        if (at == null) {
            at = BARE_DATE.matcher(t).matches() ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(t).toInstant();
        }
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new OutOfRange(t);
        }
        return at;
    }

    /** YouTube went online in 2005; an instant outside [2005, 2100) is a typo, not a sample. */
    static final Instant EARLIEST = Instant.parse("2005-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** An instant that parses but lies outside the years a sample can have. */
    static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String text) {
            super(text);
        }
    }

    /** Reads the cells of one row, collecting an error per bad cell. */
    private static final class RowReader {
        private final Path file;
        private final CsvRows.Row row;
        private final int[] columns;
        private List<RowError> errors;

        RowReader(Path file, CsvRows.Row row, int[] columns) {
            this.file = file;
            this.row = row;
            this.columns = columns;
        }

        boolean failed() {
            return errors != null;
        }

        /** The row's errors, in column order. */
        List<RowError> errors() {
            return errors;
        }

        String text(int column) {
            return row.cell(columns[column]);
        }

        private void error(int column, String problem) {
            if (errors == null) {
                errors = new ArrayList<>(2);
            }
            errors.add(new RowError(file, row.line(), COLUMNS.get(column), problem));
        }

        String videoId() {
            String id = text(VIDEO_ID).trim();
            if (!VideoIdParser.VIDEO_ID.matcher(id).matches()) {
                error(VIDEO_ID, id.isEmpty() ? "is empty; a YouTube video id has 11 characters"
                        : "'" + id + "' is not a YouTube video id (11 characters: letters, digits, - and _)");
            }
            return id;
        }

        Instant instant(int column, boolean required) {
            String t = text(column).trim();
            if (t.isEmpty()) {
                if (required) {
                    error(column, "is empty; give an instant such as 2026-03-01T12:00:00Z or a date 2026-03-01");
                }
                return null;
            }
            try {
                return parseInstant(t);
            } catch (OutOfRange e) {
                error(column, "'" + t + "' lies outside the years 2005 to 2099; check the year");
                return null;
            } catch (DateTimeParseException e) {
                error(column, "'" + t + "' is not an ISO-8601 instant with Z or an offset (such as "
                        + "2026-03-01T12:00:00Z) nor a date (2026-03-01)");
                return null;
            }
        }

        Long count(int column, boolean required) {
            String t = text(column).trim();
            if (t.isEmpty()) {
                if (required) {
                    error(column, "is empty; give the cumulative count as a whole number >= 0");
                }
                return null;
            }
            try {
                long v = Long.parseLong(t);
                if (v < 0) {
                    error(column, "'" + t + "' is negative; counts are whole numbers >= 0");
                    return null;
                }
                return v;
            } catch (NumberFormatException e) {
                error(column, "'" + t + "' " + (t.matches("\\d+") ? "is too large; counts go up to "
                        + Long.MAX_VALUE : "is not a whole number >= 0"));
                return null;
            }
        }
    }
}
