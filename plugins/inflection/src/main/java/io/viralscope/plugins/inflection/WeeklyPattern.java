package io.viralscope.plugins.inflection;

/**
 * The weekly seasonality of log daily views: one effect per day of the week ({@code k mod 7}), the median over
 * the series of each day's distance from a centred seven-day running median, centred on zero. Medians keep
 * shocks and steps out of it. Kept only when it stands out from the noise (its largest effect at least three
 * standard errors of a weekday median), so a series without a weekly rhythm is not given one by chance.
 * Detectors compare days with the same weekday's expectation through it: a Saturday that is always busy is not
 * a shock, and a weekly rhythm is not a run of change points.
 */
final class WeeklyPattern {

    private static final int HALF = 3;
    private static final double SIGNIFICANT = 3;

    private WeeklyPattern() {
    }

    /** Seasonal effect {@code s_k} of every day (zeros when there is no significant weekly rhythm). */
    static double[] of(DailyIncrements days) {
        int n = days.size();
        double[] seasonal = new double[n];
        if (n < 21) {
            return seasonal;
        }
        double[] y = days.logs();
        double[] window = new double[2 * HALF + 1];
        double[][] byWeekday = new double[7][n / 7 + 1];
        int[] counts = new int[7];
        double[] all = new double[n];
        int total = 0;
        for (int k = HALF; k < n - HALF; k++) {
            if (!days.isUsable(k)) {
                continue;
            }
            int m = 0;
            for (int j = k - HALF; j <= k + HALF; j++) {
                if (days.isUsable(j)) {
                    window[m++] = y[j];
                }
            }
            if (m < 2 * HALF + 1) {
                continue;
            }
            double d = y[k] - NoiseScale.median(window, m);
            byWeekday[k % 7][counts[k % 7]++] = d;
            all[total++] = d;
        }
        int fewest = Integer.MAX_VALUE;
        for (int c : counts) {
            fewest = Math.min(fewest, c);
        }
        if (fewest < 3) {
            return seasonal;
        }
        double[] effect = new double[7];
        double mean = 0;
        for (int w = 0; w < 7; w++) {
            effect[w] = NoiseScale.median(byWeekday[w], counts[w]);
            mean += effect[w] / 7;
        }
        double centre = NoiseScale.median(all, total);
        for (int i = 0; i < total; i++) {
            all[i] = Math.abs(all[i] - centre);
        }
        double spread = NoiseScale.median(all, total) / 0.6745;
        double largest = 0;
        for (int w = 0; w < 7; w++) {
            effect[w] -= mean;
            largest = Math.max(largest, Math.abs(effect[w]));
        }
        // a median's standard error is about 1.25 σ/√m
        if (largest < SIGNIFICANT * 1.25 * spread / Math.sqrt(fewest)) {
            return seasonal;
        }
        for (int k = 0; k < n; k++) {
            seasonal[k] = effect[k % 7];
        }
        return seasonal;
    }
}
