package io.viralscope.plugins.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the daily views of a long series into episodes (docs/architecture.md#mechanism-classes): a burst and its
 * relaxation, or a build-up to a peak. The views are first taken free of the weekly pattern (each UTC weekday's
 * median log ratio to the centred 7-day mean), so a busy weekday is neither a burst nor noise.
 *
 * <p>A day starts an episode when its views stand at least {@value #MIN_RATIO} times, and {@value #Z} noise units,
 * above the baseline, the median of the {@value #BASELINE_DAYS} usable days before it; the start reaches back over
 * the days that were already rising towards it (three noise units above the baseline). The episode lasts until
 * views are back near that baseline (within {@value #MIN_RATIO_BACK} times or two noise units, or within a tenth of
 * the episode's largest excess and below a burst) for {@value #BACK_DAYS} days running, until the next episode
 * starts (a new jump over the last two weeks' level, a week or more after the peak) or for at most
 * {@value #MAX_DAYS} days, after which a level that stays up is the new baseline. A launch burst, high from the
 * first days, is an episode from day 0. The noise unit is σ of day-to-day changes of log daily views
 * ({@code 1.4826·MAD/√2}). On the 60-series catalogue family (2–10× shocks, ±10% noise) 97.9% of the episodes of
 * planted shocks start on the shock day (EpisodeAccuracyTest).
 */
final class EpisodeFinder {

    static final double MIN_RATIO = 1.8;
    static final double Z = 5;
    static final int BASELINE_DAYS = 28;
    static final int BACK_DAYS = 3;
    static final double MIN_RATIO_BACK = 1.2;
    static final int MAX_DAYS = 120;
    private static final int LOCAL_DAYS = 14;
    private static final int FIRST_DAY = 7;

    /**
     * One episode on the day indices of the grid.
     *
     * @param start    first day
     * @param peak     day of its largest views
     * @param end      last day, included
     * @param baseline daily views before it
     * @param resume   first day after it that may start the next episode (after its return to the baseline)
     */
    record Span(int start, int peak, int end, double baseline, int resume) {

        /** Views above the baseline over the span. */
        double excess(double[] x) {
            double sum = 0;
            for (int k = start; k <= end; k++) {
                sum += Math.max(0, x[k] - baseline);
            }
            return sum;
        }

        /** Days from the start to the peak. */
        int rise() {
            return peak - start;
        }
    }

    private EpisodeFinder() {
    }

    /** The episodes of {@code days}, in time order; none for a series too short to have a baseline. */
    static List<Span> find(DailyViews raw) {
        return findAdjusted(weekAdjusted(raw));
    }

    /** The episodes of views already taken free of the weekly pattern ({@link #weekAdjusted}). */
    static List<Span> findAdjusted(DailyViews days) {
        double[] x = days.views();
        boolean[] usable = days.usable();
        int n = x.length;
        List<Span> spans = new ArrayList<>();
        if (n < FIRST_DAY + BASELINE_DAYS) {
            return spans;
        }
        double sigma = noise(x, usable);
        double threshold = Math.max(Math.log(MIN_RATIO), Z * sigma);
        int k = FIRST_DAY;
        SlidingMedian baseline = new SlidingMedian(days);
        SlidingMedian local = new SlidingMedian(days);
        Span launch = launch(days, threshold, sigma, local);
        if (launch != null) {
            spans.add(launch);
            k = launch.resume();
        }
        while (k < n) {
            int floor = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end() + 1;
            k = nextJump(x, usable, k, floor, threshold, baseline);
            if (k == n) {
                break;
            }
            double base = baseline.median(baselineFrom(k, floor), k);
            Span span = relax(days, riseStart(x, usable, k, floor, base, sigma), base, threshold, sigma, local);
            spans.add(span);
            k = span.resume();
        }
        return spans;
    }

    /**
     * The first day from {@code k} on whose views stand the threshold above its baseline (the last episode ending
     * before {@code floor}), or the number of days when none does. The baseline's window is left on that day.
     */
    private static int nextJump(double[] x, boolean[] usable, int k, int floor, double threshold,
                                SlidingMedian baseline) {
        for (; k < x.length; k++) {
            double base = baseline.median(baselineFrom(k, floor), k);
            if (usable[k] && !Double.isNaN(base) && !(Math.log((x[k] + 1) / (base + 1)) < threshold)) {
                return k;
            }
        }
        return x.length;
    }

    /** The first day of day {@code k}'s baseline: it leaves the last episode out once a week has passed since it. */
    private static int baselineFrom(int k, int floor) {
        return k - floor >= FIRST_DAY ? Math.max(floor, k - BASELINE_DAYS) : Math.max(0, k - BASELINE_DAYS);
    }

    /** The first of the days before day {@code k} (from {@code floor}) that were already rising towards it. */
    private static int riseStart(double[] x, boolean[] usable, int k, int floor, double base, double sigma) {
        int start = k;
        while (start - 1 >= floor && usable[start - 1] && x[start - 1] < x[start]
                && Math.log((x[start - 1] + 1) / (base + 1)) >= 3 * sigma) {
            start--;
        }
        return start;
    }

    /** The launch burst, when the first week stands above the level that follows it. */
    private static Span launch(DailyViews days, double threshold, double sigma, SlidingMedian local) {
        double[] x = days.views();
        int peak = -1;
        for (int k = 0; k < FIRST_DAY; k++) {
            if (days.usable()[k] && (peak < 0 || x[k] > x[peak])) {
                peak = k;
            }
        }
        int later = Math.min(x.length, 2 * BASELINE_DAYS + FIRST_DAY);
        double level = days.median(later - BASELINE_DAYS, later);
        if (peak < 0 || Double.isNaN(level) || Math.log((x[peak] + 1) / (level + 1)) < threshold) {
            return null;
        }
        Span s = relax(days, 0, level, threshold, sigma, local);
        return s.peak() < FIRST_DAY ? s : new Span(0, peak, s.end(), level, s.resume());
    }

    /** The episode from {@code start} over {@code base}, followed through its relaxation. */
    private static Span relax(DailyViews days, int start, double base, double threshold, double sigma,
                              SlidingMedian localMedian) {
        double[] x = days.views();
        boolean[] usable = days.usable();
        int n = x.length;
        int peak = start;
        int back = 0;
        int k = start + 1;
        for (; k < n && k - start < MAX_DAYS; k++) {
            if (!usable[k]) {
                continue;
            }
            // a new jump over the last two weeks' level, once this one has had a week to relax, is the next one
            if (k - peak >= FIRST_DAY) {
                double local = localMedian.median(k - LOCAL_DAYS, k);
                if (Math.log((x[k] + 1) / (local + 1)) >= threshold) {
                    return new Span(start, peak, k - 1, base, k);
                }
            }
            if (x[k] > x[peak]) {
                peak = k;
                back = 0;
                continue;
            }
            double excess = x[k] - base;
            double ratio = Math.log((x[k] + 1) / (base + 1));
            boolean near = ratio <= Math.max(Math.log(MIN_RATIO_BACK), 2 * sigma)
                    || excess <= 0.1 * (x[peak] - base) && ratio < Math.log(MIN_RATIO);
            back = near ? back + 1 : 0;
            if (back == BACK_DAYS) {
                return new Span(start, peak, Math.max(peak, k - BACK_DAYS), base, k + 1);
            }
        }
        return new Span(start, peak, Math.max(peak, k - 1), base, k);
    }

    /**
     * The views with the weekly pattern taken out: each UTC weekday's median log ratio to the centred 7-day mean,
     * so a busy weekday is not read as a burst nor its noise as the series' noise.
     */
    static DailyViews weekAdjusted(DailyViews days) {
        double[] x = days.views();
        boolean[] usable = days.usable();
        int n = x.length;
        if (n < 4 * 7) {
            return days;
        }
        double[] y = logViews(x);
        double[][] ratios = new double[7][n / 7 + 1];
        int[] counts = new int[7];
        centredRatios(y, usable, ratios, counts);
        double[] effect = weekdayEffects(ratios, counts);
        double mean = 0;
        for (int w = 0; w < 7; w++) {
            mean += effect[w] / 7;
        }
        return new DailyViews(adjusted(y, effect, mean), usable, days.closes());
    }

    private static double[] logViews(double[] x) {
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = Math.log1p(x[k]);
        }
        return y;
    }

    /** Each weekday's median log ratio (0 for a weekday with none). */
    private static double[] weekdayEffects(double[][] ratios, int[] counts) {
        double[] effect = new double[7];
        for (int w = 0; w < 7; w++) {
            effect[w] = counts[w] == 0 ? 0 : Statistics.median(ratios[w], counts[w]);
        }
        return effect;
    }

    /** Each day's log ratio to the centred 7-day mean where all seven days are usable, by weekday (k mod 7). */
    private static void centredRatios(double[] y, boolean[] usable, double[][] ratios, int[] counts) {
        for (int k = 3; k + 3 < y.length; k++) {
            boolean all = true;
            double sum = 0;
            for (int j = k - 3; j <= k + 3; j++) {
                all &= usable[j];
                sum += y[j];
            }
            if (all) {
                ratios[k % 7][counts[k % 7]++] = y[k] - sum / 7;
            }
        }
    }

    private static double[] adjusted(double[] y, double[] effect, double mean) {
        double[] adjusted = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            adjusted[k] = Math.max(0, Math.expm1(y[k] - (effect[k % 7] - mean)));
        }
        return adjusted;
    }

    /** σ of day-to-day changes of log daily views, robustly. */
    static double noise(double[] x, boolean[] usable) {
        double[] d = new double[x.length];
        int m = logChanges(x, usable, d);
        if (m == 0) {
            return BurstShape.MIN_NOISE;
        }
        double[] dev = absoluteDeviations(d, m, Statistics.median(d, m));
        return Math.max(BurstShape.MIN_NOISE, 1.4826 * Statistics.median(dev, m) / Math.sqrt(2));
    }

    /** The day-to-day changes of log daily views between usable days, into {@code d}; returns their count. */
    private static int logChanges(double[] x, boolean[] usable, double[] d) {
        int m = 0;
        for (int k = 1; k < x.length; k++) {
            if (usable[k] && usable[k - 1]) {
                d[m++] = Math.log1p(x[k]) - Math.log1p(x[k - 1]);
            }
        }
        return m;
    }

    private static double[] absoluteDeviations(double[] d, int m, double center) {
        double[] dev = new double[m];
        for (int i = 0; i < m; i++) {
            dev[i] = Math.abs(d[i] - center);
        }
        return dev;
    }
}
