package io.viralscope.plugins.growth;

import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import java.util.List;
import java.util.Locale;

/**
 * What the chosen growth curve says about how the video spread (docs/architecture.md#growth-curves, after Bass 1969): imitation {@code q}
 * well above innovation {@code p} is word of mouth; {@code p >= q} is an external push; steady linear growth is an
 * organic baseline, unless one day stands far above the line (a shock none of the curves follows: no evidence). Weights grow with the strength of the signal and are scaled by the fit's R².
 */
final class SpreadingEvidence {

    /** Weight of word of mouth read from an S-curve without a Bass launch: the logistic is Bass with {@code p → 0}. */
    static final double S_CURVE_WEIGHT = 0.4;
    /** Weight of word of mouth read from compounding growth caught before any saturation. */
    static final double EXPONENTIAL_WEIGHT = 0.25;
    /** Weight of an organic baseline read from steady growth: weak, the absence of a burst proves little. */
    static final double LINEAR_WEIGHT = 0.3;
    /**
     * A day this many times the linear fit's rate is a burst, not a steady trickle: daily noise of a steady video
     * (weekly cycles, count noise) stays within about twice its rate.
     */
    static final double BURST_FACTOR = 5;

    private SpreadingEvidence() {
    }

    /**
     * The evidence of {@code best}; none for a linear fit with a burst ({@code burstFactor}, the largest day over
     * the fitted rate, at least {@link #BURST_FACTOR}), which the growth curves cannot speak to.
     */
    static List<MechanismEvidence> of(ModelFit best, double burstFactor) {
        if (best.family() == GrowthFamily.LINEAR && burstFactor >= BURST_FACTOR) {
            return List.of();
        }
        double quality = Math.max(0, Math.min(1, best.rSquared()));
        return List.of(switch (best.family()) {
            case BASS -> bass(best.bass(), quality);
            case LOGISTIC, GOMPERTZ -> new MechanismEvidence(Mechanism.COMMUNITY_WORD_OF_MOUTH,
                    quality * S_CURVE_WEIGHT, "An S-shaped " + best.family().wireName()
                    + " curve with no launch burst: growth fed by earlier viewers.");
            case EXPONENTIAL -> new MechanismEvidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, quality * EXPONENTIAL_WEIGHT,
                    "Daily views compound by " + ViewCounts.percent(Math.expm1(best.growthRate()))
                            + " a day, as early sharing does.");
            case LINEAR -> new MechanismEvidence(Mechanism.ORGANIC_BASELINE, LINEAR_WEIGHT,
                    "Daily views hold steady with no burst: an organic baseline.");
        });
    }

    /** Word of mouth growing with {@code log10(q/p)} (decisive at 100), or an external push when {@code p >= q}. */
    private static MechanismEvidence bass(BassDiffusion b, double quality) {
        double ratio = b.qOverP();
        if (ratio > 1) {
            return new MechanismEvidence(Mechanism.COMMUNITY_WORD_OF_MOUTH,
                    quality * Math.min(1, Math.log10(ratio) / 2),
                    "Bass imitation outweighs innovation " + ViewCounts.ratio(ratio)
                            + " to 1: earlier viewers drive the growth.");
        }
        return new MechanismEvidence(Mechanism.EXTERNAL_PUSH, quality * Math.min(1, 0.5 + Math.log10(1 / ratio) / 2),
                String.format(Locale.ROOT, "Bass innovation p = %.3f/day is at least imitation q = %.3f/day: views "
                        + "come from outside pushes more than from viewers passing it on.", b.p(), b.q()));
    }
}
