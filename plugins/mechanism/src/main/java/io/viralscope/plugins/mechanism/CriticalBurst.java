package io.viralscope.plugins.mechanism;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;

import java.time.Instant;

/**
 * The breakout this detector stands by: a burst whose cascade class is critical (exogenous-critical, a shock whose
 * slow decay ignited a cascade; endogenous-critical, word of mouth building on itself), dated at its peak. The host
 * alerts on it when the peak is recent.
 */
final class CriticalBurst {

    private CriticalBurst() {
    }

    static void add(Detection.Builder d, CascadeClass k, Instant peak, double branchingRatio) {
        if (k == CascadeClass.EXOGENOUS_CRITICAL || k == CascadeClass.ENDOGENOUS_CRITICAL) {
            d.breakout(BreakoutSignal.Kind.CRITICAL_BURST, peak, "the dynamics are " + k.id()
                    + " (branching ratio " + Figures.decimal(branchingRatio) + ")"
                    + ", a cascade that feeds itself.");
        }
    }
}
