package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the mechanism evidence of every {@code ok} detection into a verdict. Each detector counts once per
 * mechanism (its strongest finding), so a chatty detector cannot outvote the others. The confidence is the
 * winner's share of all support, times how strong that support is: disagreement lowers it, and it never
 * exceeds {@link #MAX_CONFIDENCE}, since a verdict is an inference from public counts. Whether the detectors agree
 * is {@link VerdictAgreement}'s one definition, which the report's other views use too. Detectors that had too
 * little data say what they miss, so a short series' verdict tells what it waits for.
 */
public final class VerdictBuilder {

    /** The most a verdict claims: it is an inference from public counts. */
    public static final double MAX_CONFIDENCE = 0.95;
    /** Evidence lighter than this is no support (nor, in the report, a disagreement). */
    public static final double NEGLIGIBLE = VerdictAgreement.NEGLIGIBLE;

    private VerdictBuilder() {
    }

    /** The verdict for one video's detections. */
    public static Verdict combine(List<Detection> detections) {
        Map<Mechanism, Double> score = new EnumMap<>(Mechanism.class);
        List<Finding> findings = new ArrayList<>();
        for (Detection d : detections) {
            if (!d.isOk()) {
                continue;
            }
            Map<Mechanism, MechanismEvidence> strongest = new EnumMap<>(Mechanism.class);
            for (MechanismEvidence e : d.evidence()) {
                if (e.weight() < NEGLIGIBLE) {
                    continue; // a detector unsure of its own finding (say, a fit with R² near 0) is no support
                }
                strongest.merge(e.mechanism(), e, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
            strongest.forEach((m, e) -> {
                score.merge(m, e.weight(), Double::sum);
                findings.add(new Finding(d.detector(), e));
            });
        }
        List<String> waiting = waitingForData(detections);
        double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            List<String> evidence = new ArrayList<>();
            evidence.add(waiting.isEmpty() ? "No detector found evidence of a spreading mechanism."
                    : "No detector found evidence of a spreading mechanism yet: " + waiting.size() + " of "
                    + detections.size() + " need more data.");
            List<String> reasoning = List.of(evidence.get(0));
            evidence.addAll(waiting);
            return new Verdict(Verdict.UNDETERMINED, "undetermined", 0.0, List.copyOf(evidence), List.of(), reasoning);
        }
        Mechanism best = strongest(score);
        double top = score.get(best);
        double confidence = Math.min(MAX_CONFIDENCE, (top / total) * Math.min(1.0, top));
        // findings for the verdict first, then by weight, strongest first
        findings.sort((a, b) -> {
            int side = Boolean.compare(a.evidence().mechanism() != best, b.evidence().mechanism() != best);
            return side != 0 ? side : Double.compare(-a.evidence().weight(), -b.evidence().weight());
        });
        VerdictAgreement agreement = VerdictAgreement.of(detections);
        List<String> evidence = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Finding f : findings) {
            String prefix = "";
            if (f.evidence().mechanism() != best) {
                // a detector leaning to the verdict adds a nuance (a shock that set off word of mouth); one leaning
                // to another mechanism argues against it
                boolean nuance = agreement.leaningOf(f.detector()).orElse(null) == best;
                prefix = (nuance ? "Also (" : "Against (suggests ") + f.evidence().mechanism().phrase() + "): ";
            }
            evidence.add(prefix + f.detector() + ": " + f.evidence().finding());
            if (!from.contains(f.detector())) {
                from.add(f.detector());
            }
        }
        List<String> reasoning = new ArrayList<>();
        reasoning.add(agreement.sentence());
        // a detection that split a long series into episodes says which one its evidence rests on
        for (Detection d : detections) {
            if (d.isOk() && from.contains(d.detector())) {
                EpisodeFocus.sentence(d).ifPresent(reasoning::add);
            }
        }
        evidence.addAll(reasoning);
        evidence.addAll(waiting);
        return new Verdict(best.id(), phrase(best, findings, agreement), Math.round(confidence * 100) / 100.0,
                List.copyOf(evidence), List.copyOf(from), List.copyOf(reasoning));
    }

    /** The mechanism with the most support; of equal ones, the first in {@link Mechanism}'s order. */
    private static Mechanism strongest(Map<Mechanism, Double> score) {
        Mechanism best = null;
        double most = 0;
        for (Map.Entry<Mechanism, Double> e : score.entrySet()) { // an EnumMap: in Mechanism's order
            if (best == null || e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Word-of-mouth evidence at least this strong, from a detector backing an outside cause, names what it set off. */
    static final double SET_OFF = 0.3;

    /**
     * The verdict in words: an outside cause (a push, a shock) that a detector backing it also finds passed on by
     * viewers reads "external push that set off word of mouth": the answer to "how much did people carry on their
     * own?", in the verdict itself rather than in its evidence only.
     */
    private static String phrase(Mechanism best, List<Finding> findings, VerdictAgreement agreement) {
        boolean outside = best == Mechanism.EXTERNAL_PUSH || best == Mechanism.TASTEMAKER_SHOCK;
        boolean passedOn = findings.stream().anyMatch(f -> f.evidence().mechanism()
                == Mechanism.COMMUNITY_WORD_OF_MOUTH && f.evidence().weight() >= SET_OFF
                && agreement.leaningOf(f.detector()).orElse(null) == best);
        return outside && passedOn ? best.phrase() + " that set off word of mouth" : best.phrase();
    }

    /** "growth-curve needs more data: …" for each detection that had too little, in the detector's words. */
    private static List<String> waitingForData(List<Detection> detections) {
        List<String> waiting = new ArrayList<>();
        for (Detection d : detections) {
            if (d.status() == DetectionStatus.INSUFFICIENT_DATA) {
                waiting.add(d.detector() + " needs more data: " + d.summary());
            }
        }
        return waiting;
    }

    private record Finding(String detector, MechanismEvidence evidence) {
    }
}
