package io.viralscope.plugins.mechanism;

import java.util.Arrays;

/** Order statistics the mechanism detector needs, on prefixes of arrays. */
final class Statistics {

    private Statistics() {
    }

    /** The median of {@code values[0..count)}, or NaN when {@code count} is 0; does not change the array. */
    static double median(double[] values, int count) {
        return quantile(values, count, 0.5);
    }

    /** The {@code q}-quantile of {@code values[0..count)} by linear interpolation, or NaN when empty. */
    static double quantile(double[] values, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(values, count);
        Arrays.sort(s);
        double pos = q * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(count - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
