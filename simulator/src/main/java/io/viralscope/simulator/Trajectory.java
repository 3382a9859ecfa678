package io.viralscope.simulator;

import java.util.List;
import java.util.Map;

/**
 * One family's simulated daily views with what is known about them, before engagement and sampling.
 *
 * @param initialViews     cumulative views at the first sample
 * @param dailyViews       realised views of day k (from sample k to sample k + 1)
 * @param expected         expected views of day k (for cascades: given the days before)
 * @param parameters       the family's parameters, snake_case
 * @param changePointDays  days where the regime changes
 * @param shockDay         day of the exogenous shock, or null
 * @param inflectionDay    day of the smooth curve's daily-views maximum, or null
 * @param branchingRatio   n of a cascade, or null
 * @param relaxationExponent α the noise-free burst relaxes with inside the window ({@link WindowRelaxation}), or null
 * @param asymptoticRelaxationExponent α of Crane &amp; Sornette's theory for the family, or null
 */
record Trajectory(long initialViews, long[] dailyViews, double[] expected, Map<String, Double> parameters,
                  List<Integer> changePointDays, Integer shockDay, Integer inflectionDay, Double branchingRatio,
                  Double relaxationExponent, Double asymptoticRelaxationExponent) {

    /** Index of the largest value, the first one on ties. */
    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Realised daily views drawn around {@code expected}. */
    static long[] drawAround(double[] expected, double dispersion, CountSampler noise) {
        long[] x = new long[expected.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = noise.negativeBinomial(expected[k], dispersion);
        }
        return x;
    }
}
