package io.viralscope.plugins.forecast;

/**
 * The growth model: daily views follow a damped exponential trend, a saturating growth model fitted to the daily
 * increments (as docs/architecture.md#growth-curves does, not the cumulative curve). The log of daily views,
 * {@code y_k = ln(1 + x_k)}, is fitted by weighted least squares as a line {@code a + b·s} over the last
 * {@value #WINDOW_DAYS} days ({@code s = 0} on the last day), recent days weighing more (half-weight after
 * {@value #HALF_LIFE_DAYS} days). Ahead, the trend is damped (Gardner &amp; McKenzie, "Forecasting trends in time
 * series", Management Science 31, 1985):
 * <pre>
 *   x̂_{T+k} = exp(a + b·(φ + φ² + … + φ^k)) − 1,   φ = 0.85
 * </pre>
 * so a falling trend ({@code b < 0}) saturates the cumulative curve and a rising one levels off instead of
 * exploding. The slope is held within [−0.5, 0.3] per day.
 *
 * <p>Interval: the views gained over the horizon, {@code F = Σ x̂}, are log-normal with variance
 * {@code Var(a) + 2·S̄·Cov(a, b) + S̄²·Var(b) + σ²/h_eff + (δ·k̄)²}: the fit's parameter covariance at the mean
 * damped lead {@code S̄}, the days' own scatter σ averaged over {@code h_eff} days, and a drift δ = 0.08 of the log
 * daily level per day ahead for changes no trend foresees, at the mean lead {@code k̄} (weights: each day's share
 * of {@code F}). With fewer than three days the scatter takes the default {@value #DEFAULT_SIGMA}. Stateless.
 */
final class DampedTrendForecast {

    static final int WINDOW_DAYS = 21;
    static final double HALF_LIFE_DAYS = 7;
    static final double DAMPING = 0.85;
    static final double MIN_SLOPE = -0.5;
    static final double MAX_SLOPE = 0.3;
    /** Scatter of log daily views assumed when too few days show it. */
    static final double DEFAULT_SIGMA = 0.3;
    /** Least scatter of log daily views: counting and weekday effects never vanish. */
    static final double MIN_SIGMA = 0.05;
    /**
     * Uncertainty of the trend itself, per day ahead: the log daily level may stray {@code δ·k} from the fitted trend
     * {@code k} days ahead (a shift of slope no past day foresees). Calibrated on the simulator's backtest.
     */
    static final double DRIFT = 0.08;

    private final double level;
    private final double slope;
    private final double varLevel;
    private final double varSlope;
    private final double covariance;
    private final double sigma;
    private final double lastViews;

    private DampedTrendForecast(double level, double slope, double varLevel, double varSlope, double covariance,
                                double sigma, double lastViews) {
        this.level = level;
        this.slope = slope;
        this.varLevel = varLevel;
        this.varSlope = varSlope;
        this.covariance = covariance;
        this.sigma = sigma;
        this.lastViews = lastViews;
    }

    /** Fits the trend to the last days of {@code views}, which has at least one usable day. */
    static DampedTrendForecast fit(CumulativeViews views) {
        int days = views.days();
        int from = Math.max(0, days - WINDOW_DAYS);
        double sw = 0;
        double sws = 0;
        double swss = 0;
        double swy = 0;
        double swsy = 0;
        double sww = 0;
        int n = 0;
        for (int k = from; k < days; k++) {
            if (!views.usable()[k]) {
                continue;
            }
            double s = k - (days - 1);
            double w = Math.pow(0.5, -s / HALF_LIFE_DAYS);
            double y = Math.log1p(views.daily(k));
            sw += w;
            sws += w * s;
            swss += w * s * s;
            swy += w * y;
            swsy += w * s * y;
            sww += w * w;
            n++;
        }
        double det = sw * swss - sws * sws;
        boolean slopeKnown = n >= 2 && det > 1e-12 * sw * swss;
        double b = slopeKnown ? (sw * swsy - sws * swy) / det : 0;
        b = Math.max(MIN_SLOPE, Math.min(MAX_SLOPE, b));
        double a = (swy - b * sws) / sw;  // the level that goes with the (held) slope
        double rss = 0;
        for (int k = from; k < days; k++) {
            if (views.usable()[k]) {
                double s = k - (days - 1);
                double r = Math.log1p(views.daily(k)) - a - b * s;
                rss += Math.pow(0.5, -s / HALF_LIFE_DAYS) * r * r;
            }
        }
        double effective = sw * sw / sww;
        double sigma2 = n > 2 ? rss / sw * effective / (effective - 2 + 1e-9) : DEFAULT_SIGMA * DEFAULT_SIGMA;
        sigma2 = Math.max(MIN_SIGMA * MIN_SIGMA, Double.isFinite(sigma2) && sigma2 > 0 ? sigma2
                : DEFAULT_SIGMA * DEFAULT_SIGMA);
        // covariance of (a, b) scaled to the effective number of days
        double scale = sigma2 * sw / effective;
        double varA;
        double varB;
        double cov;
        if (slopeKnown) {
            varA = scale * swss / det;
            varB = scale * sw / det;
            cov = -scale * sws / det;
        } else {
            varA = sigma2;
            varB = 0.1 * 0.1;
            cov = 0;
        }
        // the level at s = 0 is a + 0·b: its variance is varA
        return new DampedTrendForecast(a, b, varA, varB, cov, Math.sqrt(sigma2), views.lastViews());
    }

    /** The fitted slope b of log daily views, per day. */
    double slope() {
        return slope;
    }

    /** Central daily views {@code k = 1 … days} days after the last sample. */
    double[] dailyViews(int days) {
        double[] x = new double[days];
        double lead = 0;
        double damp = 1;
        for (int k = 0; k < days; k++) {
            damp *= DAMPING;
            lead += damp;
            x[k] = Math.max(0, Math.expm1(level + slope * lead));
        }
        return x;
    }

    /** The prediction of cumulative views {@code horizon} days after the last sample. */
    Prediction predict(int horizon) {
        double[] x = dailyViews(horizon);
        double gained = 0;
        for (double v : x) {
            gained += v;
        }
        if (gained <= 0) {
            return Prediction.logNormal(Math.log1p(lastViews), 0, lastViews);
        }
        double lead = 0;
        double damp = 1;
        double meanLead = 0;
        double meanDay = 0;
        double sumSquares = 0;
        for (int k = 0; k < horizon; k++) {
            damp *= DAMPING;
            lead += damp;
            double w = x[k] / gained;
            meanLead += w * lead;
            meanDay += w * (k + 1);
            sumSquares += w * w;
        }
        double v = varLevel + 2 * meanLead * covariance + meanLead * meanLead * varSlope
                + sigma * sigma * sumSquares + DRIFT * DRIFT * meanDay * meanDay;
        double sd = Math.sqrt(Math.max(0, v));
        double median = lastViews + gained;
        double low = lastViews + gained * Math.exp(-Prediction.Z80 * sd);
        double high = lastViews + gained * Math.exp(Prediction.Z80 * sd);
        // the log-space summary for combining: the spread of ln(1 + N) by the delta method
        double logSd = sd * gained / (1 + median);
        return new Prediction(median, low, high, Math.log1p(median), logSd);
    }
}
