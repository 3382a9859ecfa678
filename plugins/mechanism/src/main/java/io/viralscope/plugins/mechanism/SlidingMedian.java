package io.viralscope.plugins.mechanism;

import java.util.Arrays;

/**
 * Medians of the usable views over windows that slide forward, as the episode search asks for them: the window's
 * values are kept sorted and updated by the days that enter and leave it, instead of copied and sorted again for
 * every day (that sort was the detector's largest cost). A window that moves back or jumps far is built afresh.
 * The median is the same number {@link DailyViews#median} gives.
 *
 * <p>Not thread-safe: one instance serves one search.
 */
final class SlidingMedian {

    private final double[] views;
    private final boolean[] usable;
    private double[] sorted = new double[16];
    private int count;
    private int from;
    private int to;

    SlidingMedian(DailyViews days) {
        this.views = days.views();
        this.usable = days.usable();
    }

    /** Median of the usable views among days {@code from} (inclusive) to {@code to} (exclusive); NaN if none. */
    double median(int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.max(lo, Math.min(to, views.length));
        if (lo < this.from || hi < this.to || lo >= this.to || (lo - this.from) + (hi - this.to) > count) {
            rebuild(lo, hi);
        } else {
            for (int k = this.from; k < lo; k++) {
                if (usable[k]) {
                    remove(views[k]);
                }
            }
            for (int k = this.to; k < hi; k++) {
                if (usable[k]) {
                    insert(views[k]);
                }
            }
            this.from = lo;
            this.to = hi;
        }
        if (count == 0) {
            return Double.NaN;
        }
        int mid = (count - 1) / 2;
        return count % 2 == 1 ? sorted[mid] : sorted[mid] + 0.5 * (sorted[mid + 1] - sorted[mid]);
    }

    private void rebuild(int lo, int hi) {
        count = 0;
        for (int k = lo; k < hi; k++) {
            if (usable[k]) {
                ensureRoom();
                sorted[count++] = views[k];
            }
        }
        Arrays.sort(sorted, 0, count);
        from = lo;
        to = hi;
    }

    private void insert(double v) {
        ensureRoom();
        int at = Arrays.binarySearch(sorted, 0, count, v);
        at = at < 0 ? -at - 1 : at;
        System.arraycopy(sorted, at, sorted, at + 1, count - at);
        sorted[at] = v;
        count++;
    }

    private void remove(double v) {
        int at = Arrays.binarySearch(sorted, 0, count, v);
        System.arraycopy(sorted, at + 1, sorted, at, count - at - 1);
        count--;
    }

    private void ensureRoom() {
        if (count == sorted.length) {
            sorted = Arrays.copyOf(sorted, 2 * count);
        }
    }
}
