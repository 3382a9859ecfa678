package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.app.analysis.VerdictBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which mechanism one detector's evidence points to (its strongest finding), and whether the detectors of a video
 * point to different ones.
 *
 * @param detector the detector
 * @param words    the mechanism its strongest evidence supports
 * @param weight   that evidence's weight, 0..1
 * @param finding  that evidence's sentence
 */
record Leaning(String detector, MechanismWords words, double weight, String finding) {

    /**
     * The leaning of an {@code ok} detection with evidence; none when all of it is negligible, as the verdict
     * counts it ({@link VerdictBuilder#NEGLIGIBLE}).
     */
    static Optional<Leaning> of(Detection d) {
        if (!d.isOk()) {
            return Optional.empty();
        }
        return d.evidence().stream().filter(e -> e.weight() >= VerdictBuilder.NEGLIGIBLE)
                .max(Comparator.comparingDouble(MechanismEvidence::weight))
                .map(e -> new Leaning(d.detector(), MechanismWords.of(e.mechanism()), e.weight(), e.finding()));
    }

    /**
     * A sentence saying how the detectors disagree, such as "Detectors disagree: growth-curve points to external
     * push; mechanism points to tastemaker shock.", or empty when they agree or fewer than two have evidence.
     */
    static Optional<String> disagreement(List<Detection> detections) {
        Map<MechanismWords, List<String>> byMechanism = new LinkedHashMap<>();
        for (Detection d : detections) {
            of(d).ifPresent(l -> byMechanism.computeIfAbsent(l.words(), k -> new ArrayList<>()).add(l.detector()));
        }
        if (byMechanism.size() < 2) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        byMechanism.forEach((words, detectors) -> parts.add(String.join(" and ", detectors)
                + (detectors.size() == 1 ? " points" : " point") + " to " + words.phrase()));
        return Optional.of("Detectors disagree: " + String.join("; ", parts) + ".");
    }
}
