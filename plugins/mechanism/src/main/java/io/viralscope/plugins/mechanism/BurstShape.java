package io.viralscope.plugins.mechanism;

/**
 * The shape of the main burst of daily views: how far the peak stands above the typical day, how views built up
 * before it, and how much of the window it holds (docs/architecture.md#mechanism-classes; Crane &amp; Sornette, PNAS 105, 2008).
 *
 * <ul>
 *   <li><b>Peak</b>: the largest usable daily increment.</li>
 *   <li><b>Significance</b>: {@code z = ln((x_p + 1)/(m + 1))/σ}, the peak's height over the median day {@code m}
 *       in units of the day-to-day noise σ of log daily views ({@code 1.4826·MAD(Δ ln(1 + x))/√2}, floored at
 *       0.02, days next to the peak left out).</li>
 *   <li><b>Baseline</b> before the burst: the median of the first third of the days before the peak (at least
 *       three); with fewer than three days before the peak, the lower quartile of the window.</li>
 *   <li><b>Build-up</b>: the mean of the up to three days before the peak above the baseline, as a share of the
 *       peak above the baseline. An exogenous shock jumps from the baseline (near 0); an endogenous burst rises
 *       nearly symmetrically to its decay (about 0.4 to 0.9).</li>
 *   <li><b>Burst weight</b>: the share of the window's views above the baseline.</li>
 * </ul>
 *
 * @param peakDay      day of the peak
 * @param peakViews    its daily views
 * @param typicalViews median daily views of the window
 * @param noise        σ, day-to-day noise of log daily views
 * @param significance z
 * @param baseline     daily views before the burst
 * @param buildup      build-up share, within [−1, 1]
 * @param burstWeight  share of views above the baseline, within [0, 1]
 */
record BurstShape(int peakDay, double peakViews, double typicalViews, double noise, double significance,
                  double baseline, double buildup, double burstWeight) {

    static final double MIN_NOISE = 0.02;
    private static final int BUILDUP_DAYS = 3;

    /** The burst shape of {@code days}, which must have a usable day with views. */
    static BurstShape of(DailyViews days) {
        double[] x = days.views();
        boolean[] usable = days.usable();
        int n = x.length;
        int peak = peak(x, usable);
        double typical = days.median(0, n);
        double noise = noise(x, usable, peak);
        double significance = Math.log((x[peak] + 1) / (typical + 1)) / noise;

        double baseline = days.median(0, Math.max(BUILDUP_DAYS, peak / 3));
        if (peak < BUILDUP_DAYS || Double.isNaN(baseline)) {
            baseline = lowerQuartile(x, usable);
        }
        double height = x[peak] - baseline;
        double buildup = buildup(x, usable, peak, baseline, height);
        double weight = burstWeight(x, usable, baseline);
        return new BurstShape(peak, x[peak], typical, noise, significance, baseline, buildup, weight);
    }

    /** The first usable day of the largest views. */
    private static int peak(double[] x, boolean[] usable) {
        int peak = -1;
        for (int k = 0; k < x.length; k++) {
            if (usable[k] && (peak < 0 || x[k] > x[peak])) {
                peak = k;
            }
        }
        return peak;
    }

    private static double lowerQuartile(double[] x, boolean[] usable) {
        double[] v = new double[x.length];
        int m = 0;
        for (int k = 0; k < x.length; k++) {
            if (usable[k]) {
                v[m++] = x[k];
            }
        }
        return Statistics.quantile(v, m, 0.25);
    }

    /** The build-up share of a burst {@code height} above {@code baseline} that peaks on day {@code peak}. */
    private static double buildup(double[] x, boolean[] usable, int peak, double baseline, double height) {
        double before = 0;
        int counted = 0;
        for (int k = peak - 1; k >= Math.max(0, peak - BUILDUP_DAYS); k--) {
            if (usable[k]) {
                before += x[k];
                counted++;
            }
        }
        // a series that starts inside the build-up window (tracking began during the burst, or a launch that is
        // highest on its first days) shows no build-up: what came before its first day is not seen
        boolean unseen = peak - BUILDUP_DAYS < firstUsable(usable);
        return unseen || counted == 0 || height <= 0 ? 0
                : Math.max(-1, Math.min(1, (before / counted - baseline) / height));
    }

    /** The share of the usable days' views above {@code baseline}. */
    private static double burstWeight(double[] x, boolean[] usable, double baseline) {
        double total = 0;
        double above = 0;
        for (int k = 0; k < x.length; k++) {
            if (usable[k]) {
                total += x[k];
                above += Math.max(0, x[k] - baseline);
            }
        }
        return total > 0 ? above / total : 0;
    }

    private static int firstUsable(boolean[] usable) {
        for (int k = 0; k < usable.length; k++) {
            if (usable[k]) {
                return k;
            }
        }
        return usable.length;
    }

    private static double noise(double[] x, boolean[] usable, int peak) {
        double[] d = new double[x.length];
        int m = logChanges(x, usable, peak, d);
        if (m < 2) {
            return MIN_NOISE;
        }
        absoluteDeviations(d, m, Statistics.median(d, m));
        return Math.max(MIN_NOISE, 1.4826 * Statistics.median(d, m) / Math.sqrt(2));
    }

    /** The day-to-day changes of log daily views between usable days, the peak left out, into {@code d}. */
    private static int logChanges(double[] x, boolean[] usable, int peak, double[] d) {
        int m = 0;
        for (int k = 1; k < x.length; k++) {
            if (usable[k] && usable[k - 1] && k != peak && k - 1 != peak) {
                d[m++] = Math.log1p(x[k]) - Math.log1p(x[k - 1]);
            }
        }
        return m;
    }

    private static void absoluteDeviations(double[] d, int m, double center) {
        for (int i = 0; i < m; i++) {
            d[i] = Math.abs(d[i] - center);
        }
    }
}
