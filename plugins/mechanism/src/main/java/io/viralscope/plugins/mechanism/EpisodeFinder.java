package io.viralscope.plugins.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the daily views of a long series into episodes (docs/architecture.md#mechanism-classes): a burst and its
 * relaxation, or a build-up to a peak.
 * <p>A day starts an episode when its views stand at least
 * {@value #MIN_RATIO} times, and {@value #Z} noise units, above the baseline, the median of the
 * {@value #BASELINE_DAYS} usable days before it; the start reaches back over the days that were already rising
 * towards it. The episode lasts until views are back near that baseline (within a tenth of the episode's largest
 * excess, or {@value #MIN_RATIO_BACK} times the baseline) for {@value #BACK_DAYS} days running, until the next
 * episode starts (a new jump over the last two weeks' level) or for at most {@value #MAX_DAYS} days, after which a
 * level that stays up is the new baseline. A launch burst, high from the first days, is an episode from day 0.
 * The noise unit is σ of day-to-day changes of log daily views ({@code 1.4826·MAD/√2}).
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
     */
    record Span(int start, int peak, int end, double baseline) {

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
    static List<Span> find(DailyViews days) {
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
        Span launch = launch(days, threshold);
        if (launch != null) {
            spans.add(launch);
            k = launch.end() + 1;
        }
        while (k < n) {
            int floor = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end() + 1;
            // the baseline leaves the last episode out once a week has passed since it
            int from = k - floor >= FIRST_DAY ? Math.max(floor, k - BASELINE_DAYS) : Math.max(0, k - BASELINE_DAYS);
            double base = days.median(from, k);
            if (!usable[k] || Double.isNaN(base) || Math.log((x[k] + 1) / (base + 1)) < threshold) {
                k++;
                continue;
            }
            int start = k;
            while (start - 1 >= floor && usable[start - 1] && x[start - 1] < x[start]
                    && Math.log((x[start - 1] + 1) / (base + 1)) >= 2 * sigma) {
                start--;
            }
            Span span = relax(days, start, base, threshold);
            spans.add(span);
            k = span.end() + 1;
        }
        return spans;
    }

    /** The launch burst, when the first week stands above the level that follows it. */
    private static Span launch(DailyViews days, double threshold) {
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
        Span s = relax(days, 0, level, threshold);
        return s.peak() < FIRST_DAY ? s : new Span(0, peak, s.end(), level);
    }

    /** The episode from {@code start} over {@code base}, followed through its relaxation. */
    private static Span relax(DailyViews days, int start, double base, double threshold) {
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
            if (x[k] > x[peak]) {
                peak = k;
                back = 0;
                continue;
            }
            // a new jump over the last two weeks' level, once this one has had a week to relax, is the next one
            if (k - peak >= FIRST_DAY) {
                double local = days.median(k - LOCAL_DAYS, k);
                if (Math.log((x[k] + 1) / (local + 1)) >= threshold) {
                    return new Span(start, peak, k - 1, base);
                }
            }
            double excess = x[k] - base;
            boolean near = excess <= 0.1 * (x[peak] - base) || x[k] <= MIN_RATIO_BACK * base;
            back = near ? back + 1 : 0;
            if (back == BACK_DAYS) {
                return new Span(start, peak, Math.max(peak, k - BACK_DAYS), base);
            }
        }
        return new Span(start, peak, Math.max(peak, k - 1), base);
    }

    /** σ of day-to-day changes of log daily views, robustly. */
    static double noise(double[] x, boolean[] usable) {
        double[] d = new double[x.length];
        int m = 0;
        for (int k = 1; k < x.length; k++) {
            if (usable[k] && usable[k - 1]) {
                d[m++] = Math.log1p(x[k]) - Math.log1p(x[k - 1]);
            }
        }
        if (m == 0) {
            return BurstShape.MIN_NOISE;
        }
        double med = Statistics.median(d, m);
        double[] dev = new double[m];
        for (int i = 0; i < m; i++) {
            dev[i] = Math.abs(d[i] - med);
        }
        return Math.max(BurstShape.MIN_NOISE, 1.4826 * Statistics.median(dev, m) / Math.sqrt(2));
    }

}
