package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.app.analysis.VerdictAgreement;

import java.util.List;
import java.util.Optional;

/**
 * Which mechanism one detector's evidence points to (its strongest finding), and whether the detectors of a video
 * point to different ones, both as {@link VerdictAgreement} defines them for the verdict.
 *
 * @param detector the detector
 * @param words    the mechanism its strongest evidence supports
 * @param weight   that evidence's weight, 0..1
 * @param finding  that evidence's sentence
 */
record Leaning(String detector, MechanismWords words, double weight, String finding) {

    /** The leaning of an {@code ok} detection with evidence; none when all of it is negligible. */
    static Optional<Leaning> of(Detection d) {
        return VerdictAgreement.strongest(d)
                .map(e -> new Leaning(d.detector(), MechanismWords.of(e.mechanism()), e.weight(), e.finding()));
    }

    /**
     * The sentence saying how the detectors disagree, such as "Detectors disagree, which lowers the confidence:
     * growth-curve points to external push; mechanism points to tastemaker shock.", or empty when they do not.
     */
    static Optional<String> disagreement(List<Detection> detections) {
        VerdictAgreement agreement = VerdictAgreement.of(detections);
        return agreement.disagree() ? Optional.of(agreement.sentence()) : Optional.empty();
    }
}
