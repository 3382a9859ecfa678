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
        DailyGrid grid = series.daily();
        double[] views = grid.dailyViews();
        int n = views.length;
        if (n <= WEEK) {
            return List.of();
        }
        double[] y = new double[n];
        boolean[] usable = new boolean[n];
        for (int k = 0; k < n; k++) {
            y[k] = Math.log1p(views[k]);
            usable[k] = grid.usableDay(k);
        }
        double[] baseline = new double[n];
        Arrays.fill(baseline, Double.NaN);
        LocalDate[] days = new LocalDate[n];
        List<List<Double>> byWeekday = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            byWeekday.add(new ArrayList<>());
        }
        double[] window = new double[WEEK];
        for (int k = 0; k < n; k++) {
            days[k] = dayOf(grid, k);
            if (!usable[k] || k < WEEK) {
                continue;
            }
            int m = 0;
            for (int j = k - WEEK; j < k; j++) {
                if (usable[j]) {
                    window[m++] = y[j];
                }
            }
            if (m >= MIN_HISTORY) {
                // the week's median sits about four days back: carry a rising level forward to today, so steady
                // growth (a launch, a build-up) is not read as a jump; a falling level is not carried (a fading
                // burst levels off, and its end is no jump either)
                baseline[k] = median(Arrays.copyOf(window, m)) + Math.max(0, risingSlope(y, usable, k)) * (WEEK + 1)
                        / 2.0;
                byWeekday.get(weekday(days[k])).add(y[k] - baseline[k]);
            }
        }
        double[] weekdayOffset = new double[7];
        for (int d = 0; d < 7; d++) {
            List<Double> offsets = byWeekday.get(d);
            weekdayOffset[d] = offsets.size() >= 4 ? median(offsets.stream().mapToDouble(Double::doubleValue)
                    .toArray()) : 0;
        }
        double[] residual = new double[n];
        List<Double> all = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(baseline[k])) {
                residual[k] = y[k] - baseline[k] - weekdayOffset[weekday(days[k])];
                all.add(Math.abs(residual[k]));
            }
        }
        if (all.size() < WEEK) {
            return List.of();
        }
        double scale = Math.max(MIN_SCALE, 1.4826 * median(all.stream().mapToDouble(Double::doubleValue).toArray()));
        List<Jump> jumps = new ArrayList<>();
        boolean previousRaised = false;
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(baseline[k])) {
                previousRaised = false;
                continue;
            }
            double expected = Math.expm1(baseline[k] + weekdayOffset[weekday(days[k])]);
            double dayScale = Math.max(scale, 1 / Math.sqrt(Math.max(expected, 0) + 1));
            double significance = residual[k] / dayScale;
            double size = (views[k] + 1) / (Math.max(expected, 0) + 1);
            boolean raised = significance >= minSignificance && size >= minSize;
            if (raised && !previousRaised) {
                jumps.add(new Jump(series.videoId(), days[k], size, significance));
            }
            previousRaised = raised;
        }
        return jumps;
    }

    /** The Theil–Sen slope of log daily views over the usable days of the week before day {@code k}, per day. */
    private static double risingSlope(double[] y, boolean[] usable, int k) {
        double[] slopes = new double[WEEK * (WEEK - 1) / 2];
        int m = 0;
        for (int i = k - WEEK; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (usable[i] && usable[j]) {
                    slopes[m++] = (y[j] - y[i]) / (j - i);
                }
            }
        }
        return m == 0 ? 0 : median(Arrays.copyOf(slopes, m));
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
