package io.viralscope.plugins.inflection;

import java.util.List;

/**
 * The inflection of the cumulative curve: the maximum of daily views of a smooth S-curve, placed to a fraction of
 * a day by a {@link LocalQuadratic} in log daily views around the smoothed maximum. The window's half-width is
 * 0.4 of the peak's full width at half maximum (3 to 20 days), wide enough to average the noise of a broad peak and
 * narrow enough that a parabola still describes a logistic, Bass or (skewed) Gompertz peak; the window is
 * re-centred on the vertex until it stays.
 *
 * <p>No inflection is reported when the maximum is not smooth or not inside the series: when it is a shock, lies
 * within three days of either end, when daily views did not rise by half before it and fall by a fifth after it,
 * or when the parabola is not significantly concave (t of β2 above −2).
 *
 * @param vertex     the maximum as a fractional day index (day k is centred on k)
 * @param day        the day holding the maximum
 * @param dailyViews daily views at the maximum, from the parabola
 */
record Inflection(double vertex, int day, double dailyViews) {

    static final double WIDTH_FRACTION = 0.4;
    static final int MIN_HALF = 3;
    static final int MAX_HALF = 20;
    private static final double RISE = 1.5;
    private static final double FALL = 1.25;
    private static final int EDGE = 3;
    private static final double CONCAVITY_T = 2;

    static Inflection find(DailyIncrements days, double[] smoothed, Peak peak, List<Shock> shocks,
                           double[] weight) {
        int n = days.size();
        int c = peak.smoothedDay();
        double top = peak.smoothedViews();
        if (c < EDGE || c > n - 1 - EDGE || !(top > 0)) {
            return null;
        }
        for (Shock s : shocks) {
            if (Math.abs(s.day() - c) <= Peak.HALF_WIDTH) {
                return null;
            }
        }
        if (minUsable(days, smoothed, 0, c) * RISE > top || minUsable(days, smoothed, c, n - 1) * FALL > top) {
            return null;
        }
        int left = c;
        while (left > 0 && smoothed[left - 1] >= top / 2) {
            left--;
        }
        int right = c;
        while (right < n - 1 && smoothed[right + 1] >= top / 2) {
            right++;
        }
        int half = (int) Math.max(MIN_HALF, Math.min(MAX_HALF, Math.round(WIDTH_FRACTION * (right - left + 1))));
        double[] y = days.logs();
        LocalQuadratic fit = null;
        int previous = -1;
        for (int iteration = 0; iteration < 4; iteration++) {
            fit = LocalQuadratic.fit(y, weight, c, Math.max(0, c - half), Math.min(n - 1, c + half));
            if (fit == null || !(fit.b2() < 0) || Math.abs(fit.vertexOffset()) > half) {
                return null;
            }
            int next = c + (int) Math.round(fit.vertexOffset());
            if (next == c || next == previous || next < EDGE || next > n - 1 - EDGE) {
                break;
            }
            previous = c;
            c = next;
        }
        if (fit.b2() > -CONCAVITY_T * fit.b2Error()) {
            return null;
        }
        double u = fit.vertexOffset();
        double vertex = fit.centre() + u;
        int day = (int) Math.max(0, Math.min(n - 1, Math.round(vertex)));
        return new Inflection(vertex, day, Math.max(0, Math.expm1(fit.at(u))));
    }

    private static double minUsable(DailyIncrements days, double[] smoothed, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (int k = from; k <= to; k++) {
            if (days.isUsable(k)) {
                min = Math.min(min, smoothed[k]);
            }
        }
        return min;
    }
}
