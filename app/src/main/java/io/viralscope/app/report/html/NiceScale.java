package io.viralscope.app.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis whose ends and ticks fall on "nice" numbers (1, 2, 2.5, 5 × 10^k), after Heckbert,
 * "Nice numbers for graph labels", Graphics Gems (1990).
 *
 * @param min  lower end of the axis, a multiple of {@code step}
 * @param max  upper end of the axis, a multiple of {@code step}
 * @param step distance between ticks, positive
 */
public record NiceScale(double min, double max, double step) {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /**
     * The smallest nice axis covering {@code lo..hi} with at most {@code maxTicks} ticks. An empty or degenerate
     * range widens around its value so the axis never collapses.
     */
    public static NiceScale covering(double lo, double hi, int maxTicks) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            hi = lo + pad;
            lo = lo == 0 ? 0 : lo - pad;
        }
        double raw = (hi - lo) / Math.max(1, maxTicks - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (int round = 0; ; round++) {
            for (double n : NICE) {
                double step = n * magnitude * Math.pow(10, round);
                double min = Math.floor(lo / step + 1e-9) * step;
                double max = Math.ceil(hi / step - 1e-9) * step;
                if (Math.round((max - min) / step) + 1 <= maxTicks) {
                    return new NiceScale(min, max, step);
                }
            }
        }
    }

    /** The tick values from {@code min} to {@code max}. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            double t = min + i * step;
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** The position of {@code value} along the axis, 0 at {@code min} and 1 at {@code max}. */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }
}
