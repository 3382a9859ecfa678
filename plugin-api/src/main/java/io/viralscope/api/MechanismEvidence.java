package io.viralscope.api;

import java.util.Objects;

/**
 * One detector's evidence for (or against) a spreading mechanism; the host's verdict combines these.
 *
 * @param mechanism the mechanism this finding supports
 * @param weight    strength of support from 0 (none) to 1 (decisive)
 * @param finding   a plain sentence naming what was found, such as "Bass q/p = 14: imitation dominates"
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record MechanismEvidence(Mechanism mechanism, double weight, String finding) {

    /** Validates the weight. */
    public MechanismEvidence {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(finding, "finding");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("evidence weight must be within [0, 1] but was " + weight);
        }
    }
}
