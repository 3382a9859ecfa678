package io.viralscope.plugins.inflection;

import io.viralscope.api.DailyGrid;

/**
 * The daily views a detector reads, with the days it may trust: increment {@code k} (grid point {@code k} to
 * {@code k + 1}) is usable unless either end lies inside a gap between samples (docs/architecture.md#daily-grid: never read a shape
 * into interpolated days).
 *
 * @param views   daily views {@code x_k}, never negative
 * @param logs    {@code y_k = log1p(x_k)}
 * @param usable  1 for a usable day, 0 for a day inside a gap
 * @param usableCount number of usable days
 */
record DailyIncrements(double[] views, double[] logs, double[] usable, int usableCount) {

    static DailyIncrements of(DailyGrid grid) {
        double[] x = grid.dailyViews();
        double[] y = new double[x.length];
        double[] w = new double[x.length];
        int count = 0;
        for (int k = 0; k < x.length; k++) {
            y[k] = Math.log1p(x[k]);
            if (grid.usableDay(k)) {
                w[k] = 1;
                count++;
            }
        }
        return new DailyIncrements(x, y, w, count);
    }

    /** Number of days. */
    int size() {
        return views.length;
    }

    /** True when day {@code k} lies outside gaps. */
    boolean isUsable(int k) {
        return usable[k] > 0;
    }
}
