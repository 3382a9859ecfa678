package io.viralscope.plugins.growth;

import io.viralscope.api.DailyGrid;

/**
 * The daily views a growth model is fitted to, in a scaled unit so that fits behave the same for ten views and
 * 10<sup>12</sup>: one scaled view is the window's total growth (last grid point minus first).
 *
 * <p>Day {@code k} is the increment from grid point {@code k} to {@code k + 1}. A day with either end inside a gap of
 * the samples is interpolated, not observed, and is left out of the residuals.
 *
 * <h2>Weights</h2>
 * Daily views vary in proportion to their level (a 10% day-to-day wobble on 100 views and on 100,000), so plain least
 * squares lets the few busiest days decide, and its residual variance, averaged over quiet and busy days, makes
 * every extra parameter look significant to AICc. Residuals are therefore weighted by {@code 1/s_k}, with
 * {@code s_k} the week-long moving average of the observed views, floored at {@link #WEIGHT_FLOOR} of its maximum
 * and at {@link #WEIGHT_FLOOR_VIEWS} views a day, where counting noise dominates. The weights come from the data
 * alone, so every model is scored on the same scale and AICc comparisons stay valid. Immutable: its arrays are
 * handed out without a copy (the fits read them thousands of times a series) and no caller writes to them.
 */
final class ViewIncrements {

    /** Fewest remaining views a saturating model may claim, in window growths. */
    static final double MIN_REMAINING = 0.05;
    /** Most remaining views a saturating model may claim, in window growths; beyond, saturation is not in sight. */
    static final double MAX_REMAINING = 1e4;
    /**
     * Slack when comparing the views a curve places before the first sample with those counted there, in window
     * growths: a curve's far tail is an extrapolation, not a measurement.
     */
    static final double LEVEL_SLACK = 0.005;
    /** Smallest level for weighting, as a fraction of the largest smoothed daily views. */
    static final double WEIGHT_FLOOR = 0.05;
    /** Smallest level for weighting, in views a day: below it counting noise, not proportional noise, dominates. */
    static final double WEIGHT_FLOOR_VIEWS = 10;
    /** Half-width, in days, of the moving average that sets the weights: a week, to even out weekdays. */
    static final int WEIGHT_HALF_WINDOW = 3;

    private final int days;
    private final int[] observedDays;
    private final double[] observed;
    private final double[] weights;
    private final double scale;
    private final double startLevel;
    private final int growingDays;
    // computed once: every fit of the series is scored against them
    private final double[] weightedObserved;
    private final double totalSumOfSquares;
    private final double weightedTotalSumOfSquares;

    private ViewIncrements(int days, int[] observedDays, double[] observed, double[] weights, double scale,
                           double startLevel, int growingDays) {
        this.days = days;
        this.observedDays = observedDays;
        this.observed = observed;
        this.weights = weights;
        this.scale = scale;
        this.startLevel = startLevel;
        this.growingDays = growingDays;
        this.weightedObserved = times(weights, observed);
        this.totalSumOfSquares = totalSumOfSquares(observed);
        this.weightedTotalSumOfSquares = weightedTotalSumOfSquares(weights, observed);
    }

    /** The increments of {@code grid}; all days are kept, gap days are marked unobserved. */
    static ViewIncrements of(DailyGrid grid) {
        double[] views = grid.cumulativeViews();
        double[] daily = grid.dailyViews();
        double growth = views.length == 0 ? 0 : views[views.length - 1] - views[0];
        double scale = growth > 0 ? growth : 1;
        double[] x = new double[daily.length];
        int count = 0;
        for (int k = 0; k < daily.length; k++) {
            x[k] = daily[k] / scale;
            if (grid.usableDay(k)) {
                count++;
            }
        }
        int[] rows = new int[count];
        double[] observed = new double[count];
        int growing = 0;
        for (int k = 0, i = 0; k < daily.length; k++) {
            if (grid.usableDay(k)) {
                rows[i] = k;
                observed[i++] = x[k];
                if (x[k] > 0) {
                    growing++;
                }
            }
        }
        double start = views.length == 0 ? 0 : views[0] / scale;
        return new ViewIncrements(x.length, rows, observed, weights(rows, observed, scale), scale, start, growing);
    }

    private static double[] weights(int[] rows, double[] observed, double scale) {
        double[] level = movingAverage(rows, observed, WEIGHT_HALF_WINDOW);
        double max = 0;
        for (double v : level) {
            max = Math.max(max, v);
        }
        double floor = Math.max(WEIGHT_FLOOR * max, WEIGHT_FLOOR_VIEWS / scale);
        double[] w = new double[level.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 / Math.max(level[i], floor);
        }
        return w;
    }

    /** Centred moving average of {@code y} over the entries whose day lies within {@code halfWindow} days. */
    static double[] movingAverage(int[] day, double[] y, int halfWindow) {
        double[] out = new double[y.length];
        int lo = 0;
        int hi = 0;
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            while (hi < y.length && day[hi] <= day[i] + halfWindow) {
                sum += y[hi++];
            }
            while (day[lo] < day[i] - halfWindow) {
                sum -= y[lo++];
            }
            out[i] = sum / (hi - lo);
        }
        return out;
    }

    /** Number of days, observed or not. */
    int days() {
        return days;
    }

    /** Number of observed days (outside gaps): the {@code n} of the fit. */
    int observedDays() {
        return observed.length;
    }

    /** Observed days on which views grew. */
    int growingDays() {
        return growingDays;
    }

    /** The day index of each observed increment (shared, not copied: callers only read it). */
    int[] observedDayIndices() {
        return observedDays;
    }

    /** The observed increments, scaled, in day order (shared, not copied: callers only read them). */
    double[] observed() {
        return observed;
    }

    /** The weight of each observed increment's residual, {@code 1/s_k} (shared: callers only read them). */
    double[] weights() {
        return weights;
    }

    /** The observed increments times their weights: the least-squares target (shared: callers only read it). */
    double[] weightedObserved() {
        return weightedObserved;
    }

    private static double[] times(double[] weights, double[] observed) {
        double[] out = new double[observed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] * observed[i];
        }
        return out;
    }

    /** Views per scaled view. */
    double scale() {
        return scale;
    }

    /** Views counted at the first grid point, scaled: {@code C0}. */
    double startLevel() {
        return startLevel;
    }

    /** Most views a whole-life curve may place before the first grid point: {@code C0} plus the slack (scaled). */
    double levelCap() {
        return startLevel + LEVEL_SLACK + 1 / scale;
    }

    /** Weighted residual sum of squares of full-length model increments over the observed days: what fits minimise. */
    double weightedResidualSumOfSquares(double[] modelIncrements) {
        double rss = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = weights[i] * (observed[i] - modelIncrements[observedDays[i]]);
            rss += d * d;
        }
        return rss;
    }

    /** Weighted sum of squares of the observed increments about their weighted mean. */
    double weightedTotalSumOfSquares() {
        return weightedTotalSumOfSquares;
    }

    private static double weightedTotalSumOfSquares(double[] weights, double[] observed) {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < observed.length; i++) {
            double w2 = weights[i] * weights[i];
            sw += w2;
            swy += w2 * observed[i];
        }
        double mean = swy / sw;
        double tss = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = weights[i] * (observed[i] - mean);
            tss += d * d;
        }
        return tss;
    }

    /** Plain residual sum of squares of full-length model increments over the observed days, for R². */
    double residualSumOfSquares(double[] modelIncrements) {
        double rss = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - modelIncrements[observedDays[i]];
            rss += d * d;
        }
        return rss;
    }

    /** Total sum of squares of the observed increments about their mean. */
    double totalSumOfSquares() {
        return totalSumOfSquares;
    }

    private static double totalSumOfSquares(double[] observed) {
        double mean = 0;
        for (double x : observed) {
            mean += x;
        }
        mean /= observed.length;
        double tss = 0;
        for (double x : observed) {
            tss += (x - mean) * (x - mean);
        }
        return tss;
    }
}
