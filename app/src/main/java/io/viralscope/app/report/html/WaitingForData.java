package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.app.Counted;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview's note on videos that wait for more data: how many some detector found too short (or flat, or in
 * gaps) to analyse, and per detector what it needs, in its own words.
 *
 * @param headline  such as "136 of 144 videos wait for more data: …"; empty when no video waits
 * @param detectors one line per detector that had too little data, such as "growth-curve could not analyse 136
 *                  videos yet; most often it says: “…”"
 */
public record WaitingForData(String headline, List<String> detectors) {

    /** The note for {@code videos}, detectors in the order of {@code detectorIds}. */
    static WaitingForData of(List<VideoAnalysis> videos, List<String> detectorIds) {
        List<VideoAnalysis> waiting = videos.stream().filter(v -> v.detections().stream()
                .anyMatch(d -> d.status() == DetectionStatus.INSUFFICIENT_DATA)).toList();
        if (waiting.isEmpty()) {
            return new WaitingForData("", List.of());
        }
        boolean one = waiting.size() == 1;
        String headline = waiting.size() + " of " + Counted.of(videos.size(), "video") + (one ? " waits" : " wait")
                + " for more data: some detector found the series too short, flat or in gaps to analyse. Each"
                + " video's verdict says what every detector still needs; keep tracking " + (one ? "it." : "them.");
        List<String> lines = new ArrayList<>();
        for (String id : detectorIds) {
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (VideoAnalysis v : waiting) {
                v.detection(id).filter(d -> d.status() == DetectionStatus.INSUFFICIENT_DATA)
                        .map(Detection::summary).ifPresent(r -> reasons.merge(r, 1, Integer::sum));
            }
            if (reasons.isEmpty()) {
                continue;
            }
            int count = reasons.values().stream().mapToInt(Integer::intValue).sum();
            String common = reasons.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                    .orElseThrow().getKey(); // the first of equally common reasons
            lines.add(id + " could not analyse " + Counted.of(count, "video") + " yet; "
                    + (reasons.size() == 1 ? "it says: " : "most often it says: ") + "“" + common + "”");
        }
        return new WaitingForData(headline, List.copyOf(lines));
    }

    /** True when some video waits for more data. */
    public boolean any() {
        return !headline.isEmpty();
    }
}
