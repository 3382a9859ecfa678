package io.viralscope.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.Detection;
import io.viralscope.api.TurnedOffCounts;
import io.viralscope.app.Json;
import io.viralscope.app.analysis.DetectionJson;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.VideoAnalysis;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON report (docs/architecture.md#json-report, {@code viralscope.report/4}); fields beyond the contract are
 * additions only. Fitted curves are left out unless asked for ({@code report --curves}), then in compact form;
 * diagnostic metrics and event attributes unless asked for ({@code report --diagnostics}); empty lists, unknown
 * metrics and a missing breakout are left out, so absent means none or unknown.
 */
public final class JsonReportWriter implements ReportWriter {

    /** Videos are written compact, one a line. */
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = Json.MAPPER.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .with(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER);

    private final boolean curves;
    private final boolean diagnostics;
    private final java.nio.file.Path spoolFolder;
    // the entries the last report's first pass kept, until written
    private JsonVideoLines kept;

    /** A writer that leaves the fitted curves and the diagnostics out. */
    public JsonReportWriter() {
        this(false, false);
    }

    /**
     * A writer that includes each detection's fitted curves when {@code curves} is true, and its diagnostic
     * metrics and event attributes when {@code diagnostics} is true.
     */
    public JsonReportWriter(boolean curves, boolean diagnostics) {
        this(curves, diagnostics, null);
    }

    /** As above, keeping a first pass's entries in {@code spoolFolder} ({@code null}: the system's temporary one). */
    JsonReportWriter(boolean curves, boolean diagnostics, java.nio.file.Path spoolFolder) {
        this.curves = curves;
        this.diagnostics = diagnostics;
        this.spoolFolder = spoolFolder;
    }

    /**
     * Where the report's first pass writes each video's entry (see {@link JsonVideoLines}); {@link #write} takes
     * them from there when it holds every video of the report.
     */
    @Override
    public synchronized Optional<VideoSpool> spool() {
        if (kept != null) {
            kept.close();
        }
        kept = new JsonVideoLines(this::entryLine, spoolFolder);
        return Optional.of(kept);
    }

    /**
     * Streams the report: the header, then each video (from the entries its first pass kept, or else as it is
     * read from the report's video source, one in memory at a time), then the shared events, run figures and
     * problems. Key order in an object carries no meaning, so {@code shared_events} follows {@code videos}.
     */
    @Override
    public void write(Report report, Writer out) throws IOException {
        JsonVideoLines lines;
        synchronized (this) {
            lines = kept;
            kept = null;
        }
        try {
            JsonGenerator g = Json.MAPPER.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            writeFields(g, header(report));
            g.writeArrayFieldStart("videos");
            MetricInfoOnce info;
            if (lines != null && lines.holds(report.videos().size())) {
                info = lines.info();
                lines.forEach(line -> rawVideo(g, line));
            } else {
                info = new MetricInfoOnce();
                for (VideoAnalysis v : report.videos()) {
                    rawVideo(g, entryLine(info, v, report.breakout(v.series().videoId()), sampleSources(report, v)));
                }
            }
            g.writeEndArray();
            writeFields(g, footer(report));
            g.writeFieldName("metric_info");
            g.writeTree(withoutEmptyFields(info.json()));
            g.writeEndObject();
            g.flush();
        } finally {
            if (lines != null) {
                lines.close();
            }
        }
    }

    /**
     * A video's entry as one compact line, with what it declares merged into {@code info} (so the entries must be
     * made in report order).
     */
    private String entryLine(MetricInfoOnce info, VideoAnalysis v, Optional<io.viralscope.app.alert.Breakout> breakout,
                             Map<String, Integer> sampleSources) throws IOException {
        return COMPACT.writeValueAsString(reportEntry(info, videoEntry(v, breakout, curves, diagnostics,
                sampleSources)));
    }

    /** One video a line, compact: a person still finds each video, and the file stays small. */
    private static void rawVideo(JsonGenerator g, String entry) throws IOException {
        g.writeRawValue(System.lineSeparator() + "    " + entry);
    }

    private static void writeFields(JsonGenerator g, ObjectNode fields) throws IOException {
        var it = fields.fields();
        while (it.hasNext()) {
            var e = it.next();
            g.writeFieldName(e.getKey());
            g.writeTree(e.getValue());
        }
    }

    /**
     * The report as a JSON tree without fitted curves or diagnostics, every video in memory: for tests and small
     * reports.
     */
    public static ObjectNode toJson(Report report) {
        return toJson(report, false, false);
    }

    /**
     * The report as a JSON tree, every video in memory; {@code curves} includes each detection's fitted curves,
     * {@code diagnostics} its diagnostic metrics and event attributes.
     */
    public static ObjectNode toJson(Report report, boolean curves, boolean diagnostics) {
        ObjectNode root = header(report);
        ArrayNode videos = root.putArray("videos");
        MetricInfoOnce info = new MetricInfoOnce();
        for (VideoAnalysis v : report.videos()) {
            videos.add(reportEntry(info, video(report, v, curves, diagnostics)));
        }
        root.setAll(footer(report));
        root.set("metric_info", withoutEmptyFields(info.json()));
        return root;
    }

    private static ObjectNode header(Report report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema", Report.SCHEMA);
        root.put("generated_at", report.generatedAt().toString());
        // the window asked for: dates, or each video's first days; all null for every day of each series
        root.putObject("window").put("from", text(report.window().from())).put("to", text(report.window().to()))
                .put("first", report.window().firstText());
        ArrayNode detectors = root.putArray("detectors");
        for (Report.DetectorInfo d : report.detectors()) {
            detectors.addObject().put("id", d.id()).put("version", d.version()).put("description", d.description())
                    .put("plugin", d.plugin());
        }
        return root;
    }

    /** Significant digits of a metric in the report: more than any of them is known to (the cache keeps all). */
    static final int METRIC_DIGITS = 5;

    /**
     * {@code detection} with its numbers (metrics, event values and attributes, episodes) rounded to
     * {@value #METRIC_DIGITS} significant digits, but never coarser than whole units: a count of 27,312,345 views
     * stays exact.
     */
    static ObjectNode roundedMetrics(ObjectNode detection) {
        roundFields(detection.get("metrics"));
        for (JsonNode event : detection.path("events")) {
            roundFields(event);
            roundFields(event.get("attributes"));
        }
        for (JsonNode evidence : detection.path("evidence")) {
            roundFields(evidence);
        }
        for (JsonNode episode : detection.path("episodes")) {
            roundFields(episode);
        }
        return detection;
    }

    private static void roundFields(JsonNode node) {
        if (node instanceof ObjectNode o) {
            var it = o.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (e.getValue().isDouble()) {
                    e.setValue(numberNode(o, rounded(e.getValue().doubleValue())));
                }
            }
        }
    }

    /** Largest magnitude written as an integer: every whole double below it is exact as a long. */
    private static final double WHOLE_LIMIT = 1e15;

    /** Whether a report writes {@code v} as the integer it is: whole, and exact as a long. */
    static boolean writtenWhole(double v) {
        return v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT;
    }

    /** {@code v} as a JSON number: a whole number without ".0" (a reader's double reads it the same). */
    private static JsonNode numberNode(ObjectNode factory, double v) {
        if (writtenWhole(v)) {
            long whole = (long) v;
            // the node a parser makes of the same text, so a report read back equals the tree it was written from
            return whole == (int) whole ? factory.numberNode((int) whole) : factory.numberNode(whole);
        }
        return factory.numberNode(v);
    }

    private static final double[] POWERS_OF_TEN = java.util.stream.IntStream.rangeClosed(0, 22)
            .mapToDouble(k -> Math.pow(10, k)).toArray();

    /** {@code v} to {@value #METRIC_DIGITS} significant digits, or to whole units when it is larger. */
    static double rounded(double v) {
        double abs = Math.abs(v);
        if (abs >= Math.pow(10, METRIC_DIGITS)) {
            return Math.rint(v);
        }
        if (abs == 0 || !Double.isFinite(v)) {
            return v;
        }
        int shift = METRIC_DIGITS - 1 - (int) Math.floor(Math.log10(abs));
        if (shift >= POWERS_OF_TEN.length) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(METRIC_DIGITS)).doubleValue();
        }
        // an integer over an exact power of ten: the division rounds once, to the double nearest the decimal
        double p = POWERS_OF_TEN[shift];
        return Math.round(v * p) / p;
    }

    private static ObjectNode video(Report report, VideoAnalysis v, boolean curves, boolean diagnostics) {
        return videoEntry(v, report.breakout(v.series().videoId()), curves, diagnostics, sampleSources(report, v));
    }

    /** Where the series came from (owner analytics, exact and with shares; API polls; imports), when known. */
    private static Map<String, Integer> sampleSources(Report report, VideoAnalysis v) {
        return report.videos() instanceof VideoSource stored ? stored.sampleSources(v.series().videoId()) : null;
    }

    /**
     * A video's entry as a report writes it: how to read the metrics goes to {@code metric_info} once, and each
     * detection's {@code version} is the one the report's {@code detectors} list gives (a line of the Spark job's
     * output, read on its own, keeps it).
     */
    private static ObjectNode reportEntry(MetricInfoOnce info, ObjectNode video) {
        for (JsonNode d : video.path("detections")) {
            ((ObjectNode) d).remove("version");
        }
        return info.keepOwnEmptyLists(withoutEmptyInfo(info.shareUnitsOf(video)));
    }

    /** {@code video} without the empty units, bands, headline and diagnostic lists its detections were left with. */
    public static ObjectNode withoutEmptyInfo(ObjectNode video) {
        for (JsonNode d : video.path("detections")) {
            withoutEmpty((ObjectNode) d);
        }
        return video;
    }

    /** {@code metricInfo} (detector id to its units, bands, headline, diagnostic) without the empty ones. */
    private static ObjectNode withoutEmptyFields(ObjectNode metricInfo) {
        for (JsonNode detector : metricInfo) {
            withoutEmpty((ObjectNode) detector);
        }
        return metricInfo;
    }

    /** {@code o} without its fields that are null, an empty array or an empty object: absent means none. */
    static ObjectNode withoutEmpty(ObjectNode o) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        o.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!(v.isNull() || v.isContainerNode() && v.isEmpty())) {
                kept.add(e.getKey());
            }
        });
        return o.retain(kept);
    }

    /**
     * One entry of the report's {@code videos[]}, every detection with its own units, bands, headline and
     * diagnostic lists (a report moves those into {@code metric_info} once they repeat, then calls
     * {@link #withoutEmptyInfo}): also what the Spark job writes, one a line. Unknown metrics, empty lists and a
     * missing breakout are left out.
     *
     * @param breakout      the video's breakout, if the report found one
     * @param curves        whether to write each detection's fitted curves
     * @param diagnostics   whether to write each detection's diagnostic metrics and its events' attributes
     * @param sampleSources samples by source, or {@code null} when not known (the Spark job reads no store)
     */
    public static ObjectNode videoEntry(VideoAnalysis v, java.util.Optional<io.viralscope.app.alert.Breakout> breakout,
                                        boolean curves, boolean diagnostics, Map<String, Integer> sampleSources) {
        ObjectNode vn = Json.MAPPER.createObjectNode();
        vn.put("video_id", v.series().videoId());
        vn.put("title", v.series().title());
        vn.put("sample_count", v.window().samples());
        if (sampleSources != null) {
            ObjectNode sources = vn.putObject("sample_sources");
            sampleSources.forEach(sources::put);
        }
        // a null String is written as JSON null
        vn.put("first_at", v.series().firstAt().map(Object::toString).orElse(null));
        vn.put("last_at", v.series().lastAt().map(Object::toString).orElse(null));
        // the UTC days analysed (docs/architecture.md#analysis-windows); null when no whole day is
        vn.putObject("window").put("from", text(v.window().from())).put("to", text(v.window().to()));
        // only the flaws found: a clean series has no quality field
        ObjectNode quality = Json.MAPPER.createObjectNode();
        putIfNonZero(quality, "gaps", v.quality().gaps());
        putIfNonZero(quality, "decreases", v.quality().decreases());
        putIfNonZero(quality, "frozen_spans", v.quality().frozenSpans());
        // engagement counts that read 0 but are hidden or turned off (an addition of plugin API 1.2)
        ArrayNode turnedOff = quality.putArray("turned_off");
        for (TurnedOffCounts.TurnedOff t : TurnedOffCounts.runs(v.series())) {
            turnedOff.addObject().put("count", t.count()).put("at", t.at().toString()).put("before", t.before())
                    .put("views", t.views());
        }
        withoutEmpty(quality);
        if (!quality.isEmpty()) {
            vn.set("quality", quality);
        }
        ArrayNode dets = vn.putArray("detections");
        for (Detection d : v.detections()) {
            ObjectNode o = roundedMetrics(DetectionJson.toJson(d, curves));
            if (!diagnostics) {
                withoutDiagnostics(o, d);
            }
            withoutEmpty((ObjectNode) o.get("metrics"));
            dets.add(o);
        }
        breakout.ifPresent(b -> {
            ObjectNode bn = vn.putObject("breakout");
            bn.put("data_until", b.dataUntil().toString());
            ArrayNode reasons = bn.putArray("reasons");
            b.reasons().forEach(reasons::add);
        });
        // the findings the verdict weighed are named, not repeated: each detection's evidence holds them; a
        // detector that had too little data says so in its own status and summary
        ObjectNode verdict = vn.putObject("verdict");
        verdict.put("mechanism", v.verdict().mechanism());
        verdict.put("confidence", v.verdict().confidence());
        if (!v.verdict().from().isEmpty()) {
            ArrayNode from = verdict.putArray("from");
            v.verdict().from().forEach(from::add);
        }
        ArrayNode evidence = verdict.putArray("evidence");
        v.verdict().reasoning().forEach(evidence::add);
        return vn;
    }

    private static void putIfNonZero(ObjectNode o, String field, int count) {
        if (count != 0) {
            o.put(field, count);
        }
    }

    /**
     * {@code o} without the metrics {@code d} declares diagnostic, its events' attributes and its breakout signals:
     * the signals are what the report weighed to name a video's {@code breakout}, and say again in words what the
     * detection's metrics and events hold.
     */
    private static void withoutDiagnostics(ObjectNode o, Detection d) {
        ((ObjectNode) o.get("metrics")).remove(d.metricInfo().entrySet().stream()
                .filter(e -> e.getValue().diagnostic()).map(Map.Entry::getKey).toList());
        for (JsonNode event : o.path("events")) {
            ((ObjectNode) event).remove("attributes");
        }
        o.remove("breakouts");
    }

    private static ObjectNode footer(Report report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        SharedEventsJson.write(root.putArray("shared_events"), report.sharedEvents());
        RunStats s = report.stats();
        root.putObject("run").put("videos", s.videos()).put("detections", s.detections())
                .put("computed", s.computed()).put("cache_hits_memory", s.memoryHits())
                .put("cache_hits_store", s.storeHits()).put("failed", s.failed())
                .put("elapsed_ms", s.elapsed().toMillis());
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(problems::add);
        return root;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
