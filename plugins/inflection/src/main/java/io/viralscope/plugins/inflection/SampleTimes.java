package io.viralscope.plugins.inflection;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The samples behind the daily grid, in grid days (day {@code k} runs from {@code k} to {@code k + 1}). The grid
 * spreads an interval's increment evenly over the time it spans, so a jump counted between a sample before a
 * midnight and one after it is shared by both days; these are the intervals to tell which day it was on.
 * Cumulative views are corrected to be non-decreasing, as the grid corrects them.
 */
final class SampleTimes {

    private static final double DAY_MILLIS = 86_400_000.0;

    private final double[] at;
    private final double[] views;

    private SampleTimes(double[] at, double[] views) {
        this.at = at;
        this.views = views;
    }

    static SampleTimes of(VideoSeries series, Instant gridStart) {
        List<Sample> samples = series.samples();
        double[] at = new double[samples.size()];
        double[] views = new double[samples.size()];
        double max = 0;
        for (int i = 0; i < at.length; i++) {
            at[i] = Duration.between(gridStart, samples.get(i).at()).toMillis() / DAY_MILLIS;
            max = Math.max(max, samples.get(i).views());
            views[i] = max;
        }
        return new SampleTimes(at, views);
    }

    /** Number of intervals between consecutive samples. */
    int intervals() {
        return Math.max(0, at.length - 1);
    }

    /**
     * The interval that spans {@code midnight} (a grid point) strictly inside it, or −1 when a sample lies on it
     * or no interval spans it.
     */
    int spanning(double midnight) {
        int i = Arrays.binarySearch(at, midnight);
        if (i >= 0) {
            return -1;
        }
        int after = -i - 1; // the first sample after midnight
        return after == 0 || after == at.length ? -1 : after - 1;
    }

    /** Start of interval {@code i}, in grid days. */
    double start(int i) {
        return at[i];
    }

    /** End of interval {@code i}, in grid days. */
    double end(int i) {
        return at[i + 1];
    }

    /** Views counted in interval {@code i}. */
    double increment(int i) {
        return views[i + 1] - views[i];
    }
}
