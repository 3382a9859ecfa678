package io.viralscope.plugins.inflection;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The samples behind the daily grid, in grid days (day {@code k} runs from {@code k} to {@code k + 1}). The grid
 * spreads an interval's increment evenly over the time it spans, so a jump counted between a sample before a
 * midnight and one after it is shared by both days; these are the intervals to tell which day it was on.
 * Cumulative views are corrected to be non-decreasing, as the grid corrects them. Not thread-safe: one per
 * detection.
 */
final class SampleTimes {

    private static final double DAY_MILLIS = 86_400_000.0;

    private final List<Sample> samples;
    private final long startMillis;
    // read on first use: most series never have two days to read together
    private double[] at;
    private double[] views;

    private SampleTimes(List<Sample> samples, long startMillis) {
        this.samples = samples;
        this.startMillis = startMillis;
    }

    static SampleTimes of(VideoSeries series, Instant gridStart) {
        return new SampleTimes(series.samples(), gridStart.toEpochMilli());
    }

    private void read() {
        if (at != null) {
            return;
        }
        at = new double[samples.size()];
        views = new double[samples.size()];
        double max = 0;
        for (int i = 0; i < at.length; i++) {
            at[i] = (samples.get(i).at().toEpochMilli() - startMillis) / DAY_MILLIS;
            max = Math.max(max, samples.get(i).views());
            views[i] = max;
        }
    }

    /** Number of intervals between consecutive samples. */
    int intervals() {
        read();
        return Math.max(0, at.length - 1);
    }

    /**
     * The interval that spans {@code midnight} (a grid point) strictly inside it, or −1 when a sample lies on it
     * or no interval spans it.
     */
    int spanning(double midnight) {
        read();
        int i = Arrays.binarySearch(at, midnight);
        if (i >= 0) {
            return -1;
        }
        int after = -i - 1; // the first sample after midnight
        return after == 0 || after == at.length ? -1 : after - 1;
    }

    /** Start of interval {@code i}, in grid days. */
    double start(int i) {
        read();
        return at[i];
    }

    /** End of interval {@code i}, in grid days. */
    double end(int i) {
        read();
        return at[i + 1];
    }

    /** Views counted in interval {@code i}. */
    double increment(int i) {
        read();
        return views[i + 1] - views[i];
    }
}
