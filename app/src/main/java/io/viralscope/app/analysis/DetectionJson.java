package io.viralscope.app.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Episode;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;
import io.viralscope.app.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Detections as JSON (docs/architecture.md#json-report): the form in reports and in the results table. Numbers are JSON numbers or
 * {@code null}, never NaN or strings. Curves are compact ({@link CurveJson}). A detection read back keeps its
 * metric units, bands, headlines, breakout signals and episodes. A results-table row carries {@link #CACHE_FORMAT};
 * a row of an older form (curves as timestamped points) is not read but recomputed.
 */
public final class DetectionJson {

    /**
     * The form of a results-table row: 2 since curves are compact. Rows without it (or with another) were written
     * by an older Viralscope and count as a cache miss.
     */
    public static final int CACHE_FORMAT = 2;

    // results-table rows are read by machine only: no indentation
    // and the fast (Schubfach) double writer: Java 17's Double.toString took a third of writing a row
    private static final ObjectWriter ROW_WRITER = Json.MAPPER.writer()
            .without(SerializationFeature.INDENT_OUTPUT).with(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    // curve values are most of a row: the fast (still correctly rounded) double parser halves the time to parse one
    private static final ObjectReader ROW_READER = Json.MAPPER.reader()
            .with(StreamReadFeature.USE_FAST_DOUBLE_PARSER);

    private DetectionJson() {
    }

    /** The JSON object of a detection; {@code withCurves} adds its fitted curves, in compact form. */
    public static ObjectNode toJson(Detection d, boolean withCurves) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("detector", d.detector());
        o.put("version", d.version());
        o.put("status", d.status().wireName());
        o.put("summary", d.summary());
        ObjectNode metrics = o.putObject("metrics");
        d.metrics().forEach((k, v) -> {
            if (v == null) {
                metrics.putNull(k);
            } else if (v instanceof Double n) {
                metrics.put(k, n);
            } else {
                metrics.put(k, v.toString());
            }
        });
        ArrayNode events = o.putArray("events");
        for (Event e : d.events()) {
            ObjectNode ev = events.addObject();
            ev.put("type", e.type());
            ev.put("at", e.at().toString());
            ev.put("value", e.value());
            ev.put("label", e.label());
            if (!e.attributes().isEmpty()) {
                ObjectNode attrs = ev.putObject("attributes");
                new java.util.TreeMap<>(e.attributes()).forEach(attrs::put);
            }
        }
        ArrayNode evidence = o.putArray("evidence");
        for (MechanismEvidence m : d.evidence()) {
            ObjectNode ev = evidence.addObject();
            ev.put("mechanism", m.mechanism().id());
            ev.put("weight", m.weight());
            ev.put("finding", m.finding());
        }
        writeMetricInfo(o, d);
        ArrayNode breakouts = o.putArray("breakouts");
        for (BreakoutSignal b : d.breakouts()) {
            breakouts.addObject().put("kind", b.kind().id()).put("at", b.at().toString()).put("finding", b.finding());
        }
        ArrayNode episodes = o.putArray("episodes");
        for (Episode e : d.episodes()) {
            episodes.addObject().put("start", e.start().toString()).put("end", e.end().toString())
                    .put("views_above_baseline", e.viewsAboveBaseline()).put("mechanism", e.mechanism().id())
                    .put("label", e.label());
        }
        if (withCurves) {
            ArrayNode curves = o.putArray("curves");
            for (FittedCurve c : d.curves()) {
                CurveJson.write(curves, c);
            }
        }
        return o;
    }

    /**
     * Additions of API 1.2: {@code units} (metric to unit wire name), {@code bands} (metric to its bands, each
     * {@code low}, {@code high} or {@code null} for "and above", {@code label}) and {@code headline} (the metrics
     * the overview compares); of API 1.8, {@code diagnostic} (the metrics the JSON report leaves out unless asked).
     * Metrics without a declaration are absent from them.
     */
    private static void writeMetricInfo(ObjectNode o, Detection d) {
        ObjectNode units = o.putObject("units");
        ObjectNode bands = o.putObject("bands");
        ArrayNode headline = o.putArray("headline");
        ArrayNode diagnostic = o.putArray("diagnostic");
        d.metricInfo().forEach((metric, info) -> {
            if (info.unit() != null) {
                units.put(metric, info.unit().wireName());
            }
            if (!info.bands().isEmpty()) {
                ArrayNode list = bands.putArray(metric);
                for (MetricBand b : info.bands()) {
                    ObjectNode band = list.addObject().put("low", b.low());
                    if (b.high() == null) {
                        band.putNull("high");
                    } else {
                        band.put("high", b.high());
                    }
                    band.put("label", b.label());
                }
            }
            if (info.headline()) {
                headline.add(metric);
            }
            if (info.diagnostic()) {
                diagnostic.add(metric);
            }
        });
    }

    private static Map<String, MetricInfo> readMetricInfo(JsonNode o) {
        Map<String, MetricInfo> info = new LinkedHashMap<>();
        o.path("units").fields().forEachRemaining(e -> info.put(e.getKey(),
                new MetricInfo(Unit.fromWireName(e.getValue().asText()), List.of(), false)));
        o.path("bands").fields().forEachRemaining(e -> {
            List<MetricBand> bands = new ArrayList<>();
            for (JsonNode b : e.getValue()) {
                bands.add(new MetricBand(b.get("low").doubleValue(),
                        b.get("high").isNull() ? null : b.get("high").doubleValue(), b.get("label").asText()));
            }
            MetricInfo i = info.getOrDefault(e.getKey(), MetricInfo.PLAIN);
            info.put(e.getKey(), new MetricInfo(i.unit(), bands, false));
        });
        for (JsonNode h : o.path("headline")) {
            MetricInfo i = info.getOrDefault(h.asText(), MetricInfo.PLAIN);
            info.put(h.asText(), new MetricInfo(i.unit(), i.bands(), true));
        }
        for (JsonNode h : o.path("diagnostic")) {
            MetricInfo i = info.getOrDefault(h.asText(), MetricInfo.PLAIN);
            info.put(h.asText(), new MetricInfo(i.unit(), i.bands(), i.headline(), true));
        }
        return info;
    }

    /** Serialises a detection with curves, for the results table, marked with {@link #CACHE_FORMAT}. */
    public static String write(Detection d) {
        try {
            ObjectNode o = toJson(d, true);
            o.put("format", CACHE_FORMAT);
            return ROW_WRITER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a detection could not be written as JSON", e);
        }
    }

    /** The detection of a results-table row, or empty when the row has an older form and must be recomputed. */
    public static Optional<Detection> cached(String row) {
        JsonNode o = tree(row);
        return o.path("format").asInt(1) == CACHE_FORMAT ? Optional.of(read(o)) : Optional.empty();
    }

    /** Reads a detection written by {@link #write}. */
    public static Detection read(String json) {
        return read(tree(json));
    }

    private static JsonNode tree(String json) {
        try {
            return ROW_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a cached detection could not be read", e);
        }
    }

    private static Detection read(JsonNode o) {
        try {
            Map<String, Object> metrics = new LinkedHashMap<>();
            o.get("metrics").fields().forEachRemaining(e -> metrics.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().isNumber() ? (Object) e.getValue().doubleValue()
                            : e.getValue().asText()));
            List<Event> events = new ArrayList<>();
            for (JsonNode e : o.get("events")) {
                Map<String, Double> attrs = new LinkedHashMap<>();
                if (e.has("attributes")) {
                    e.get("attributes").fields().forEachRemaining(a -> attrs.put(a.getKey(),
                            a.getValue().doubleValue()));
                }
                events.add(new Event(e.get("type").asText(), Instant.parse(e.get("at").asText()),
                        e.get("value").doubleValue(), e.get("label").asText(), attrs));
            }
            List<MechanismEvidence> evidence = new ArrayList<>();
            for (JsonNode e : o.get("evidence")) {
                evidence.add(new MechanismEvidence(mechanism(e.get("mechanism").asText()),
                        e.get("weight").doubleValue(), e.get("finding").asText()));
            }
            List<FittedCurve> curves = new ArrayList<>();
            for (JsonNode c : o.path("curves")) {
                curves.add(CurveJson.read(c));
            }
            List<BreakoutSignal> breakouts = new ArrayList<>();
            for (JsonNode b : o.path("breakouts")) {
                breakouts.add(new BreakoutSignal(BreakoutSignal.Kind.fromId(b.get("kind").asText()),
                        Instant.parse(b.get("at").asText()), b.get("finding").asText()));
            }
            List<Episode> episodes = new ArrayList<>();
            for (JsonNode e : o.path("episodes")) {
                episodes.add(new Episode(Instant.parse(e.get("start").asText()), Instant.parse(e.get("end").asText()),
                        e.get("views_above_baseline").longValue(), mechanism(e.get("mechanism").asText()),
                        e.get("label").asText()));
            }
            return new Detection(o.get("detector").asText(), o.get("version").asText(),
                    DetectionStatus.fromWireName(o.get("status").asText()), o.get("summary").asText(), metrics,
                    events, curves, evidence, readMetricInfo(o), breakouts, episodes);
        } catch (RuntimeException e) {
            throw new IllegalStateException("a cached detection could not be read", e);
        }
    }

    private static Mechanism mechanism(String id) {
        for (Mechanism m : Mechanism.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mechanism " + id);
    }
}
