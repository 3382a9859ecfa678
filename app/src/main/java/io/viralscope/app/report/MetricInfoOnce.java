package io.viralscope.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes how to read each detector's metrics (units, bands, headline, diagnostic) once per report instead of once
 * per video: they are the same for every video of a detector, and were a third of a report's bytes without curves.
 * They are declared metric by metric, and a detection declares only the metrics it has, so they merge: a detection
 * that agrees with what is known of its detector (adding metrics not seen before, as mechanism's
 * {@code relaxation_days} on some videos only) gives its declarations to the report's top-level
 * {@code metric_info}, keyed by detector id; one that contradicts it keeps its own.
 */
final class MetricInfoOnce {

    private final Map<String, Known> byDetector = new LinkedHashMap<>();
    // the lists the last video's detections keep though empty
    private final List<OwnList> emptyOwnLists = new java.util.ArrayList<>();

    /** A list a detection keeps: the detection's place in its video, and the field. */
    private record OwnList(int detection, String field) {
    }

    /** {@code video} with each detection's units, bands, headline and diagnostic removed where they merge. */
    ObjectNode shareUnitsOf(ObjectNode video) {
        emptyOwnLists.clear();
        int index = -1;
        for (JsonNode d : video.path("detections")) {
            index++;
            ObjectNode detection = (ObjectNode) d;
            Known known = byDetector.computeIfAbsent(detection.path("detector").asText(), k -> new Known());
            for (String field : List.of("units", "bands")) {
                if (known.mergeMap(field, detection.get(field))) {
                    detection.remove(field);
                }
            }
            for (String field : List.of("headline", "diagnostic")) {
                if (known.mergeList(field, detection.get(field), detection.path("metrics"))) {
                    detection.remove(field);
                } else if (detection.path(field).isEmpty()) {
                    emptyOwnLists.add(new OwnList(index, field));
                }
            }
        }
        return video;
    }

    /**
     * {@code video}, once its empty fields are removed, with an empty headline or diagnostic list put back where the
     * last {@link #shareUnitsOf} left a detection its own empty list because it contradicts the report's: "none" is
     * then its answer, not the report's list.
     */
    ObjectNode keepOwnEmptyLists(ObjectNode video) {
        JsonNode detections = video.path("detections");
        for (OwnList own : emptyOwnLists) {
            ((ObjectNode) detections.get(own.detection())).putArray(own.field());
        }
        return video;
    }

    /** The top-level {@code metric_info}: detector id to its units, bands, headline and diagnostic. */
    ObjectNode json() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        byDetector.forEach((id, known) -> o.set(id, known.json()));
        return o;
    }

    /** What the report knows of one detector's metrics. */
    private static final class Known {
        private final Map<String, ObjectNode> maps = new LinkedHashMap<>();
        private final Map<String, Set<String>> listed = new LinkedHashMap<>();
        // metrics a detection wrote without naming them in a list it gave away: naming them later contradicts it
        private final Map<String, Set<String>> unlisted = new LinkedHashMap<>();

        Known() {
            maps.put("units", Json.MAPPER.createObjectNode());
            maps.put("bands", Json.MAPPER.createObjectNode());
            listed.put("headline", new LinkedHashSet<>());
            listed.put("diagnostic", new LinkedHashSet<>());
            unlisted.put("headline", new HashSet<>());
            unlisted.put("diagnostic", new HashSet<>());
        }

        /** Whether {@code declared} (metric to unit or bands) agrees with what is known; if so it joins it. */
        boolean mergeMap(String field, JsonNode declared) {
            if (declared == null) {
                return true;
            }
            if (!(declared instanceof ObjectNode own)) {
                return false;
            }
            ObjectNode known = maps.get(field);
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

        /**
         * Whether {@code declared} (the metrics a detection names headline, or diagnostic) agrees with what is
         * known: it names no metric that another detection wrote without naming, and every metric it writes that
         * the report's list names, it names too. If so its names join the list.
         */
        boolean mergeList(String field, JsonNode declared, JsonNode metrics) {
            if (declared != null && !declared.isArray()) {
                return false;
            }
            Set<String> own = new HashSet<>();
            if (declared != null) {
                declared.forEach(n -> own.add(n.asText()));
            }
            Set<String> names = listed.get(field);
            Set<String> notNamed = unlisted.get(field);
            for (String m : own) {
                if (notNamed.contains(m)) {
                    return false;
                }
            }
            var written = metrics.fieldNames();
            while (written.hasNext()) {
                String m = written.next();
                if (names.contains(m) && !own.contains(m)) {
                    return false;
                }
            }
            if (declared != null) {
                declared.forEach(n -> names.add(n.asText()));
            }
            metrics.fieldNames().forEachRemaining(m -> {
                if (!own.contains(m)) {
                    notNamed.add(m);
                }
            });
            return true;
        }

        ObjectNode json() {
            ObjectNode o = Json.MAPPER.createObjectNode();
            maps.forEach(o::set);
            listed.forEach((field, names) -> {
                ArrayNode list = o.putArray(field);
                names.forEach(list::add);
            });
            return o;
        }
    }
}
