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
        Tally t = new Tally();
        videos.forEach(t::add);
        return t.note(detectorIds);
    }

    /** Counts, as videos go by, the videos that wait and each detector's reasons. */
    static final class Tally {
        private long videos;
        private long waiting;
        private final Map<String, Map<String, Integer>> reasons = new LinkedHashMap<>();

        void add(VideoAnalysis v) {
            videos++;
            boolean waits = false;
            for (Detection d : v.detections()) {
                if (d.status() == DetectionStatus.INSUFFICIENT_DATA) {
                    waits = true;
                    reasons.computeIfAbsent(d.detector(), k -> new LinkedHashMap<>()).merge(d.summary(), 1,
                            Integer::sum);
                }
            }
            if (waits) {
                waiting++;
            }
        }

        WaitingForData note(List<String> detectorIds) {
            if (waiting == 0) {
                return new WaitingForData("", List.of());
            }
            boolean one = waiting == 1;
            String headline = waiting + " of " + Counted.of(videos, "video") + (one ? " waits" : " wait")
                    + " for more data: some detector found the series too short, flat or in gaps to analyse. Each"
                    + " video's verdict says what every detector still needs; keep tracking " + (one ? "it." : "them.");
            List<String> lines = new ArrayList<>();
            for (String id : detectorIds) {
                Map<String, Integer> of = reasons.getOrDefault(id, Map.of());
                if (of.isEmpty()) {
                    continue;
                }
                int count = of.values().stream().mapToInt(Integer::intValue).sum();
                String common = of.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                        .orElseThrow().getKey(); // the first of equally common reasons
                lines.add(id + " could not analyse " + Counted.of(count, "video") + " yet; "
                        + (of.size() == 1 ? "it says: " : "most often it says: ") + "“" + common + "”");
            }
            return new WaitingForData(headline, List.copyOf(lines));
        }
    }

    /** True when some video waits for more data. */
    public boolean any() {
        return !headline.isEmpty();
    }
}
