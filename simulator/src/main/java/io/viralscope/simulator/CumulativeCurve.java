package io.viralscope.simulator;

/** A smooth cumulative-views curve N(t), t in days since the first sample. */
interface CumulativeCurve {

    /** Expected cumulative views at {@code t} days. */
    double cumulative(double t);

    /** Named parameters for the ground truth, in snake_case. */
    java.util.Map<String, Double> parameters();

    /** Expected views gained from day {@code k} to day {@code k + 1}, for k = 0 .. days − 1. */
    default double[] expectedDailyViews(int days) {
        double[] x = new double[days];
        double previous = cumulative(0);
        for (int k = 0; k < days; k++) {
            double next = cumulative(k + 1);
            x[k] = Math.max(0, next - previous);
            previous = next;
        }
        return x;
    }
}
