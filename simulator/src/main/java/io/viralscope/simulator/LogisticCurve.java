package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logistic curve {@code N(t) = K / (1 + e^{−r(t − t0)})} (Verhulst 1838): daily views peak at {@code t0},
 * where {@code N = K/2}, with height {@code K·r/4}.
 *
 * @param saturation K, the views the curve tends to
 * @param rate       r, per day
 * @param midpoint   t0, days since the first sample
 */
record LogisticCurve(double saturation, double rate, double midpoint) implements CumulativeCurve {

    /** The curve whose daily views peak at {@code peakDailyViews} on day {@code midpoint}. */
    static LogisticCurve withPeak(double peakDailyViews, double rate, double midpoint) {
        return new LogisticCurve(4 * peakDailyViews / rate, rate, midpoint);
    }

    @Override
    public double cumulative(double t) {
        return saturation / (1 + Math.exp(-rate * (t - midpoint)));
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
