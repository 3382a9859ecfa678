package io.viralscope.app.report;

import io.viralscope.api.Detection;
import io.viralscope.app.analysis.VideoAnalysis;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV report (docs/architecture.md#csv-report): one row per video, one column per (detector, metric) named
 * {@code <detector>.<metric>}, plus each detector's status, and last the shared events the video took part in.
 * Unknown values are empty cells; numbers are rounded to what they mean ({@link #number}), while the JSON report
 * keeps full precision for machines.
 */
public final class CsvReportWriter implements ReportWriter {

    private static final List<String> FIXED = List.of("video_id", "title", "sample_count", "first_at", "last_at",
            "gaps", "decreases", "frozen_spans", "verdict", "verdict_confidence", "breakout", "window_from",
            "window_to");

    /**
     * Titles are untrusted: one starting with {@code = + - @} would run as a formula when the CSV is opened in a
     * spreadsheet, so it gets a leading apostrophe (OWASP CSV injection).
     */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * A number as a spreadsheet cell, with the JSON report's digits ({@link JsonReportWriter#rounded}: five
     * significant, never fewer than whole units) and without exponent: a whole number as an integer ({@code 578},
     * not {@code 578.0}; {@code 578.0000076870433} is {@code 578}), {@code 0.000123456789} is {@code 0.00012346},
     * so a ratio keeps its digits however small it is, and a cell reads as the report's JSON does.
     */
    static String number(double value) {
        double shown = JsonReportWriter.rounded(value);
        if (JsonReportWriter.writtenWhole(shown)) {
            return Long.toString((long) shown);
        }
        return BigDecimal.valueOf(shown).stripTrailingZeros().toPlainString();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double || value instanceof Float ? number(((Number) value).doubleValue()) : value;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        // the columns come from the report's first pass; the rows stream from its video source, one at a time
        Map<String, Set<String>> metricColumns = report.metrics();
        Map<String, List<SharedEventFinding>> eventsOf = new HashMap<>();
        for (SharedEventFinding f : report.sharedEvents()) {
            f.event().videoIds().forEach(id -> eventsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
        }
        List<String> header = new ArrayList<>(FIXED);
        metricColumns.forEach((det, metrics) -> {
            header.add(det + ".status");
            metrics.forEach(m -> header.add(det + "." + m));
        });
        header.add(SharedEventsJson.CSV_COLUMN);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        {
            csv.printRecord(header);
            for (VideoAnalysis v : report.videos()) {
                List<Object> row = new ArrayList<>();
                row.add(v.series().videoId());
                row.add(spreadsheetSafe(v.series().title()));
                row.add(v.window().samples());
                row.add(v.series().firstAt().map(Object::toString).orElse(""));
                row.add(v.series().lastAt().map(Object::toString).orElse(""));
                row.add(v.quality().gaps());
                row.add(v.quality().decreases());
                row.add(v.quality().frozenSpans());
                row.add(v.verdict().mechanism());
                row.add(number(v.verdict().confidence()));
                row.add(report.breakout(v.series().videoId()).isPresent() ? "yes" : "no");
                row.add(v.window().from() == null ? "" : v.window().from().toString());
                row.add(v.window().to() == null ? "" : v.window().to().toString());
                metricColumns.forEach((det, metrics) -> {
                    Detection d = v.detection(det).orElse(null);
                    row.add(d == null ? "" : d.status().wireName());
                    for (String m : metrics) {
                        Object value = d == null ? null : d.metrics().get(m);
                        row.add(cell(value));
                    }
                });
                row.add(SharedEventsJson.csvCell(eventsOf.getOrDefault(v.series().videoId(), List.of()),
                        v.series().videoId()));
                csv.printRecord(row);
            }
            csv.flush(); // not closed: the caller owns the writer
        }
    }
}
