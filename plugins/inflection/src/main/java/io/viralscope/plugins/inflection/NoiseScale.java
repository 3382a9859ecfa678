package io.viralscope.plugins.inflection;

/**
 * The noise level σ̂ of log daily views, robust to change points and shocks: {@code σ̂ = MAD(Δy) / (0.6745·√2)}
 * over consecutive usable days, the median absolute deviation of first differences (Killick et al. 2012 use this
 * scale for PELT's penalty; the differences cancel level and slope, the median ignores the few jumps). The factor
 * 0.6745 makes the MAD consistent for a normal σ; √2 undoes the differencing. A floor keeps a near-noiseless
 * series (10<sup>12</sup> views, pure Poisson noise) from turning every bit of curvature into a change.
 */
final class NoiseScale {

    /** Lowest σ̂ used: 5% day-to-day noise, below what real daily views show. */
    static final double FLOOR = 0.05;

    private NoiseScale() {
    }

    static double of(DailyIncrements days) {
        double[] y = days.logs();
        double[] diffs = new double[y.length];
        int m = 0;
        for (int k = 1; k < y.length; k++) {
            if (days.isUsable(k) && days.isUsable(k - 1)) {
                diffs[m++] = y[k] - y[k - 1];
            }
        }
        if (m < 2) {
            return FLOOR;
        }
        return Math.max(FLOOR, medianAbsoluteDeviation(diffs, m) / (0.6745 * Math.sqrt(2)));
    }

    /**
     * The noise scale that matters over weeks: {@code √7} times the robust σ of the changes between consecutive
     * weeks' mean log daily views (weeks with at least five weighted days), 0 with fewer than four weeks. For
     * independent days it equals the day-to-day σ̂; real levels also wander for weeks, which a penalty set by the
     * day-to-day noise alone reads as a run of change points.
     */
    static double longRun(double[] y, double[] weight) {
        return Math.max(blockScale(y, weight, 7), blockScale(y, weight, 28));
    }

    /** √B times the robust σ of the changes between consecutive B-day blocks' means, 0 with fewer than 8 blocks. */
    private static double blockScale(double[] y, double[] weight, int block) {
        int blocks = y.length / block;
        if (blocks < 8) {
            return 0;
        }
        double[] means = new double[blocks];
        for (int w = 0; w < blocks; w++) {
            double sw = 0;
            double sy = 0;
            for (int k = block * w; k < block * w + block; k++) {
                sw += weight[k];
                sy += weight[k] * y[k];
            }
            means[w] = sw >= 5.0 / 7 * block ? sy / sw : Double.NaN;
        }
        double[] diffs = new double[blocks];
        int d = 0;
        for (int w = 1; w < blocks; w++) {
            if (!Double.isNaN(means[w]) && !Double.isNaN(means[w - 1])) {
                diffs[d++] = means[w] - means[w - 1];
            }
        }
        if (d < 3) {
            return 0;
        }
        return Math.sqrt(block) * medianAbsoluteDeviation(diffs, d) / (0.6745 * Math.sqrt(2));
    }

    /** The median absolute deviation from the median of the first {@code m >= 1} values; overwrites them. */
    static double medianAbsoluteDeviation(double[] values, int m) {
        double median = median(values, m);
        for (int i = 0; i < m; i++) {
            values[i] = Math.abs(values[i] - median);
        }
        return median(values, m);
    }

    /** The median of the first {@code m >= 1} values, by quickselect (Hoare 1961) in O(m); reorders them. */
    static double median(double[] values, int m) {
        double upper = select(values, m, m / 2);
        if (m % 2 == 1) {
            return upper;
        }
        double lower = values[0];
        for (int i = 1; i < m / 2; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + upper) / 2;
    }

    /** The k-th smallest of the first m values; afterwards values[0..k) are all at most it. */
    private static double select(double[] a, int m, int k) {
        int lo = 0;
        int hi = m - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
