package io.viralscope.plugins.campaign;

import java.util.Arrays;

/**
 * An estimate with its 80% interval: the 10th and 90th percentiles of the estimate over replicate series drawn from
 * the fitted model.
 *
 * @param value the estimate from the series itself
 * @param low   10th percentile
 * @param high  90th percentile
 */
record Interval(double value, double low, double high) {

    static Interval of(double value, double[] replicates) {
        double[] s = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
        if (s.length == 0) {
            return new Interval(value, Double.NaN, Double.NaN);
        }
        return new Interval(value, percentile(s, 0.1), percentile(s, 0.9));
    }

    private static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** This interval stretched to hold {@code low..high} too (a range left infinite when nothing was in it). */
    Interval widenedTo(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return this;
        }
        return new Interval(value, Double.isFinite(low) ? Math.min(low, lo) : lo,
                Double.isFinite(high) ? Math.max(high, hi) : hi);
    }

    boolean contains(double x) {
        return x >= low && x <= high;
    }
}
