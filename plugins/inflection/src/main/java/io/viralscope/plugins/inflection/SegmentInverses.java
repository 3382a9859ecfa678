package io.viralscope.plugins.inflection;

/**
 * The tables {@code 1/L} and {@code 12/(L(L² − 1))} (0 for L ≤ 1) by segment length L, which
 * {@link PiecewiseLinearCost} reads for segments whose days are all usable. The same for every series, so they are
 * computed once and shared, grown when a longer series comes; immutable once published, so thread-safe.
 *
 * @param length 1/L at index L (index 0 unused)
 * @param spread 12/(L(L² − 1)) at index L
 */
record SegmentInverses(double[] length, double[] spread) {

    /** Six months of days and more: most series need no growth. */
    private static final int FIRST_SIZE = 512;

    private static volatile SegmentInverses shared = of(FIRST_SIZE);

    /** Tables covering lengths 0 to at least {@code n}. */
    static SegmentInverses upTo(int n) {
        SegmentInverses t = shared;
        if (t.length.length > n) {
            return t;
        }
        t = of(Math.max(n + 1, 2 * t.length.length));
        shared = t;
        return t;
    }

    private static SegmentInverses of(int size) {
        double[] length = new double[size];
        double[] spread = new double[size];
        for (int len = 1; len < size; len++) {
            length[len] = 1.0 / len;
            spread[len] = len > 1 ? 12.0 / ((double) len * ((double) len * len - 1)) : 0;
        }
        return new SegmentInverses(length, spread);
    }
}
