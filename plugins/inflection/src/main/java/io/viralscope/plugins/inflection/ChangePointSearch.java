package io.viralscope.plugins.inflection;

import java.util.List;

/**
 * The change points of log daily views without their weekly pattern: PELT with penalty {@code β = f·σ̂²·ln n}
 * ({@link PeltSegmentation}), beyond a year with the long-run noise and a weekly stride placed to the day
 * afterwards, each change then told kink or step ({@link ChangePointRefinement}).
 */
final class ChangePointSearch {

    private ChangePointSearch() {
    }

    /**
     * @param z             log daily views without the weekly pattern
     * @param usable        1 for every usable day, shocks included: the penalty must not hinge on which shocks
     *                      were found
     * @param sigma         the day-to-day noise scale σ̂
     * @param penaltyFactor f
     */
    static List<ChangePoint> find(PiecewiseLinearCost cost, double[] z, double[] usable, double sigma,
                                  double penaltyFactor, int minSegment) {
        int n = z.length;
        // beyond a year, weeks-long wander is noise to a change-point search, and the search takes weekly strides
        boolean longSeries = n > InflectionDetector.LONG_SERIES_DAYS;
        double sigmaLongRun = longSeries ? Math.max(sigma, NoiseScale.longRun(z, usable)) : sigma;
        double penalty = penaltyFactor * sigmaLongRun * sigmaLongRun * Math.log(n);
        int stride = longSeries ? 7 : 1;
        int[] changes = PeltSegmentation.segment(cost, n, penalty, minSegment, stride).changes();
        if (stride > 1) {
            changes = ChangePointRefinement.place(cost, changes, n, minSegment, stride);
        }
        return ChangePointRefinement.refine(cost, changes, n, sigmaLongRun, minSegment);
    }
}
