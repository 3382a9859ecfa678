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
 * The first detection of a detector sets them; a later detection keeps its own only where they differ. They go into the
 * report's top-level {@code metric_info}, keyed by detector id.
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
                }
            }
        }
        return video;
    }

    /** The top-level {@code metric_info}: detector id to its units, bands, headline and diagnostic. */
    ObjectNode json() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        byDetector.forEach(o::set);
        return o;
    }
}
