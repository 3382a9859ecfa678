package io.viralscope.app.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.SharedEvent;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Shared events in the machine formats: the JSON report's top-level {@code shared_events} and the CSV report's
 * {@code shared_events} column (docs/architecture.md#json-report).
 */
final class SharedEventsJson {

    /** The CSV column listing the shared events a video took part in. */
    static final String CSV_COLUMN = "shared_events";

    private SharedEventsJson() {
    }

    /** One object per event: day, kind, detector, video ids, each video's size, summary. */
    static void write(ArrayNode out, List<SharedEventFinding> findings) {
        for (SharedEventFinding f : findings) {
            SharedEvent e = f.event();
            ObjectNode n = out.addObject();
            n.put("day", e.day().toString());
            n.put("kind", e.kind());
            n.put("detector", f.detector());
            ArrayNode ids = n.putArray("video_ids");
            e.videoIds().forEach(ids::add);
            ObjectNode sizes = n.putObject("sizes");
            e.videos().forEach(p -> sizes.put(p.videoId(), p.size()));
            n.put("summary", e.summary());
        }
    }

    /**
     * The events of one video as a spreadsheet cell, such as {@code 2026-06-12 jump 3.1× (with 2 others)}, several
     * joined by {@code "; "}; empty when it took part in none.
     */
    static String csvCell(List<SharedEventFinding> findings, String videoId) {
        return findings.stream().map(f -> {
            SharedEvent e = f.event();
            double size = e.videos().stream().filter(p -> p.videoId().equals(videoId))
                    .mapToDouble(SharedEvent.Participant::size).findFirst().orElse(Double.NaN);
            int others = e.videos().size() - 1;
            return e.day() + " " + e.kind() + " " + CsvReportWriter.number(round(size)) + "× (with " + others
                    + (others == 1 ? " other)" : " others)");
        }).collect(Collectors.joining("; "));
    }

    private static double round(double size) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", size));
    }
}
