package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the mechanism evidence of every {@code ok} detection into a verdict. Each detector counts once per
 * mechanism (its strongest finding), so a chatty detector cannot outvote the others. The confidence is the
 * winner's share of all support, times how strong that support is: disagreement lowers it, and it never
 * exceeds 0.95, since a verdict is an inference from public counts.
 */
public final class VerdictBuilder {

    private static final double MAX_CONFIDENCE = 0.95;
    /** Evidence lighter than this is no support (nor, in the report, a disagreement). */
    public static final double NEGLIGIBLE = 0.05;

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
        double total = score.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return new Verdict(Verdict.UNDETERMINED, "undetermined", 0.0,
                    List.of("No detector found evidence of a spreading mechanism; the series may be too short."));
        }
        Mechanism best = score.entrySet().stream().max(Map.Entry.<Mechanism, Double>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        double top = score.get(best);
        double confidence = Math.min(MAX_CONFIDENCE, (top / total) * Math.min(1.0, top));
        findings.sort(Comparator.comparing((Finding f) -> f.evidence().mechanism() != best)
                .thenComparing(f -> -f.evidence().weight()));
        Map<String, Double> support = new HashMap<>();
        for (Finding f : findings) {
            if (f.evidence().mechanism() == best) {
                support.put(f.detector(), f.evidence().weight());
            }
        }
        List<String> evidence = new ArrayList<>();
        boolean opposed = false;
        for (Finding f : findings) {
            String prefix = "";
            if (f.evidence().mechanism() != best) {
                // a detector whose main finding backs the verdict is adding a nuance (a shock that set off word
                // of mouth), not arguing against it; one whose main finding is the other mechanism disagrees
                boolean hedge = support.getOrDefault(f.detector(), -1.0) >= f.evidence().weight();
                opposed |= !hedge;
                prefix = (hedge ? "Also (" : "Against (suggests ") + f.evidence().mechanism().phrase() + "): ";
            }
            evidence.add(prefix + f.detector() + ": " + f.evidence().finding());
        }
        if (score.size() > 1) {
            evidence.add((opposed ? "Detectors disagree: " : "The evidence is mixed: ") + score.size()
                    + " mechanisms have support, so the confidence is lowered.");
        }
        return new Verdict(best.id(), best.phrase(), Math.round(confidence * 100) / 100.0, List.copyOf(evidence));
    }

    private record Finding(String detector, MechanismEvidence evidence) {
    }
}
