package io.viralscope.plugins.shared;

/**
 * The pairwise slopes {@code (y_j − y_i)/(j − i)} of the usable days of a week, kept sorted while the week slides
 * forward a day at a time: a step takes out the slopes of the day that leaves and merges in those of the day that
 * enters (at most six each), instead of computing and sorting all 21 again. Their median is the Theil–Sen slope
 * of the week, the same number a sort of the week's slopes gives.
 *
 * <p>Not thread-safe: one instance serves one pass over one series.
 */
final class SlopeWindow {

    private static final int WEEK = JumpFinder.WEEK;

    private final double[] y;
    private final boolean[] usable;
    private double[] sorted = new double[WEEK * (WEEK - 1) / 2];
    private double[] merged = new double[WEEK * (WEEK - 1) / 2];
    private final double[] leaving = new double[WEEK - 1];
    private final double[] entering = new double[WEEK - 1];
    private int count;
    /** The window is the days {@code [end − WEEK, end)}. */
    private int end;

    /** The window of the first week, days 0 to 6; {@code y} has at least a week of days. */
    SlopeWindow(double[] y, boolean[] usable) {
        this.y = y;
        this.usable = usable;
        for (int i = 0; i < WEEK; i++) {
            for (int j = i + 1; j < WEEK; j++) {
                if (usable[i] && usable[j]) {
                    sorted[count++] = (y[j] - y[i]) / (j - i);
                }
            }
        }
        sort(sorted, count);
        end = WEEK;
    }

    /** The days {@code [end − WEEK, end)} the window holds. */
    int end() {
        return end;
    }

    /** Moves the window one day forward. */
    void advance() {
        int out = end - WEEK;
        int leaves = 0;
        int enters = 0;
        for (int j = out + 1; j < end; j++) {
            if (usable[out] && usable[j]) {
                leaving[leaves++] = (y[j] - y[out]) / (j - out);
            }
            if (usable[j] && usable[end]) {
                entering[enters++] = (y[end] - y[j]) / (end - j);
            }
        }
        sort(leaving, leaves);
        sort(entering, enters);
        count = merge(leaves, enters);
        double[] t = sorted;
        sorted = merged;
        merged = t;
        end++;
    }

    /**
     * The window's slopes without those leaving, with those entering, in order, into {@code merged}; returns how
     * many. The leaving slopes are among the window's, both in order, so each is met where it stands.
     */
    private int merge(int leaves, int enters) {
        int n = 0;
        int l = 0;
        int e = 0;
        for (int i = 0; i < count; i++) {
            double v = sorted[i];
            if (l < leaves && v == leaving[l]) {
                l++;
                continue;
            }
            while (e < enters && entering[e] < v) {
                merged[n++] = entering[e++];
            }
            merged[n++] = v;
        }
        while (e < enters) {
            merged[n++] = entering[e++];
        }
        return n;
    }

    /** The median of the window's slopes, 0 when it has none. */
    double median() {
        if (count == 0) {
            return 0;
        }
        int h = count / 2;
        return count % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
    }

    /** Insertion sort of the first {@code m} values (at most 21). */
    private static void sort(double[] a, int m) {
        for (int i = 1; i < m; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
