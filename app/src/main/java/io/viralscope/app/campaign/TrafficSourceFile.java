package io.viralscope.app.campaign;

import io.viralscope.app.UserError;
import io.viralscope.app.youtube.VideoIdParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A YouTube Studio chart export with the Traffic source dimension ({@code Chart data.csv}: columns {@code Date},
 * {@code Traffic source}, {@code Views}, and {@code Content} when it covers several videos): each video's daily
 * views by source. Sources are YouTube's own names (or the YouTube Analytics API's {@code insightTrafficSourceType}
 * values, read as the names Studio shows); anything else is not a YouTube traffic source and refused.
 *
 * @param rows every video's views by day and source
 */
public record TrafficSourceFile(List<Row> rows) {

    /** One video's views from one source on one day. */
    public record Row(String videoId, LocalDate day, String source, long views) {
    }

    /** YouTube's source names, keyed by their lower-case form and by the API's type names. */
    static final Map<String, String> SOURCES = sources();

    private static Map<String, String> sources() {
        Map<String, String> m = new HashMap<>();
        String[][] names = {
            {"YouTube advertising", "ADVERTISING"}, {"Browse features", "SUBSCRIBER"},
            {"Suggested videos", "RELATED_VIDEO"}, {"YouTube search", "YT_SEARCH"}, {"External", "EXT_URL"},
            {"Channel pages", "YT_CHANNEL"}, {"Direct or unknown", "NO_LINK_OTHER"}, {"Playlists", "PLAYLIST"},
            {"Notifications", "NOTIFICATION"}, {"Other YouTube features", "YT_OTHER_PAGE"},
            {"End screens", "END_SCREEN"}, {"Video cards and annotations", "ANNOTATION"},
            {"Playlist pages", "YT_PLAYLIST_PAGE"}, {"Shorts feed", "SHORTS"}, {"Hashtag pages", "HASHTAGS"},
            {"Campaign cards", "CAMPAIGN_CARD"}, {"Live redirect", "LIVE_REDIRECT"},
            {"Remixed videos", "VIDEO_REMIXES"}, {"Sound pages", "SOUND_PAGE"}, {"Product pages", "PRODUCT_PAGE"},
            {"Embedded videos", "NO_LINK_EMBEDDED"}, {"Promoted", "PROMOTED"}, {"Stories", null},
            {"Posts", null}, {"Vertical live feed", null}};
        for (String[] n : names) {
            m.put(n[0].toLowerCase(Locale.ROOT), n[0]);
            if (n[1] != null) {
                m.put(n[1].toLowerCase(Locale.ROOT), n[0]);
            }
        }
        return Map.copyOf(m);
    }

    /** True when {@code header} is a Studio export with the Traffic source dimension. */
    public static boolean recognises(List<String> header) {
        return header.stream().anyMatch(h -> h.trim().equalsIgnoreCase("Traffic source"));
    }

    /**
     * Reads and checks {@code file}, all or nothing.
     *
     * @param videoId the video, for a file without a Content column; {@code null} otherwise
     */
    public static TrafficSourceFile read(Path file, String videoId) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            csv.getHeaderNames().forEach(h -> columns.put(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT),
                    csv.getHeaderNames().indexOf(h)));
            Integer source = columns.get("traffic source");
            Integer views = columns.get("views");
            Integer date = columns.get("date");
            Integer content = columns.get("content");
            if (source == null || views == null) {
                throw UserError.badInput("File " + file + " is not a traffic-source export: it needs the columns"
                        + " Traffic source and Views.");
            }
            if (date == null) {
                throw UserError.badInput("File " + file + " has no Date column: it is Studio's table of totals,"
                        + " which has no days; export the chart (Chart data.csv) of the Traffic source report"
                        + " instead.");
            }
            if (content == null && videoId == null) {
                throw UserError.badInput("File " + file + " has no Content column, so it does not say which video"
                        + " it is about; name it with --video ID.");
            }
            String given = videoId == null ? null : VideoIdParser.parse(videoId);
            List<Row> rows = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (CSVRecord r : csv) {
                String where = file.getFileName() + ":" + (r.getRecordNumber() + 1) + ": ";
                try {
                    String name = cell(r, source);
                    if (name.equalsIgnoreCase("Total")) {
                        continue;
                    }
                    String known = SOURCES.get(name.toLowerCase(Locale.ROOT));
                    if (known == null) {
                        throw UserError.badInput("'" + name + "' is not one of YouTube's traffic sources (such as"
                                + " YouTube advertising, Browse features, YouTube search).");
                    }
                    String id = content == null ? given : VideoIdParser.parse(cell(r, content));
                    LocalDate day;
                    try {
                        day = LocalDate.parse(cell(r, date));
                    } catch (DateTimeParseException e) {
                        throw UserError.badInput("the date '" + cell(r, date) + "' is not a date such as"
                                + " 2026-03-03.");
                    }
                    double v;
                    try {
                        v = Double.parseDouble(cell(r, views));
                    } catch (NumberFormatException e) {
                        throw UserError.badInput("views '" + cell(r, views) + "' is not a number.");
                    }
                    if (!(v >= 0) || v != Math.rint(v)) {
                        throw UserError.badInput("views '" + cell(r, views) + "' is not a whole number of 0 or"
                                + " more.");
                    }
                    rows.add(new Row(id, day, known, (long) v));
                } catch (UserError e) {
                    errors.add(where + e.getMessage());
                }
            }
            BadRows.refuseAny(errors);
            return new TrafficSourceFile(List.copyOf(rows));
        } catch (NoSuchFileException e) {
            throw UserError.badInput("File " + file + " does not exist; check the path.");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw UserError.badInput("File " + file + " cannot be read as CSV: " + e.getMessage() + ".");
        }
    }

    private static String cell(CSVRecord r, int index) {
        return index < r.size() ? r.get(index).trim() : "";
    }
}
