package io.viralscope.plugins.growth;

import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import java.util.List;

/**
 * What the chosen growth curve says about how the video spread (docs/architecture.md#growth-curves, after Bass 1969): imitation {@code q}
 * well above innovation {@code p} is word of mouth; {@code p >= q} is an external push; steady linear growth is an
 * organic baseline, unless one day stands far above the line (a shock none of the curves follows: no evidence). A
 * series whose views were highest in its first days ({@link LaunchBurst}) is an outside push whatever curve fits it:
 * an S-curve fitted there is only its falling half. Weights grow with the strength of the signal and are scaled by
 * the fit's R².
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
    static List<MechanismEvidence> of(ModelFit best, double burstFactor, LaunchBurst launch) {
        if (best.family() == GrowthFamily.LINEAR && burstFactor >= BURST_FACTOR) {
            return List.of();
        }
        double quality = Math.max(0, Math.min(1, best.rSquared()));
        boolean bassPush = best.family() == GrowthFamily.BASS && best.bass().qOverP() <= 1;
        if (launch.present() && best.family() != GrowthFamily.LINEAR && !bassPush) {
            // a curve fitted to views falling from the start is the back half of an S: no word of mouth shows
            return List.of(new MechanismEvidence(Mechanism.EXTERNAL_PUSH, quality * S_CURVE_WEIGHT,
                    "Daily views were highest on day " + (launch.peakDay() + 1) + " of " + launch.days() + ", which "
                            + "brought " + ViewCounts.wholePercent(launch.peakShare()) + " of the views, and fell "
                            + "from there: a launch burst, attention from outside more than views passed on."));
        }
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
                "Bass innovation p " + isRate(b.p()) + " is at least imitation q " + isRate(b.q())
                        + ": views come from outside pushes more than from viewers "
                        + "passing it on.");
    }

    /** "= 0.031/day", or "< 0.001/day" for a rate too small to write. */
    private static String isRate(double perDay) {
        String r = ViewCounts.rate(perDay);
        return (r.startsWith("<") ? r : "= " + r) + "/day";
    }
}
