package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a video's detectors agree: the one definition the verdict, the side-by-side row and the overview use.
 * A detector leans to the mechanism of its strongest evidence that is not negligible ({@link #NEGLIGIBLE}); the
 * detectors agree when all that lean lean to the same mechanism, and disagree when they lean to different ones.
 * Weaker findings of a detector for another mechanism are nuances ({@link #alsoSeen}): they lower the verdict's
 * confidence but are no disagreement.
 *
 * @param leanings each leaning detector and its mechanism, in detection order
 * @param alsoSeen each detector's weaker findings for other mechanisms, in detection order
 */
public record VerdictAgreement(Map<String, Mechanism> leanings, Map<String, Set<Mechanism>> alsoSeen) {

    /** Evidence lighter than this is no support, no leaning and no disagreement. */
    public static final double NEGLIGIBLE = 0.05;

    /** How the detectors' leanings relate. */
    public enum Kind {
        /** No detector offered evidence. */
        NONE,
        /** One detector offered evidence: nothing to agree or disagree with. */
        ONE,
        /** Two or more offered evidence, all for the same mechanism. */
        AGREE,
        /** Two or more offered evidence, for different mechanisms. */
        DISAGREE
    }

    /** The agreement of {@code detections}; only {@code ok} ones count. */
    public static VerdictAgreement of(List<Detection> detections) {
        Map<String, Mechanism> leanings = new LinkedHashMap<>();
        Map<String, Set<Mechanism>> also = new LinkedHashMap<>();
        for (Detection d : detections) {
            Optional<MechanismEvidence> strongest = strongest(d);
            if (strongest.isEmpty()) {
                continue;
            }
            Mechanism lean = strongest.get().mechanism();
            leanings.put(d.detector(), lean);
            Set<Mechanism> others = new LinkedHashSet<>();
            d.evidence().stream().filter(e -> e.weight() >= NEGLIGIBLE && e.mechanism() != lean)
                    .forEach(e -> others.add(e.mechanism()));
            if (!others.isEmpty()) {
                also.put(d.detector(), others);
            }
        }
        return new VerdictAgreement(Collections.unmodifiableMap(leanings), Collections.unmodifiableMap(also));
    }

    /**
     * The strongest evidence of an {@code ok} detection that is not negligible; of equal weights, the mechanism
     * listed first in {@link Mechanism}, as the verdict breaks ties.
     */
    public static Optional<MechanismEvidence> strongest(Detection d) {
        if (!d.isOk()) {
            return Optional.empty();
        }
        return d.evidence().stream().filter(e -> e.weight() >= NEGLIGIBLE)
                .max(Comparator.comparingDouble(MechanismEvidence::weight)
                        .thenComparing(e -> -e.mechanism().ordinal()));
    }

    /** How the leanings relate. */
    public Kind kind() {
        if (leanings.isEmpty()) {
            return Kind.NONE;
        }
        if (leanings.size() == 1) {
            return Kind.ONE;
        }
        return Set.copyOf(leanings.values()).size() == 1 ? Kind.AGREE : Kind.DISAGREE;
    }

    /** True when two or more detectors lean to different mechanisms. */
    public boolean disagree() {
        return kind() == Kind.DISAGREE;
    }

    /** True when two or more detectors offered evidence, so they can agree or disagree. */
    public boolean comparable() {
        return leanings.size() >= 2;
    }

    /** The mechanism {@code detector} leans to, if it offered evidence. */
    public Optional<Mechanism> leaningOf(String detector) {
        return Optional.ofNullable(leanings.get(detector));
    }

    /**
     * The agreement in one sentence, such as "The 2 detectors with evidence agree on tastemaker shock; mechanism
     * also found some evidence of community word of mouth, which lowers the confidence." or "Detectors disagree,
     * which lowers the confidence: growth-curve points to external push; mechanism points to tastemaker shock."
     */
    public String sentence() {
        return switch (kind()) {
            case NONE -> "No detector offered evidence on the mechanism.";
            case ONE -> {
                Map.Entry<String, Mechanism> only = leanings.entrySet().iterator().next();
                yield "Only one detector, " + only.getKey() + ", offered evidence on the mechanism ("
                        + only.getValue().phrase() + ")" + nuance();
            }
            case AGREE -> "The " + leanings.size() + " detectors with evidence agree on "
                    + leanings.values().iterator().next().phrase() + nuance();
            case DISAGREE -> {
                Map<Mechanism, List<String>> byMechanism = new LinkedHashMap<>();
                leanings.forEach((d, m) -> byMechanism.computeIfAbsent(m, k -> new ArrayList<>()).add(d));
                List<String> parts = new ArrayList<>();
                byMechanism.forEach((m, ds) -> parts.add(String.join(" and ", ds)
                        + (ds.size() == 1 ? " points" : " point") + " to " + m.phrase()));
                yield "Detectors disagree, which lowers the confidence: " + String.join("; ", parts) + ".";
            }
        };
    }

    /** The weaker findings for other mechanisms, as the end of a sentence. */
    private String nuance() {
        if (alsoSeen.isEmpty()) {
            return ".";
        }
        List<String> parts = new ArrayList<>();
        alsoSeen.forEach((d, ms) -> parts.add(d + " also found some evidence of "
                + String.join(" and ", ms.stream().map(Mechanism::phrase).toList())));
        return "; " + String.join("; ", parts) + ", which lowers the confidence.";
    }
}
