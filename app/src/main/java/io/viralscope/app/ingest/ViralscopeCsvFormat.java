package io.viralscope.app.ingest;

import io.viralscope.api.Sample;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.VideoMetadata;
import io.viralscope.app.youtube.VideoIdParser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    static String notInSchema(Path file, CsvTable table) {
        List<String> missing = REQUIRED.stream().filter(c -> !table.header().contains(c)).toList();
        return "File " + file + " is not in Viralscope's CSV schema nor a YouTube Studio export: missing column"
                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (found: "
                + String.join(", ", table.header()) + ").";
    }

    @Override
    public ParsedFile parse(Path file, CsvTable table) {
        if (!table.header().containsAll(REQUIRED)) {
            throw io.viralscope.app.UserError.badInput(notInSchema(file, table));
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            if (col.putIfAbsent(name, i) != null && (REQUIRED.contains(name) || OPTIONAL.contains(name))) {
                throw io.viralscope.app.UserError.badInput("File " + file + " has the column '" + name
                        + "' twice (columns " + (col.get(name) + 1) + " and " + (i + 1) + "); keep one of them.");
            }
        }
        List<RowError> errors = new ArrayList<>();
        List<NewSample> samples = new ArrayList<>();
        Map<String, VideoMetadata> videos = new LinkedHashMap<>();
        Map<String, Long> seenAt = new HashMap<>();
        Map<String, Sample> seenSample = new HashMap<>();
        int badRows = 0;
        for (CsvTable.Row row : table.rows()) {
            RowReader r = new RowReader(file, row, col, errors);
            String id = r.videoId();
            Instant at = r.instant("timestamp", true);
            Long views = r.count("view_count", true);
            Long likes = r.count("like_count", false);
            Long comments = r.count("comment_count", false);
            Long shares = r.count("share_count", false);
            String title = r.text("title");
            Instant published = r.instant("published_at", false);
            if (r.failed()) {
                badRows++;
                continue;
            }
            Sample s = new Sample(at, views, likes, comments, shares);
            String key = id + "@" + at.toEpochMilli();
            Sample earlier = seenSample.putIfAbsent(key, s);
            if (earlier != null && !earlier.equals(s)) {
                errors.add(new RowError(file, row.line(), "timestamp", "video " + id + " already has a row at "
                        + at + " (line " + seenAt.get(key) + ") with different counts"));
                badRows++;
                continue;
            }
            seenAt.putIfAbsent(key, row.line());
            samples.add(new NewSample(id, s, source));
            VideoMetadata old = videos.get(id);
            videos.put(id, new VideoMetadata(id, title.isBlank() && old != null ? old.title() : title,
                    published == null && old != null ? old.publishedAt() : published));
        }
        return new ParsedFile(file, name(), table.rows().size(), List.copyOf(videos.values()), samples, errors,
                badRows);
    }

    /** Parses an instant as the schema allows: ISO-8601 with {@code Z} or an offset, or a bare date at 00:00 UTC. */
    static Instant parseInstant(String text) {
        String t = text.trim();
        Instant at = BARE_DATE.matcher(t).matches() ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(t).toInstant();
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
        private final CsvTable.Row row;
        private final Map<String, Integer> col;
        private final List<RowError> errors;
        private boolean failed;

        RowReader(Path file, CsvTable.Row row, Map<String, Integer> col, List<RowError> errors) {
            this.file = file;
            this.row = row;
            this.col = col;
            this.errors = errors;
        }

        boolean failed() {
            return failed;
        }

        String text(String column) {
            Integer i = col.get(column);
            return i == null ? "" : row.cell(i);
        }

        private void error(String column, String problem) {
            errors.add(new RowError(file, row.line(), column, problem));
            failed = true;
        }

        String videoId() {
            String id = text("video_id").trim();
            if (!VideoIdParser.VIDEO_ID.matcher(id).matches()) {
                error("video_id", id.isEmpty() ? "is empty; a YouTube video id has 11 characters"
                        : "'" + id + "' is not a YouTube video id (11 characters: letters, digits, - and _)");
            }
            return id;
        }

        Instant instant(String column, boolean required) {
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

        Long count(String column, boolean required) {
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
