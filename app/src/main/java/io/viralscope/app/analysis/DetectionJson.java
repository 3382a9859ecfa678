package io.viralscope.app.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Episode;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.MetricBand;
import io.viralscope.app.Json;

/**
 * Detections as JSON (docs/architecture.md#json-report): the form in reports. Numbers are JSON numbers or
 * {@code null}, never NaN or strings. Curves are compact ({@link CurveJson}). The results table keeps detections in
 * another form ({@link CachedDetection}).
 */
public final class DetectionJson {

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
}
