package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Gompertz curve {@code N(t) = K·exp(−e^{−r(t − t0)})} (Gompertz 1825; Winsor, PNAS 18, 1932): daily views
 * peak at {@code t0}, where {@code N = K/e}, with height {@code K·r/e}; the rise is faster than the fall.
 *
 * @param saturation K, the views the curve tends to
 * @param rate       r, per day
 * @param midpoint   t0, days since the first sample
 */
record GompertzCurve(double saturation, double rate, double midpoint) implements CumulativeCurve {

    /** The curve whose daily views peak at {@code peakDailyViews} on day {@code midpoint}. */
    static GompertzCurve withPeak(double peakDailyViews, double rate, double midpoint) {
        return new GompertzCurve(Math.E * peakDailyViews / rate, rate, midpoint);
    }

    @Override
    public double cumulative(double t) {
        return saturation * Math.exp(-Math.exp(-rate * (t - midpoint)));
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("saturation_views", saturation);
        p.put("growth_rate", rate);
        p.put("midpoint_day", midpoint);
        return p;
    }
}
