package io.viralscope.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes how to read each detector's metrics (units, bands, headline, diagnostic) once per report instead of once
 * per video: they are the same for every video of a detector, and were a third of a report's bytes without curves.
 * The first detection of a detector sets them; a later detection keeps its own only where they differ, except that
 * units and bands, declared metric by metric, merge: a detection that declares a unit for a metric the first did not
 * write (a metric present on some videos only) adds it. They go into the report's top-level {@code metric_info},
 * keyed by detector id.
 */
final class MetricInfoOnce {

    private static final List<String> FIELDS = List.of("units", "bands", "headline", "diagnostic");

    private final Map<String, ObjectNode> byDetector = new LinkedHashMap<>();

    /** {@code video} with each detection's units, bands, headline and diagnostic removed where they match the first seen. */
    ObjectNode shareUnitsOf(ObjectNode video) {
        for (JsonNode d : video.path("detections")) {
            ObjectNode detection = (ObjectNode) d;
            String id = detection.path("detector").asText();
            ObjectNode first = byDetector.get(id);
            if (first == null) {
                first = Json.MAPPER.createObjectNode();
                for (String f : FIELDS) {
                    first.set(f, detection.get(f));
                }
                byDetector.put(id, first);
            }
            for (String f : FIELDS) {
                if (first.get(f) != null && first.get(f).equals(detection.get(f))) {
                    detection.remove(f);
                } else if (PER_METRIC.contains(f) && merged(first, f, detection.get(f))) {
                    detection.remove(f);
                }
            }
        }
        return video;
    }

    /** Fields keyed by metric: a detection may declare only some metrics (those it wrote), and add new ones. */
    private static final List<String> PER_METRIC = List.of("units", "bands");

    /**
     * Whether {@code declared} (metric to its unit or bands) agrees with what {@code first} holds for every metric
     * both name; if so, its new metrics join {@code first}, so the detection need not repeat any of them.
     */
    private static boolean merged(ObjectNode first, String field, JsonNode declared) {
        if (!(declared instanceof ObjectNode own)) {
            return false;
        }
        ObjectNode known = first.get(field) instanceof ObjectNode o ? o : first.putObject(field);
        var names = own.fieldNames();
        while (names.hasNext()) {
            String metric = names.next();
            JsonNode seen = known.get(metric);
            if (seen != null && !seen.equals(own.get(metric))) {
                return false;
            }
        }
        known.setAll(own);
        return true;
    }

    /** The top-level {@code metric_info}: detector id to its units, bands, headline and diagnostic. */
    ObjectNode json() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        byDetector.forEach(o::set);
        return o;
    }
}
