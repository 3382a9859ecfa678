package io.viralscope.plugins.forecast;

/**
 * One model's predictive distribution of cumulative views at one horizon: a central forecast with its 80%
 * interval, never below the views already counted, and its summary in log space ({@code u = ln(1 + views)}, finite
 * even at zero views) for combining models.
 *
 * @param median  the central forecast, views
 * @param low     the 10th percentile, views
 * @param high    the 90th percentile, views
 * @param logMean the mean of {@code u}
 * @param logSd   the standard deviation of {@code u}
 */
record Prediction(double median, double low, double high, double logMean, double logSd) {

    /** The 90th percentile of the standard normal: an 80% central interval is ±1.2816 standard deviations. */
    static final double Z80 = 1.2815515655446004;

    /** The log-normal prediction with mean {@code logMean} and deviation {@code logSd} of {@code u}, floored. */
    static Prediction logNormal(double logMean, double logSd, double floor) {
        double median = Math.max(floor, Math.expm1(logMean));
        double low = Math.max(floor, Math.min(median, Math.expm1(logMean - Z80 * logSd)));
        double high = Math.max(median, Math.expm1(logMean + Z80 * logSd));
        return new Prediction(median, low, high, Math.log1p(median), logSd);
    }

    /**
     * This prediction with its median and bounds at most {@code cap} views; the log-space summary, used only to
     * combine models, is kept.
     */
    Prediction capped(double cap) {
        return new Prediction(Math.min(median, cap), Math.min(low, cap), Math.min(high, cap), logMean, logSd);
    }

    /**
     * The combination of two models' predictions: weights inversely proportional to their variances of {@code u}
     * (Bates &amp; Granger, "The combination of forecasts", Operational Research Quarterly 20, 1969), summarised as a
     * log-normal with the weighted mixture's mean and variance, {@code m = w₁m₁ + w₂m₂},
     * {@code v = w₁v₁ + w₂v₂ + w₁(m₁ − m)² + w₂(m₂ − m)²}, so disagreement between the models widens the interval.
     */
    static Prediction combine(Prediction a, Prediction b, double floor) {
        double va = Math.max(1e-12, a.logSd * a.logSd);
        double vb = Math.max(1e-12, b.logSd * b.logSd);
        double wa = vb / (va + vb);
        double wb = 1 - wa;
        double m = wa * a.logMean + wb * b.logMean;
        double v = wa * va + wb * vb + wa * (a.logMean - m) * (a.logMean - m) + wb * (b.logMean - m) * (b.logMean - m);
        return logNormal(m, Math.sqrt(v), floor);
    }
}
