package io.viralscope.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A video series on a regular daily grid: the shared helper every detector works on (docs/architecture.md#daily-grid).
 *
 * <p>Grid points are the UTC midnights the samples cover: point {@code i} lies at {@code start + i days}, where
 * {@code start} is the first 00:00 UTC at or after the first sample, and the last point is the last 00:00 UTC at
 * or before the last sample. Daily view {@code k} (from point {@code k} to {@code k + 1}) is therefore the views of
 * one whole UTC day, the day that begins at {@link #time(int) time(k)}: an event about day {@code k} carries
 * {@code time(k)} as its instant. A part-day before the first midnight or after the last is left out rather than
 * read as a whole day (a series that starts from 0 views may be given a sample of 0 at the start of its first day).
 * Cumulative views are first corrected to be non-decreasing (a decrease keeps the previous maximum) and then
 * interpolated linearly between samples, so {@link #dailyViews()} is never negative. Grid points inside an interval
 * between samples longer than the gap allowance are still interpolated, but flagged by {@link #inGap(int)}: a
 * detector should not read a shape into them.
 *
 * <p>Instances are immutable; accessors return copies. Thread-safe.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class DailyGrid {

    /** Longest interval between two samples, in days, that is bridged by interpolation without a gap flag. */
    public static final double DEFAULT_MAX_GAP_DAYS = 3.0;

    /** Shortest run of identical view counts, in days, that counts as a frozen span. */
    public static final double FROZEN_MIN_DAYS = 2.0;

    private static final double DAY_SECONDS = 86_400.0;

    private final Instant start;
    private final double[] views;
    private final boolean[] inGap;
    private final List<Sample> samples;
    // engagement grids are built on first use: most detectors only read views
    private final Lazy likes = new Lazy(Sample::likes);
    private final Lazy comments = new Lazy(Sample::comments);
    private final Lazy shares = new Lazy(Sample::shares);
    private final SeriesQuality quality;
    private final double maxGapDays;

    private DailyGrid(Instant start, double[] views, boolean[] inGap, List<Sample> samples, SeriesQuality quality,
                      double maxGapDays) {
        this.maxGapDays = maxGapDays;
        this.start = start;
        this.views = views;
        this.inGap = inGap;
        this.samples = samples;
        this.quality = quality;
    }

    /** A grid of one optional count, computed once on demand; racing threads compute the same value. */
    private final class Lazy {
        private final Function<Sample, Long> count;
        private volatile Optional<double[]> value;

        Lazy(Function<Sample, Long> count) {
            this.count = count;
        }

        Optional<double[]> get() {
            Optional<double[]> v = value;
            if (v == null) {
                v = Optional.ofNullable(samples.isEmpty() ? null
                        : optionalCounts(samples, start, views.length, count));
                value = v;
            }
            return v.map(double[]::clone);
        }
    }

    /** The grid of {@code series} with the default gap allowance. */
    public static DailyGrid of(VideoSeries series) {
        return of(series, DEFAULT_MAX_GAP_DAYS);
    }

    /**
     * The grid of {@code series}.
     *
     * @param maxGapDays longest interval between samples, in days, bridged without a gap flag; must be {@code >= 1}
     */
    public static DailyGrid of(VideoSeries series, double maxGapDays) {
        if (!(maxGapDays >= 1.0)) {
            throw new IllegalArgumentException("maxGapDays must be >= 1 but was " + maxGapDays);
        }
        List<Sample> s = series.samples();
        if (s.isEmpty()) {
            return new DailyGrid(Instant.EPOCH, new double[0], new boolean[0], s, SeriesQuality.CLEAN, maxGapDays);
        }
        Instant start = midnightAtOrAfter(s.get(0).at());
        double[] t = new double[s.size()];
        double[] v = new double[s.size()];
        int decreases = 0;
        double max = 0;
        for (int k = 0; k < s.size(); k++) {
            t[k] = days(start, s.get(k).at());
            double raw = s.get(k).views();
            if (k > 0 && raw < s.get(k - 1).views()) {
                decreases++;
            }
            max = Math.max(max, raw);
            v[k] = max;
        }
        // t[0] is in (-1, 0]; the last point is the last midnight at or before the last sample
        int n = Math.max(0, (int) Math.floor(t[t.length - 1] + 1e-9) + 1);
        double[] views = interpolate(t, v, n);
        boolean[] inGap = new boolean[n];
        int gaps = 0;
        for (int k = 1; k < t.length; k++) {
            if (t[k] - t[k - 1] > maxGapDays) {
                gaps++;
                for (int i = Math.max(0, (int) Math.floor(t[k - 1]) + 1); i < n && i < t[k]; i++) {
                    inGap[i] = true;
                }
            }
        }
        return new DailyGrid(start, views, inGap, s, new SeriesQuality(gaps, decreases, frozenSpans(t, s)),
                maxGapDays);
    }

    /** True when this is the grid of {@code series} itself (the same sample list) with that gap allowance. */
    boolean isOf(VideoSeries series, double gapDays) {
        return samples == series.samples() && maxGapDays == gapDays;
    }

    /**
     * Number of grid points: the UTC midnights from the first sample to the last. 0 for an empty series or one
     * that lies within a single UTC day; 1 when the samples cover one midnight (no whole day).
     */
    public int size() {
        return views.length;
    }

    /** The instant of grid point 0: the first 00:00 UTC at or after the first sample. */
    public Instant start() {
        return start;
    }

    /** The instant of grid point {@code i}, 00:00 UTC; also the instant of daily view {@code i}, the day it begins. */
    public Instant time(int i) {
        return start.plus(Duration.ofDays(i));
    }

    /** Cumulative views at each grid point (corrected to be non-decreasing). */
    public double[] cumulativeViews() {
        return views.clone();
    }

    /**
     * Daily views: element {@code k} is the views gained from grid point {@code k} to {@code k + 1}, that is on the
     * UTC day beginning at {@link #time(int) time(k)}, the instant an event about that day carries. Length
     * {@code max(0, size() - 1)}; never negative.
     */
    public double[] dailyViews() {
        double[] x = new double[Math.max(0, views.length - 1)];
        for (int k = 0; k < x.length; k++) {
            x[k] = views[k + 1] - views[k];
        }
        return x;
    }

    /** True when grid point {@code i} lies inside an interval between samples longer than the gap allowance. */
    public boolean inGap(int i) {
        return inGap[i];
    }

    /**
     * True when daily increment {@code k} (from grid point {@code k} to {@code k + 1}) rests on real samples:
     * neither end lies inside a gap. The days a detector should fit; the others are interpolated.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.1.0")
    public boolean usableDay(int k) {
        return !inGap[k] && !inGap[k + 1];
    }

    /** Cumulative likes at each grid point, when every grid point lies between samples with known likes. */
    public Optional<double[]> cumulativeLikes() {
        return likes.get();
    }

    /** Cumulative comments at each grid point, when every grid point lies between samples with known comments. */
    public Optional<double[]> cumulativeComments() {
        return comments.get();
    }

    /** Cumulative shares at each grid point, when every grid point lies between samples with known shares. */
    public Optional<double[]> cumulativeShares() {
        return shares.get();
    }

    /** Gap, decrease and frozen-span flags of the underlying samples. */
    public SeriesQuality quality() {
        return quality;
    }

    /** The first 00:00 UTC at or after {@code at}. */
    static Instant midnightAtOrAfter(Instant at) {
        long day = Math.floorDiv(at.toEpochMilli(), 86_400_000L);
        Instant midnight = Instant.ofEpochMilli(day * 86_400_000L);
        return midnight.equals(at) ? at : midnight.plus(Duration.ofDays(1));
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / DAY_SECONDS;
    }

    /** Linear interpolation of (t, v) at t = 0, 1, ..., n-1; t is sorted, starts at or before 0 and ends at or after n-1. */
    private static double[] interpolate(double[] t, double[] v, int n) {
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k + 1 < t.length && t[k + 1] < i) {
                k++;
            }
            if (k + 1 >= t.length || t[k] >= i) {
                out[i] = v[Math.min(k, t.length - 1)];
            } else {
                double w = (i - t[k]) / (t[k + 1] - t[k]);
                out[i] = v[k] + w * (v[k + 1] - v[k]);
            }
        }
        return out;
    }

    private static double[] optionalCounts(List<Sample> s, Instant start, int n, Function<Sample, Long> count) {
        List<double[]> known = new ArrayList<>();
        for (Sample sample : s) {
            Long c = count.apply(sample);
            if (c != null) {
                known.add(new double[] {days(start, sample.at()), c});
            }
        }
        if (n == 0) {
            return known.isEmpty() ? null : new double[0];
        }
        if (known.isEmpty() || known.get(0)[0] > 1e-9 || known.get(known.size() - 1)[0] < n - 1 - 1e-9) {
            return null;
        }
        double[] t = new double[known.size()];
        double[] v = new double[known.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = known.get(k)[0];
            v[k] = known.get(k)[1];
        }
        return interpolate(t, v, n);
    }

    private static int frozenSpans(double[] t, List<Sample> s) {
        int spans = 0;
        int runStart = 0;
        for (int k = 1; k <= s.size(); k++) {
            boolean same = k < s.size() && s.get(k).views() == s.get(runStart).views();
            if (!same) {
                boolean grewAfter = k < s.size() && s.get(k).views() > s.get(runStart).views();
                if (k - 1 > runStart && t[k - 1] - t[runStart] >= FROZEN_MIN_DAYS && grewAfter
                        && s.get(runStart).views() > 0) {
                    spans++;
                }
                runStart = k;
            }
        }
        return spans;
    }
}
