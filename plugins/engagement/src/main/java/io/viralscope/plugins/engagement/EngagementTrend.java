package io.viralscope.plugins.engagement;

import io.viralscope.api.Sample;

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

    /**
     * The trend of {@code kind}, or {@code null} when there are too few usable intervals; {@code seconds} are those
     * of {@link #secondsFromFirst}, computed once for the three kinds.
     */
    static EngagementTrend of(List<Sample> samples, double[] seconds, EngagementKind kind) {
        if (samples.size() < MIN_INTERVALS + 1) {
            return null;
        }
        Intervals in = Intervals.of(samples, seconds, kind);
        int m = in.count;
        if (m < MIN_INTERVALS || in.t[m - 1] - in.t[0] < MIN_SPAN_DAYS) {
            return null;
        }
        return in.line();
    }

    /**
     * The usable intervals between consecutive samples: midpoint in days {@code t}, ratio of new engagement to new
     * views {@code r}, weight {@code w} (the new views); the first {@code count} entries are filled. Each step its
     * own small method, so the JIT compiles each loop on its own.
     */
    private static final class Intervals {
        final double[] t;
        final double[] r;
        final double[] w;
        int count;

        private Intervals(int capacity) {
            t = new double[capacity];
            r = new double[capacity];
            w = new double[capacity];
        }

        static Intervals of(List<Sample> samples, double[] seconds, EngagementKind kind) {
            int n = samples.size();
            Intervals in = new Intervals(n);
            Sample a = samples.get(0);
            for (int i = 1; i < n; i++) {
                Sample b = samples.get(i);
                in.add(a, b, seconds[i - 1], seconds[i], kind);
                a = b;
            }
            return in;
        }

        private void add(Sample a, Sample b, double secondsA, double secondsB, EngagementKind kind) {
            Long ca = kind.count(a);
            Long cb = kind.count(b);
            double dv = (double) b.views() - a.views();
            if (ca == null || cb == null || !(dv > 0) || cb < ca) {
                return;
            }
            t[count] = (secondsA + secondsB) / 2 / SECONDS_PER_DAY;
            r[count] = Math.min(1, (cb - ca) / dv);
            w[count] = dv;
            count++;
        }

        /** The weighted least-squares line through the intervals, or {@code null} when their times do not vary. */
        EngagementTrend line() {
            int m = count;
            double sw = sum(w, null, m);
            double meanT = sum(w, t, m) / sw;
            double meanR = sum(w, r, m) / sw;
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
            // Weighted residual variance per unit weight, scaled back to the slope: Var(slope) = s² / Σw(t − t̄)².
            double error = Math.sqrt(residualSumOfSquares(meanT, meanR, slope) / (m - 2) / stt);
            return new EngagementTrend(slope, error, meanR, meanR + slope * (t[0] - meanT),
                    meanR + slope * (t[m - 1] - meanT), t[m - 1] - t[0]);
        }

        /** {@code Σ w x} over the first {@code m} entries, or {@code Σ w} when {@code x} is {@code null}. */
        private static double sum(double[] w, double[] x, int m) {
            double s = 0;
            for (int j = 0; j < m; j++) {
                s += x == null ? w[j] : w[j] * x[j];
            }
            return s;
        }

        private double residualSumOfSquares(double meanT, double meanR, double slope) {
            double rss = 0;
            for (int j = 0; j < count; j++) {
                double e = r[j] - meanR - slope * (t[j] - meanT);
                rss += w[j] * e * e;
            }
            return rss;
        }
    }

    /** Seconds from the first sample to each sample, to the millisecond. */
    static double[] secondsFromFirst(List<Sample> samples) {
        double[] out = new double[samples.size()];
        if (out.length > 0) {
            Instant origin = samples.get(0).at();
            for (int i = 0; i < out.length; i++) {
                out[i] = Elapsed.millis(origin, samples.get(i).at()) / 1000.0;
            }
        }
        return out;
    }
}
