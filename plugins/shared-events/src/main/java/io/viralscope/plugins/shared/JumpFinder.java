package io.viralscope.plugins.shared;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.VideoSeries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the days on which one video's views jumped, each judged against the video's own day-to-day variation.
 *
 * <p>On log daily views, a day's expected level is the median of the seven days before it (a whole week, so a
 * weekend does not lift it), carried forward by that week's trend when it rises (robust Theil–Sen slope), plus the video's typical offset of that weekday from such a median (its weekly
 * seasonality, measured as the median over the whole series). A day's deviation from that expectation is measured
 * in units of the video's typical deviation (1.4826 × the median absolute deviation: robust to the jumps
 * themselves), and never below the Poisson noise of the expected count. Only the first day of a run of raised days
 * counts: the days after a jump, still raised while it fades, are its tail, not new jumps.
 *
 * <p>Memory: one video's daily grid at a time; only the days that stood out are kept.
 */
final class JumpFinder {

    /** Days before a day that set its expected level. */
    static final int WEEK = 7;
    /** Fewest usable days of that week needed to judge a day. */
    static final int MIN_HISTORY = 5;
    /** Smallest typical deviation assumed (3%), so a perfectly smooth series does not call every wiggle a jump. */
    static final double MIN_SCALE = 0.03;
    private static final long SECONDS_A_DAY = 86_400;

    private final double minSignificance;
    private final double minSize;

    /**
     * @param minSignificance how many typical deviations a day must stand above its expected level
     * @param minSize         the least multiple of the expected day that counts as a jump
     */
    JumpFinder(double minSignificance, double minSize) {
        this.minSignificance = minSignificance;
        this.minSize = minSize;
    }

    /** The jumps of {@code series}, in day order; empty when the series is too short to judge any day. */
    List<Jump> jumps(VideoSeries series) {
        return judge(series).jumps();
    }

    /**
     * The jumps of {@code series} and the days judged. Each step is a method of its own with its own loop, so the
     * JIT compiles small methods rather than one large one (in a cold report it would compile this one on-stack
     * several times).
     */
    VideoJumps judge(VideoSeries series) {
        DailyGrid grid = series.daily();
        double[] views = grid.dailyViews();
        int n = views.length;
        if (n <= WEEK) {
            return VideoJumps.none(series.videoId());
        }
        double[] y = logViews(views);
        boolean[] usable = usableDays(grid, n);
        long firstDay = Math.floorDiv(grid.start().getEpochSecond(), SECONDS_A_DAY);
        int[] weekday = weekdays(firstDay, n);
        // first the weekly rhythm, against levels taken from the raw days; then the levels again from the days
        // with that rhythm taken out, so a weekend at the end of a week is not carried forward as a rising trend
        double[] weekdayOffset = weekdayOffsets(y, baselines(y, usable), weekday);
        double[] adjusted = withoutRhythm(y, weekdayOffset, weekday);
        double[] baseline = baselines(adjusted, usable);
        // what is left of the rhythm against those levels
        double[] rest = weekdayOffsets(adjusted, baseline, weekday);
        for (int d = 0; d < 7; d++) {
            weekdayOffset[d] += rest[d];
        }
        addRhythm(baseline, rest, weekday);
        double[] residual = new double[n];
        double[] deviations = new double[n];
        int judged = residuals(adjusted, baseline, residual, deviations);
        if (judged < WEEK) {
            return VideoJumps.none(series.videoId());
        }
        double scale = Math.max(MIN_SCALE, 1.4826 * median(deviations, judged));
        return jumps(series.videoId(), firstDay, views, baseline, residual, weekdayOffset, rest, weekday, scale);
    }

    private static double[] logViews(double[] views) {
        double[] y = new double[views.length];
        for (int k = 0; k < views.length; k++) {
            y[k] = Math.log1p(views[k]);
        }
        return y;
    }

    private static boolean[] usableDays(DailyGrid grid, int n) {
        boolean[] usable = new boolean[n];
        for (int k = 0; k < n; k++) {
            usable[k] = grid.usableDay(k);
        }
        return usable;
    }

    /**
     * The weekday (Monday 0) of each day, from the epoch day of day 0: the grid's points are UTC midnights a day
     * apart, and 1970-01-01 was a Thursday.
     */
    static int[] weekdays(long firstDay, int n) {
        int[] weekday = new int[n];
        int d = (int) Math.floorMod(firstDay + 3, 7L);
        for (int k = 0; k < n; k++) {
            weekday[k] = d;
            d = d == 6 ? 0 : d + 1;
        }
        return weekday;
    }

    private static double[] withoutRhythm(double[] y, double[] weekdayOffset, int[] weekday) {
        double[] adjusted = new double[y.length];
        for (int k = 0; k < y.length; k++) {
            adjusted[k] = y[k] - weekdayOffset[weekday[k]];
        }
        return adjusted;
    }

    private static void addRhythm(double[] baseline, double[] rest, int[] weekday) {
        for (int k = 0; k < baseline.length; k++) {
            if (!Double.isNaN(baseline[k])) {
                baseline[k] += rest[weekday[k]];
            }
        }
    }

    /**
     * Fills {@code residual} with each judged day's deviation from its baseline and the first entries of
     * {@code deviations} with their absolute values, in day order; returns how many days were judged.
     */
    private static int residuals(double[] adjusted, double[] baseline, double[] residual, double[] deviations) {
        int judged = 0;
        for (int k = 0; k < adjusted.length; k++) {
            if (!Double.isNaN(baseline[k])) {
                residual[k] = adjusted[k] - baseline[k];
                deviations[judged++] = Math.abs(residual[k]);
            }
        }
        return judged;
    }

    /** The days that stood out, only the first of each run of raised days, with the days judged. */
    private VideoJumps jumps(String videoId, long firstDay, double[] views, double[] baseline, double[] residual,
                             double[] weekdayOffset, double[] rest, int[] weekday, double scale) {
        List<Jump> jumps = new ArrayList<>();
        boolean previousRaised = false;
        int first = -1;
        int last = -1;
        for (int k = 0; k < views.length; k++) {
            if (Double.isNaN(baseline[k])) {
                previousRaised = false;
                continue;
            }
            first = first < 0 ? k : first;
            last = k;
            double expected = Math.expm1(baseline[k] + weekdayOffset[weekday[k]] - rest[weekday[k]]);
            double dayScale = Math.max(scale, 1 / Math.sqrt(Math.max(expected, 0) + 1));
            double significance = residual[k] / dayScale;
            double size = (views[k] + 1) / (Math.max(expected, 0) + 1);
            boolean raised = significance >= minSignificance && size >= minSize;
            if (raised && !previousRaised) {
                jumps.add(new Jump(videoId, LocalDate.ofEpochDay(firstDay + k), size, significance));
            }
            previousRaised = raised;
        }
        return new VideoJumps(videoId, LocalDate.ofEpochDay(firstDay + first), LocalDate.ofEpochDay(firstDay + last),
                List.copyOf(jumps));
    }

    /**
     * Each usable day's expected level from the week before it (NaN where there is too little history): the
     * week's median sits about four days back, so a rising level is carried forward to the day, and steady growth
     * (a launch, a build-up) is not read as a jump; a falling level is not carried (a fading burst levels off, and
     * its end is no jump either).
     */
    private static double[] baselines(double[] y, boolean[] usable) {
        int n = y.length;
        double[] baseline = new double[n];
        Arrays.fill(baseline, Double.NaN);
        double[] window = new double[WEEK];
        double[] rising = new double[WEEK * (WEEK - 1) / 2];
        for (int k = WEEK; k < n; k++) {
            if (usable[k]) {
                baseline[k] = expectedLevel(y, usable, k, window, rising);
            }
        }
        return baseline;
    }

    /** Day {@code k}'s expected level, or NaN with too little history; the arrays are scratch space. */
    private static double expectedLevel(double[] y, boolean[] usable, int k, double[] window, double[] rising) {
        int m = 0;
        for (int j = k - WEEK; j < k; j++) {
            if (usable[j]) {
                window[m++] = y[j];
            }
        }
        if (m < MIN_HISTORY) {
            return Double.NaN;
        }
        return medianInPlace(window, m) + Math.max(0, risingSlope(y, usable, k, rising)) * (WEEK + 1) / 2.0;
    }

    /** The series' typical offset of each weekday (Monday first) from its expected level: its weekly rhythm. */
    private static double[] weekdayOffsets(double[] y, double[] baseline, int[] weekday) {
        double[][] byWeekday = new double[7][y.length / 7 + 1];
        int[] counts = new int[7];
        for (int k = 0; k < y.length; k++) {
            if (!Double.isNaN(baseline[k])) {
                int d = weekday[k];
                byWeekday[d][counts[d]++] = y[k] - baseline[k];
            }
        }
        double[] offsets = new double[7];
        for (int d = 0; d < 7; d++) {
            offsets[d] = counts[d] >= 4 ? median(byWeekday[d], counts[d]) : 0;
        }
        return offsets;
    }

    /**
     * The Theil–Sen slope of log daily views over the usable days of the week before day {@code k}, per day, when
     * it is positive; 0 or less otherwise (only a rising slope is used). {@code rising} is scratch space.
     *
     * <p>The median of the pairwise slopes is positive only when more than half of them are (for an even count,
     * half may do), and it is then an order statistic of the positive slopes alone (or, with exactly half positive,
     * the mean of the smallest positive and the largest other): only those are kept, and only as many of the
     * smallest sorted as that order needs. The same value as the median of all slopes sorted, without the sort.
     */
    static double risingSlope(double[] y, boolean[] usable, int k, double[] rising) {
        int m = 0;
        int p = 0;
        double highestOther = Double.NEGATIVE_INFINITY;
        for (int i = k - WEEK; i < k; i++) {
            if (!usable[i]) {
                continue;
            }
            for (int j = i + 1; j < k; j++) {
                if (usable[j]) {
                    double slope = (y[j] - y[i]) / (j - i);
                    m++;
                    if (slope > 0) {
                        rising[p++] = slope;
                    } else {
                        highestOther = Math.max(highestOther, slope);
                    }
                }
            }
        }
        int h = m / 2;
        int others = m - p;
        if (m % 2 == 1) {
            // the median is slope h of all sorted: positive when more than h are
            return p > h ? smallest(rising, p, h - others + 1)[h - others] : 0;
        }
        if (m == 0 || p < h) {
            return 0;
        }
        if (p == h) {
            return (highestOther + smallest(rising, p, 1)[0]) / 2;
        }
        double[] r = smallest(rising, p, h - others + 1);
        return (r[h - others - 1] + r[h - others]) / 2;
    }

    /**
     * Puts the {@code keep} smallest of the first {@code count} values of {@code a} at its start, sorted (an
     * insertion sort that only keeps that many); returns {@code a}.
     */
    static double[] smallest(double[] a, int count, int keep) {
        int kept = 1;
        for (int i = 1; i < count; i++) {
            double v = a[i];
            if (kept == keep && !(v < a[kept - 1])) {
                continue;
            }
            int j = kept == keep ? kept - 2 : kept - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
            kept = Math.min(keep, kept + 1);
        }
        return a;
    }

    /** The median of the first {@code m} values of {@code a}, which it sorts in place (m is at most 7 here). */
    static double medianInPlace(double[] a, int m) {
        for (int i = 1; i < m; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        int h = m / 2;
        return m % 2 == 1 ? a[h] : (a[h - 1] + a[h]) / 2;
    }

    /** The median of the first {@code count} values of {@code values}, which it leaves as they are. */
    static double median(double[] values, int count) {
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        int m = count / 2;
        return count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
