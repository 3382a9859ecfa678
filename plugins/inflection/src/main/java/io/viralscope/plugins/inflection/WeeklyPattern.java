package io.viralscope.plugins.inflection;

/**
 * The weekly seasonality of log daily views: one effect per day of the week ({@code k mod 7}), the median over
 * the series of each day's distance from a centred seven-day running mean (each weekday once), centred on zero. Medians keep
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

    /**
     * A cheap first look with means: no weekday's mean distance lies two standard errors from zero when there is
     * no weekly rhythm, and the robust medians need not be computed (most short series; a long one, whose shocks
     * inflate the spread, always gets the robust test).
     */
    private static boolean plausible(double[][] byWeekday, int[] counts, double[] all, int total) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < total; i++) {
            sum += all[i];
            squares += all[i] * all[i];
        }
        double mean = sum / total;
        double sd = Math.sqrt(Math.max(0, squares / total - mean * mean));
        for (int w = 0; w < 7; w++) {
            double m = 0;
            for (int i = 0; i < counts[w]; i++) {
                m += byWeekday[w][i];
            }
            if (Math.abs(m / counts[w] - mean) >= 2 * sd / Math.sqrt(counts[w])) {
                return true;
            }
        }
        return false;
    }

    /** Seasonal effect {@code s_k} of every day (zeros when there is no significant weekly rhythm). */
    static double[] of(DailyIncrements days) {
        int n = days.size();
        if (n < 21) {
            return new double[n];
        }
        double[][] byWeekday = new double[7][n / 7 + 1];
        int[] counts = new int[7];
        double[] all = new double[n];
        int total = deviations(days, byWeekday, counts, all);
        int fewest = fewest(counts);
        if (fewest < 3 || n <= InflectionDetector.LONG_SERIES_DAYS && !plausible(byWeekday, counts, all, total)) {
            return new double[n];
        }
        double[] effect = significantEffects(byWeekday, counts, all, total, fewest);
        return effect == null ? new double[n] : everyDay(effect, n);
    }

    /**
     * Writes each day's distance from the centred seven-day mean (days whose week is all usable) to its weekday's
     * row and to {@code all}; returns how many.
     */
    private static int deviations(DailyIncrements days, double[][] byWeekday, int[] counts, double[] all) {
        int n = days.size();
        double[] y = days.logs();
        double[] w = days.usable();
        int total = 0;
        // a centred seven-day mean holds each weekday once; the medians keep shocks out
        double sum = 0;
        int usable = 0;
        for (int j = 0; j < 2 * HALF + 1; j++) {
            sum += y[j] * w[j];
            usable += days.isUsable(j) ? 1 : 0;
        }
        for (int k = HALF; k < n - HALF; k++) {
            if (k > HALF) {
                sum += y[k + HALF] * w[k + HALF] - y[k - HALF - 1] * w[k - HALF - 1];
                usable += (days.isUsable(k + HALF) ? 1 : 0) - (days.isUsable(k - HALF - 1) ? 1 : 0);
            }
            if (usable < 2 * HALF + 1) {
                continue;
            }
            double d = y[k] - sum / (2 * HALF + 1);
            byWeekday[k % 7][counts[k % 7]++] = d;
            all[total++] = d;
        }
        return total;
    }

    private static int fewest(int[] counts) {
        int fewest = Integer.MAX_VALUE;
        for (int c : counts) {
            fewest = Math.min(fewest, c);
        }
        return fewest;
    }

    /**
     * The seven weekday effects, centred, or null when the largest is within three standard errors of a weekday
     * median. Reorders the rows and {@code all}.
     */
    private static double[] significantEffects(double[][] byWeekday, int[] counts, double[] all, int total,
                                               int fewest) {
        double[] effect = new double[7];
        double mean = 0;
        for (int w = 0; w < 7; w++) {
            effect[w] = NoiseScale.median(byWeekday[w], counts[w]);
            mean += effect[w] / 7;
        }
        double spread = NoiseScale.medianAbsoluteDeviation(all, total) / 0.6745;
        double largest = 0;
        for (int w = 0; w < 7; w++) {
            effect[w] -= mean;
            largest = Math.max(largest, Math.abs(effect[w]));
        }
        // a median's standard error is about 1.25 σ/√m
        return largest < SIGNIFICANT * 1.25 * spread / Math.sqrt(fewest) ? null : effect;
    }

    private static double[] everyDay(double[] effect, int n) {
        double[] seasonal = new double[n];
        for (int k = 0; k < n; k++) {
            seasonal[k] = effect[k % 7];
        }
        return seasonal;
    }

    /** {@code logs − seasonal}, day by day: log daily views without the weekly pattern. */
    static double[] remove(double[] logs, double[] seasonal) {
        double[] z = logs.clone();
        for (int k = 0; k < z.length; k++) {
            z[k] -= seasonal[k];
        }
        return z;
    }
}
