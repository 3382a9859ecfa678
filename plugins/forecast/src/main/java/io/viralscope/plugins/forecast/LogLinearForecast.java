package io.viralscope.plugins.forecast;

/**
 * Szabo &amp; Huberman, "Predicting the popularity of online content", Communications of the ACM 53 (2010): the
 * log of the views at a later time is the log at an earlier time plus a constant and noise,
 * <pre>
 *   ln N(T + h) = ln N(T) + ln r(h) + ε,   ε ~ N(0, σ_h²)
 * </pre>
 * (here with {@code u = ln(1 + N)}, finite at zero views). The paper estimates {@code r} across many videos of the
 * same age; a single series has only its own history, where the ratios {@code N(t + h)/N(t)} of earlier spans
 * belong to a younger video. They are carried to the present through the daily rate: each observed span's gain
 * {@code G_t = N(t + h) − N(t)} is read as a multiple {@code κ_t = G_t/(h·x̄_t)} of the mean daily views
 * {@code x̄_t} of the three days before it (1 for steady views, below 1 for a fading video, above for a growing
 * one), and the present ratio is
 * <pre>
 *   r(h) = 1 + κ̂·h·x̄_T / N(T)
 * </pre>
 * with {@code x̄_T} the mean of the last three days and {@code ln κ̂} the mean of {@code ln κ_t} over the last up to
 * {@value #MAX_SPANS} spans, shrunk towards the default κ = 1 as if {@value #PRIOR_SPANS} spans had shown it.
 * Spans holding a one-day jump (a shock), in them or in the three days their rate is read from, are left out:
 * their gain is a one-off, not a rate to carry forward.
 * {@code σ_h} follows from the scatter of {@code ln κ_t}, pooled the same way with the default
 * {@value #DEFAULT_GAIN_SIGMA}·h/7 and never below {@value #MIN_GAIN_SIGMA}·h/7, as a deviation of the log of the
 * views gained; a window too short for any span of {@code h} days uses the defaults alone (the recent daily rate
 * held, with the default deviation). The two constants were calibrated on the simulator's backtest (80%
 * intervals at +7 days) and grow in proportion to the horizon. Stateless.
 */
final class LogLinearForecast {

    static final int MAX_SPANS = 14;
    /** Weight, in spans, of the default κ = 1 and its deviation. */
    static final double PRIOR_SPANS = 2;
    /** Deviation of the log of the views gained in a week when the series shows none; in proportion to h. */
    static final double DEFAULT_GAIN_SIGMA = 0.45;
    /** Least deviation of the log of the views gained in a week; in proportion to h. */
    static final double MIN_GAIN_SIGMA = 0.3;
    private static final int RECENT_DAYS = 3;
    /** A day this many times the day before is a jump (a shock), not growth. */
    static final double JUMP = 5;

    /**
     * The estimate behind a prediction.
     *
     * @param logRatio ln r(h)
     * @param sigma    σ_h, of u = ln(1 + N)
     * @param spans    spans of h days observed and used (0: defaults alone)
     */
    record Estimate(double logRatio, double sigma, int spans) {
    }

    private LogLinearForecast() {
    }

    /** The estimate of {@code ln r(h)} and {@code σ_h} for {@code views}. */
    static Estimate estimate(CumulativeViews views, int h) {
        return estimate(views, jumpCounts(views), h);
    }

    /**
     * The estimate of {@code ln r(h)} and {@code σ_h} for {@code views}, whose {@link #jumpCounts} are {@code jumps}
     * (counted once for every horizon of a series).
     */
    static Estimate estimate(CumulativeViews views, int[] jumps, int h) {
        double[] n = views.cumulative();
        int last = n.length - 1;
        double[] logKappa = new double[MAX_SPANS];
        int m = 0;
        for (int t = last - h; t >= 1 && m < MAX_SPANS; t--) {
            if (!views.usable()[t] || !views.usable()[t + h - 1] || holdsAJump(jumps, t, h)) {
                continue;
            }
            double before = meanDailyViews(views, t);
            if (Double.isNaN(before)) {
                continue;
            }
            logKappa[m++] = Math.log((n[t + h] - n[t] + 1) / (h * before + 1));
        }
        double scale = h / 7.0;
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += logKappa[i];
        }
        double shrunk = mean / (m + PRIOR_SPANS);
        double scatter = 0;
        if (m >= 2) {
            double centre = mean / m;
            for (int i = 0; i < m; i++) {
                scatter += (logKappa[i] - centre) * (logKappa[i] - centre);
            }
            scatter /= m - 1;
        }
        double prior = DEFAULT_GAIN_SIGMA * scale;
        double pooled = m >= 2 ? (m * scatter + PRIOR_SPANS * prior * prior) / (m + PRIOR_SPANS) : prior * prior;
        double gainSigma = Math.max(MIN_GAIN_SIGMA * scale, Math.sqrt(pooled));

        double recent = meanDailyViews(views, views.days());
        double gained = Math.exp(shrunk) * h * (Double.isNaN(recent) ? 0 : recent);
        double now = views.lastViews();
        double logRatio = Math.log1p(now + gained) - Math.log1p(now);
        return new Estimate(logRatio, gainSigma * gained / (1 + now + gained), m);
    }

    /** The prediction of cumulative views that estimate {@code e} of {@code views} gives ({@link #estimate}). */
    static Prediction predict(CumulativeViews views, Estimate e) {
        return Prediction.logNormal(Math.log1p(views.lastViews()) + e.logRatio(), e.sigma(), views.lastViews());
    }

    /**
     * Whether the span of {@code h} days from day {@code t}, or the days its rate is read from, holds a one-day jump
     * ({@value #JUMP} times the day before, plus ten views so small counts do not count): a shock's gain is a
     * one-off, and carried forward it would predict the shock again; as the rate before a span it would make the
     * span look like a collapse.
     */
    private static boolean holdsAJump(int[] jumps, int t, int h) {
        int from = Math.max(1, t - RECENT_DAYS);
        int to = t + h;
        return to > from && jumps[to] - jumps[from] > 0;
    }

    /** The number of jump days before each day: entry {@code k} counts the jumps among days 1 to {@code k − 1}. */
    static int[] jumpCounts(CumulativeViews views) {
        int[] before = new int[views.days() + 1];
        for (int k = 0; k < views.days(); k++) {
            before[k + 1] = before[k] + (k >= 1 && isJump(views, k) ? 1 : 0);
        }
        return before;
    }

    private static boolean isJump(CumulativeViews views, int k) {
        return views.usable()[k] && views.usable()[k - 1] && views.daily(k) >= JUMP * (views.daily(k - 1) + 10);
    }

    /** Mean views of the up to three usable days before day {@code day}; NaN when none. */
    private static double meanDailyViews(CumulativeViews views, int day) {
        double sum = 0;
        int count = 0;
        for (int k = day - 1; k >= 0 && k >= day - RECENT_DAYS; k--) {
            if (views.usable()[k]) {
                sum += views.daily(k);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
