package io.viralscope.plugins.shared;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.VideoSeries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** The jumps of {@code series} and the days judged. */
    VideoJumps judge(VideoSeries series) {
        DailyGrid grid = series.daily();
        double[] views = grid.dailyViews();
        int n = views.length;
        if (n <= WEEK) {
            return VideoJumps.none(series.videoId());
        }
        double[] y = new double[n];
        boolean[] usable = new boolean[n];
        for (int k = 0; k < n; k++) {
            y[k] = Math.log1p(views[k]);
            usable[k] = grid.usableDay(k);
        }
        LocalDate[] days = new LocalDate[n];
        for (int k = 0; k < n; k++) {
            days[k] = dayOf(grid, k);
        }
        // first the weekly rhythm, against levels taken from the raw days; then the levels again from the days
        // with that rhythm taken out, so a weekend at the end of a week is not carried forward as a rising trend
        double[] weekdayOffset = weekdayOffsets(y, baselines(y, usable), days);
        double[] adjusted = new double[n];
        for (int k = 0; k < n; k++) {
            adjusted[k] = y[k] - weekdayOffset[weekday(days[k])];
        }
        double[] baseline = baselines(adjusted, usable);
        // what is left of the rhythm against those levels
        double[] rest = weekdayOffsets(adjusted, baseline, days);
        for (int d = 0; d < 7; d++) {
            weekdayOffset[d] += rest[d];
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(baseline[k])) {
                baseline[k] += rest[weekday(days[k])];
            }
        }
        double[] residual = new double[n];
        List<Double> all = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(baseline[k])) {
                residual[k] = adjusted[k] - baseline[k];
                all.add(Math.abs(residual[k]));
            }
        }
        if (all.size() < WEEK) {
            return VideoJumps.none(series.videoId());
        }
        double scale = Math.max(MIN_SCALE, 1.4826 * median(all.stream().mapToDouble(Double::doubleValue).toArray()));
        List<Jump> jumps = new ArrayList<>();
        boolean previousRaised = false;
        LocalDate firstJudged = null;
        LocalDate lastJudged = null;
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(baseline[k])) {
                previousRaised = false;
                continue;
            }
            firstJudged = firstJudged == null ? days[k] : firstJudged;
            lastJudged = days[k];
            double expected = Math.expm1(baseline[k] + weekdayOffset[weekday(days[k])] - rest[weekday(days[k])]);
            double dayScale = Math.max(scale, 1 / Math.sqrt(Math.max(expected, 0) + 1));
            double significance = residual[k] / dayScale;
            double size = (views[k] + 1) / (Math.max(expected, 0) + 1);
            boolean raised = significance >= minSignificance && size >= minSize;
            if (raised && !previousRaised) {
                jumps.add(new Jump(series.videoId(), days[k], size, significance));
            }
            previousRaised = raised;
        }
        return new VideoJumps(series.videoId(), firstJudged, lastJudged, List.copyOf(jumps));
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
        double[] slopes = new double[WEEK * (WEEK - 1) / 2];
        for (int k = WEEK; k < n; k++) {
            if (!usable[k]) {
                continue;
            }
            int m = 0;
            for (int j = k - WEEK; j < k; j++) {
                if (usable[j]) {
                    window[m++] = y[j];
                }
            }
            if (m >= MIN_HISTORY) {
                baseline[k] = medianInPlace(window, m) + Math.max(0, risingSlope(y, usable, k, slopes)) * (WEEK + 1)
                        / 2.0;
            }
        }
        return baseline;
    }

    /** The series' typical offset of each weekday (Monday first) from its expected level: its weekly rhythm. */
    private static double[] weekdayOffsets(double[] y, double[] baseline, LocalDate[] days) {
        List<List<Double>> byWeekday = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            byWeekday.add(new ArrayList<>());
        }
        for (int k = 0; k < y.length; k++) {
            if (!Double.isNaN(baseline[k])) {
                byWeekday.get(weekday(days[k])).add(y[k] - baseline[k]);
            }
        }
        double[] offsets = new double[7];
        for (int d = 0; d < 7; d++) {
            List<Double> o = byWeekday.get(d);
            offsets[d] = o.size() >= 4 ? median(o.stream().mapToDouble(Double::doubleValue).toArray()) : 0;
        }
        return offsets;
    }

    /**
     * The Theil–Sen slope of log daily views over the usable days of the week before day {@code k}, per day, when
     * it is positive; 0 or less otherwise (only a rising slope is used). {@code slopes} is scratch space.
     */
    private static double risingSlope(double[] y, boolean[] usable, int k, double[] slopes) {
        int m = 0;
        int rising = 0;
        for (int i = k - WEEK; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (usable[i] && usable[j]) {
                    double slope = (y[j] - y[i]) / (j - i);
                    slopes[m++] = slope;
                    rising += slope > 0 ? 1 : 0;
                }
            }
        }
        // a median is positive only when more than half the slopes are (for an even count, half may do): most days
        // of a fading or steady video are settled without sorting
        if (m == 0 || rising < m / 2) {
            return 0;
        }
        return medianInPlace(slopes, m);
    }

    /** The median of the first {@code m} values of {@code a}, which it sorts in place (m is at most 21 here). */
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

    /** The UTC day of daily view {@code k}: the grid's points are UTC midnights, and day k begins at time(k). */
    static LocalDate dayOf(DailyGrid grid, int k) {
        return grid.time(k).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static int weekday(LocalDate day) {
        return day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
