package io.viralscope.plugins.engagement;

import io.viralscope.api.Sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How engagement per view changes across the window: the slope, per day, of a weighted least-squares line through
 * the engagement of new views, {@code r_j = Δcount_j / Δviews_j} between consecutive samples with the count known
 * (placed at the interval's midpoint), weighted by {@code Δviews_j} (the binomial precision of {@code r_j}). So a
 * day with many new views counts for more, and a cumulative ratio's lag does not blur the change. Intervals where
 * views or the count went down (corrections) are left out; ratios are capped at 1.
 *
 * <p>The standard error comes from the weighted residuals, so it includes whatever over-dispersion the data has
 * beyond binomial noise. At least three intervals spanning two days are needed.
 *
 * @param slope     change of the ratio per day
 * @param error     standard error of the slope
 * @param mean      weighted mean ratio of new views
 * @param first     fitted ratio at the first interval
 * @param last      fitted ratio at the last interval
 * @param spanDays  days from the first interval's midpoint to the last's
 */
record EngagementTrend(double slope, double error, double mean, double first, double last, double spanDays) {

    private static final int MIN_INTERVALS = 3;
    private static final double MIN_SPAN_DAYS = 2;
    private static final double SECONDS_PER_DAY = 86_400.0;

    /** t-statistic of the slope; 0 when the error is 0. */
    double tStatistic() {
        return error > 0 ? slope / error : 0;
    }

    /** The trend of {@code kind}, or {@code null} when there are too few usable intervals. */
    static EngagementTrend of(List<Sample> samples, EngagementKind kind) {
        int n = samples.size();
        if (n < MIN_INTERVALS + 1) {
            return null;
        }
        Instant origin = samples.get(0).at();
        double[] t = new double[n];
        double[] r = new double[n];
        double[] w = new double[n];
        int m = 0;
        for (int i = 1; i < n; i++) {
            Sample a = samples.get(i - 1);
            Sample b = samples.get(i);
            Long ca = kind.count(a);
            Long cb = kind.count(b);
            double dv = (double) b.views() - a.views();
            if (ca == null || cb == null || !(dv > 0) || cb < ca) {
                continue;
            }
            t[m] = (seconds(origin, a.at()) + seconds(origin, b.at())) / 2 / SECONDS_PER_DAY;
            r[m] = Math.min(1, (cb - ca) / dv);
            w[m] = dv;
            m++;
        }
        if (m < MIN_INTERVALS || t[m - 1] - t[0] < MIN_SPAN_DAYS) {
            return null;
        }
        double sw = 0;
        double st = 0;
        double sr = 0;
        for (int j = 0; j < m; j++) {
            sw += w[j];
            st += w[j] * t[j];
            sr += w[j] * r[j];
        }
        double meanT = st / sw;
        double meanR = sr / sw;
        double stt = 0;
        double str = 0;
        for (int j = 0; j < m; j++) {
            stt += w[j] * (t[j] - meanT) * (t[j] - meanT);
            str += w[j] * (t[j] - meanT) * (r[j] - meanR);
        }
        if (!(stt > 0)) {
            return null;
        }
        double slope = str / stt;
        double rss = 0;
        for (int j = 0; j < m; j++) {
            double e = r[j] - meanR - slope * (t[j] - meanT);
            rss += w[j] * e * e;
        }
        // Weighted residual variance per unit weight, scaled back to the slope: Var(slope) = s² / Σw(t − t̄)².
        double error = Math.sqrt(rss / (m - 2) / stt);
        return new EngagementTrend(slope, error, meanR, meanR + slope * (t[0] - meanT),
                meanR + slope * (t[m - 1] - meanT), t[m - 1] - t[0]);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
