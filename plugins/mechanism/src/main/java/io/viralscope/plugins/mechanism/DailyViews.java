package io.viralscope.plugins.mechanism;

import io.viralscope.api.DailyGrid;

import java.time.Instant;

/**
 * Daily views of a series' regular grid (docs/architecture.md#daily-grid) with the days a detector may read a shape into.
 *
 * @param views  {@code x_k}, the views gained from grid point {@code k} to {@code k + 1}
 * @param usable whether day {@code k} rests on real samples: neither end lies inside a gap between samples longer
 *               than the grid allows (such days are interpolated; they still count as history)
 * @param closes 00:00 UTC of each day, {@code time(k)}: where an event about day {@code k} is
 *               stamped, always inside the series window
 */
record DailyViews(double[] views, boolean[] usable, Instant[] closes) {

    private static final long SECONDS_A_DAY = 86_400;

    /** The daily views of {@code grid}. */
    static DailyViews of(DailyGrid grid) {
        double[] x = grid.dailyViews();
        boolean[] usable = new boolean[x.length];
        Instant[] closes = new Instant[x.length];
        Instant start = grid.start();
        for (int k = 0; k < x.length; k++) {
            usable[k] = grid.usableDay(k);
            closes[k] = start.plusSeconds(SECONDS_A_DAY * k);  // time(k), without a Duration a day
        }
        return new DailyViews(x, usable, closes);
    }

    /** Number of days. */
    int size() {
        return views.length;
    }

    /** Number of usable days. */
    int usableCount() {
        int n = 0;
        for (boolean u : usable) {
            if (u) {
                n++;
            }
        }
        return n;
    }

    /** True when no usable day gained a view. */
    boolean flat() {
        for (int k = 0; k < views.length; k++) {
            if (usable[k] && views[k] > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Mean usable daily views of the window's last third over those of its first third: how far the level grew.
     * 1 when the first third has no views (nothing to grow from) or either third has no usable day.
     */
    double growth() {
        int third = views.length / 3;
        double first = mean(0, third);
        double last = mean(views.length - third, views.length);
        return first > 0 && Double.isFinite(last) ? last / first : 1;
    }

    private double mean(int from, int to) {
        double sum = 0;
        int n = 0;
        for (int k = from; k < to; k++) {
            if (usable[k]) {
                sum += views[k];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Median of the usable views among days {@code from} (inclusive) to {@code to} (exclusive); NaN if none. */
    double median(int from, int to) {
        double[] v = new double[Math.max(0, to - from)];
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, views.length); k++) {
            if (usable[k]) {
                v[n++] = views[k];
            }
        }
        return Statistics.median(v, n);
    }
}
