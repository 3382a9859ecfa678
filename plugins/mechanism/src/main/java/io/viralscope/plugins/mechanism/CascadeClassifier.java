package io.viralscope.plugins.mechanism;

/**
 * Decides the {@link CascadeClass} from three findings, in order, and says how sure it is:
 * <ol>
 *   <li>no significant burst ({@link BurstShape#significance()} below {@code burstZ}) → endogenous subcritical,
 *       unless the branching ratio is at least critical and views grew at least {@link #SUSTAINED_GROWTH} times
 *       over the window: then endogenous critical, a critical cascade fed by a steady background;</li>
 *   <li>a burst that built up before its peak ({@link BurstShape#buildup()} at least {@code buildupThreshold}) →
 *       endogenous critical (a large endogenous burst needs a near-critical audience);</li>
 *   <li>otherwise an exogenous shock, critical or subcritical by the score
 *       {@code (n − n*)/0.1 + (0.95 − α)/0.2}: the fitted branching ratio n against {@code criticalBranchingRatio}
 *       n*, and the relaxation exponent α against 0.95, midway between 1 − θ and 1 + θ for θ = 0.4 (and
 *       between the 0.65 and 1.17 that critical and subcritical shocks show in a 90-day window).</li>
 * </ol>
 * The peak-day share of views is not used: it depends on the window (docs/architecture.md#analysis-windows).
 *
 * <p>Confidence: each decision's margin, in the units above (z in steps of 1.5, build-up in steps of 0.1, the
 * score as is), goes through a logistic; the class's confidence is the smallest of its decisions' (0.5 on a
 * threshold, 0.88 two units away). For an endogenous-critical burst the branching ratio's margin also counts, and
 * for a series without a burst the margin of its branching ratio below critical.
 *
 * @param burstZ                  least significance of a burst
 * @param buildupThreshold        least build-up share of an endogenous burst
 * @param criticalBranchingRatio  n* between subcritical and critical
 */
record CascadeClassifier(double burstZ, double buildupThreshold, double criticalBranchingRatio) {

    /**
     * Least growth of daily views from the first third of the window to the last ({@link DailyViews#growth()}) for
     * a series without a burst but with a critical branching ratio to be a critical cascade on a steady background
     * rather than a steady series whose branching ratio is noise: such a cascade grows about as {@code t^θ}, twice
     * over from the first third to the last at θ = 0.4.
     */
    static final double SUSTAINED_GROWTH = 1.5;

    /** Midway between the exogenous exponents 1 − θ and 1 + θ at θ = 0.4. */
    static final double EXOGENOUS_EXPONENT_SPLIT = 0.95;

    /**
     * A class with its confidence.
     *
     * @param cascadeClass the class
     * @param confidence   from 0.5 (on a threshold) towards 1
     */
    record Verdict(CascadeClass cascadeClass, double confidence) {
    }

    /**
     * Classifies.
     *
     * @param shape          the burst's shape
     * @param branchingRatio the self-exciting fit's n
     * @param exponent       the relaxation exponent α, or NaN when it could not be fitted
     * @param growth         mean daily views of the window's last third over its first third
     */
    Verdict classify(BurstShape shape, double branchingRatio, double exponent, double growth) {
        double burstMargin = (shape.significance() - burstZ) / 1.5;
        double criticalScore = (branchingRatio - criticalBranchingRatio) / 0.1;
        double growthMargin = Math.log(growth / SUSTAINED_GROWTH) / 0.1;
        if (burstMargin < 0 && criticalScore >= 0 && growthMargin >= 0) {
            // no single burst, but views kept growing and the memory explains it: a critical cascade on a steady
            // background, whose many overlapping cascades add up to growth rather than to one peak
            return new Verdict(CascadeClass.ENDOGENOUS_CRITICAL,
                    Math.min(logistic(criticalScore), logistic(growthMargin)));
        }
        if (burstMargin < 0) {
            // no burst; a critical branching ratio would contradict the class's name
            return new Verdict(CascadeClass.ENDOGENOUS_SUBCRITICAL,
                    Math.min(logistic(-burstMargin), logistic(-criticalScore)));
        }
        double buildupMargin = (shape.buildup() - buildupThreshold) / 0.1;
        if (buildupMargin >= 0) {
            double c = Math.min(logistic(burstMargin), logistic(buildupMargin));
            return new Verdict(CascadeClass.ENDOGENOUS_CRITICAL, Math.min(c, logistic(criticalScore)));
        }
        if (Double.isFinite(exponent)) {
            criticalScore += (EXOGENOUS_EXPONENT_SPLIT - exponent) / 0.2;
        }
        CascadeClass k = criticalScore >= 0 ? CascadeClass.EXOGENOUS_CRITICAL : CascadeClass.EXOGENOUS_SUBCRITICAL;
        double c = Math.min(Math.min(logistic(burstMargin), logistic(-buildupMargin)),
                logistic(Math.abs(criticalScore)));
        return new Verdict(k, c);
    }

    private static double logistic(double margin) {
        return 1 / (1 + Math.exp(-margin));
    }
}
