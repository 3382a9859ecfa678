package io.viralscope.app.ingest;

import io.viralscope.api.Sample;
import io.viralscope.app.UserError;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.VideoMetadata;
import io.viralscope.app.youtube.VideoIdParser;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
    public ParsedFile parse(Path file, CsvTable table) {
        List<String> h = table.header();
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

        List<RowError> errors = new ArrayList<>();
        Map<String, TreeMap<LocalDate, long[]>> perVideo = new TreeMap<>();
        Map<String, Long> dayLine = new HashMap<>();
        Map<String, LocalDate> firstBadDay = new HashMap<>();
        Map<String, VideoMetadata> meta = new TreeMap<>();
        int badRows = 0;
        for (CsvTable.Row row : table.rows()) {
            String id = row.cell(content).trim();
            if (id.equalsIgnoreCase("Total")) {
                continue;
            }
            int before = errors.size();
            boolean validId = VideoIdParser.VIDEO_ID.matcher(id).matches();
            if (!validId) {
                errors.add(new RowError(file, row.line(), h.get(content), "'" + id
                        + "' is not a YouTube video id (11 characters: letters, digits, - and _)"));
            }
            LocalDate day = null;
            try {
                day = LocalDate.parse(row.cell(date).trim());
            } catch (DateTimeParseException e) {
                errors.add(new RowError(file, row.line(), h.get(date), "'" + row.cell(date)
                        + "' is not a date such as 2026-08-18"));
            }
            long[] values = new long[4];
            String[] names = {"views", "likes", "comments", "shares"};
            int[] cols = {views, likes, comments, shares};
            for (int k = 0; k < 4; k++) {
                values[k] = -1;
                if (cols[k] < 0) {
                    continue;
                }
                String t = row.cell(cols[k]).trim();
                if (t.isEmpty()) {
                    if (k == 0) {
                        errors.add(new RowError(file, row.line(), h.get(cols[k]), "is empty; give the day's views"));
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
                        errors.add(new RowError(file, row.line(), h.get(cols[k]), "'" + t + "' is more " + names[k]
                                + " in one day than any video has had (at most " + MAX_PER_DAY + ")"));
                        values[k] = -1;
                    }
                } catch (NumberFormatException e) {
                    errors.add(new RowError(file, row.line(), h.get(cols[k]), "'" + t + "' is not a whole number >= 0"
                            + " of " + names[k] + " that day"));
                }
            }
            if (errors.size() == before && day != null) {
                Long earlier = dayLine.putIfAbsent(id + "@" + day, row.line());
                if (earlier != null) {
                    errors.add(new RowError(file, row.line(), h.get(date), "video " + id + " already has a row for "
                            + day + " (line " + earlier + "); each day may appear once"));
                }
            }
            if (errors.size() > before) {
                badRows++;
                if (validId) {
                    // later cumulative counts of this video would miss the day: leave them out, and say so
                    LocalDate from = day == null ? LocalDate.MIN : day;
                    firstBadDay.merge(id, from, (a, b) -> a.isBefore(b) ? a : b);
                    RowError last = errors.remove(errors.size() - 1);
                    errors.add(new RowError(last.file(), last.line(), last.column(), last.problem() + " (video " + id
                            + "'s days " + (day == null ? "" : "from " + day + " ") + "are left out, since their"
                            + " cumulative counts would miss this row)"));
                }
                continue;
            }
            perVideo.computeIfAbsent(id, k -> new TreeMap<>()).put(day, values);
            meta.putIfAbsent(id, new VideoMetadata(id, title < 0 ? "" : row.cell(title).trim(),
                    published < 0 ? null : publishTime(row.cell(published))));
        }
        List<NewSample> samples = new ArrayList<>();
        perVideo.forEach((id, days) -> {
            long[] total = new long[4];
            boolean[] known = {true, likes >= 0, comments >= 0, shares >= 0};
            LocalDate publishedDay = meta.get(id).publishedAt() == null ? null
                    : LocalDate.ofInstant(meta.get(id).publishedAt(), ANALYTICS_ZONE);
            LocalDate stop = firstBadDay.get(id);
            for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
                if (stop != null && !d.getKey().isBefore(stop)) {
                    break;
                }
                if (publishedDay != null && d.getKey().plusDays(1).isBefore(publishedDay) && allZero(d.getValue())) {
                    continue; // padding before publication; the day just before it is kept as the 0 baseline
                }
                for (int k = 0; k < 4; k++) {
                    if (d.getValue()[k] < 0) {
                        known[k] = false;
                    } else {
                        total[k] += d.getValue()[k];
                    }
                }
                Instant endOfDay = d.getKey().plusDays(1).atStartOfDay(ANALYTICS_ZONE).toInstant();
                samples.add(new NewSample(id, new Sample(endOfDay, total[0], known[1] ? total[1] : null,
                        known[2] ? total[2] : null, known[3] ? total[3] : null), "studio"));
            }
        });
        return new ParsedFile(file, name(), table.rows().size(), List.copyOf(meta.values()), samples, errors,
                badRows);
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

    private static boolean allZero(long[] values) {
        for (long v : values) {
            if (v > 0) {
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
