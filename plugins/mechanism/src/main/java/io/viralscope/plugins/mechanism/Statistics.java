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

    /**
     * The {@code q}-quantile of {@code values[0..count)} by linear interpolation, or NaN when empty. The two order
     * statistics it needs are selected (quickselect) rather than the whole prefix sorted; they are the very values
     * a sort would put there. Where a sort's order is finer than {@code <} (signed zeros, NaN), it sorts.
     */
    static double quantile(double[] values, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(values, count);
        double pos = q * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(count - 1, lo + 1);
        double low;
        double high;
        if (count > SELECT_FROM && !hasNaN(s)) {
            select(s, lo);
            low = s[lo];
            high = hi == lo ? low : smallest(s, lo + 1, count);
            if (low != 0 && high != 0) {
                return low + (pos - lo) * (high - low);
            }
        }
        Arrays.sort(s);
        low = s[lo];
        high = s[hi];
        return low + (pos - lo) * (high - low);
    }

    /** Below this many values a sort is as quick as a selection. */
    private static final int SELECT_FROM = 16;

    private static boolean hasNaN(double[] s) {
        for (double v : s) {
            if (v != v) {
                return true;
            }
        }
        return false;
    }

    private static double smallest(double[] s, int from, int to) {
        double m = s[from];
        for (int i = from + 1; i < to; i++) {
            m = Math.min(m, s[i]);
        }
        return m;
    }

    /**
     * Rearranges {@code s} so that {@code s[k]} holds the value a sort would put there, the values before it no
     * larger and those after it no smaller (Hoare's selection, median-of-three pivots).
     */
    static void select(double[] s, int k) {
        int left = 0;
        int right = s.length - 1;
        while (right > left) {
            int mid = (left + right) >>> 1;
            double pivot = medianOfThree(s[left], s[mid], s[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (s[i] < pivot) {
                    i++;
                }
                while (s[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = s[i];
                    s[i] = s[j];
                    s[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
