package io.viralscope.plugins.forecast;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.VideoSeries;

import java.time.Instant;

/**
 * What a forecast starts from: the cumulative views of the regular daily grid (docs/architecture.md#daily-grid), the daily views
 * between its points, and the last sample, from which the horizons count.
 *
 * @param cumulative {@code N_k} at each grid point, non-decreasing
 * @param usable     whether day {@code k} (from point {@code k} to {@code k + 1}) rests on real samples, neither
 *                   end inside a gap between samples longer than the grid allows
 * @param lastAt     the last sample's instant
 * @param lastViews  the views at the last sample (the grid's corrected, non-decreasing count)
 */
record CumulativeViews(double[] cumulative, boolean[] usable, Instant lastAt, double lastViews) {

    /** The cumulative views of {@code series}, which must have at least one sample, on its {@code grid}. */
    static CumulativeViews of(VideoSeries series, DailyGrid grid) {
        double[] n = grid.cumulativeViews();
        boolean[] usable = new boolean[Math.max(0, n.length - 1)];
        for (int k = 0; k < usable.length; k++) {
            usable[k] = grid.usableDay(k);
        }
        double last = Math.max(n.length == 0 ? 0 : n[n.length - 1], series.last().orElseThrow().views());
        return new CumulativeViews(n, usable, series.lastAt().orElseThrow(), last);
    }

    /** Number of daily increments. */
    int days() {
        return usable.length;
    }

    /** Views gained on day {@code k}. */
    double daily(int k) {
        return cumulative[k + 1] - cumulative[k];
    }

    /** The last usable day, or −1 when none is. */
    int lastUsableDay() {
        for (int k = usable.length - 1; k >= 0; k--) {
            if (usable[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The most views of any usable day; 0 when none is usable. */
    double busiestDay() {
        double most = 0;
        for (int k = 0; k < usable.length; k++) {
            if (usable[k]) {
                most = Math.max(most, daily(k));
            }
        }
        return most;
    }

    /** Number of usable days. */
    int usableDays() {
        int u = 0;
        for (boolean b : usable) {
            if (b) {
                u++;
            }
        }
        return u;
    }
}
