package io.viralscope.plugins.inflection;

/**
 * Centred moving average of daily views over usable days ({@code 2·halfWidth + 1} days, fewer at the ends), in
 * O(n) from running sums. Days without any usable neighbour get the previous smoothed value.
 */
final class MovingAverage {

    private MovingAverage() {
    }

    static double[] of(double[] x, double[] usable, int halfWidth) {
        int n = x.length;
        double[] sum = new double[n + 1];
        double[] count = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + usable[i] * x[i];
            count[i + 1] = count[i] + usable[i];
        }
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - halfWidth);
            int b = Math.min(n, i + halfWidth + 1);
            double c = count[b] - count[a];
            s[i] = c > 0 ? (sum[b] - sum[a]) / c : (i > 0 ? s[i - 1] : 0);
        }
        return s;
    }
}
