package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily views with one planted change point on day {@code τ}, drawn from 30% to 70% of the window, with count
 * noise around the expected views:
 * <ul>
 *   <li><b>step change</b>: a level shift by a factor from 1.6 to 5 (up or down, equally likely) on top of a slow
 *       drift of at most ±0.4% a day; day τ is the first at the new level;</li>
 *   <li><b>rate change</b>: log daily views are continuous and piecewise linear with a kink at τ, growth rate
 *       {@code g1} (−0.02 to 0.04 a day) before and {@code g2 = g1 ± 0.05–0.12} after; both rates are shrunk
 *       together if the log range would exceed 3.5 (a factor of 33), to keep counts away from zero.</li>
 * </ul>
 */
final class RegimeChange {

    private static final double MAX_LOG_RANGE = 3.5;

    private RegimeChange() {
    }

    static Trajectory generate(SimulatedMechanism mechanism, int days, double scale, double dispersion,
                               CountSampler draws, CountSampler noise) {
        int tau = draws.integer((int) Math.ceil(0.3 * days), (int) (0.7 * days));
        double[] logLevel = new double[days];
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("change_day", (double) tau);
        switch (mechanism) {
            case STEP_CHANGE -> {
                double factor = draws.logUniform(1.6, 5.0);
                double sign = draws.uniform() < 0.5 ? -1 : 1;
                double drift = draws.uniform(-0.004, 0.004);
                for (int t = 0; t < days; t++) {
                    logLevel[t] = drift * t + (t >= tau ? sign * Math.log(factor) : 0);
                }
                parameters.put("level_ratio", Math.exp(sign * Math.log(factor)));
                parameters.put("drift_per_day", drift);
            }
            case RATE_CHANGE -> {
                double g1 = draws.uniform(-0.02, 0.04);
                double g2 = g1 + (draws.uniform() < 0.5 ? -1 : 1) * draws.uniform(0.05, 0.12);
                double range = logRange(g1, g2, tau, days);
                if (range > MAX_LOG_RANGE) {
                    g1 *= MAX_LOG_RANGE / range;
                    g2 *= MAX_LOG_RANGE / range;
                }
                for (int t = 0; t < days; t++) {
                    logLevel[t] = t <= tau ? g1 * t : g1 * tau + g2 * (t - tau);
                }
                parameters.put("rate_before", g1);
                parameters.put("rate_after", g2);
            }
            default -> throw new IllegalArgumentException(mechanism + " is not a regime-change family");
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double v : logLevel) {
            top = Math.max(top, v);
        }
        double[] expected = new double[days];
        for (int t = 0; t < days; t++) {
            expected[t] = scale * Math.exp(logLevel[t] - top);
        }
        long[] daily = Trajectory.drawAround(expected, dispersion, noise);
        long initial = Math.round(expected[0] * draws.uniform(3, 30));
        return new Trajectory(initial, daily, expected, parameters, List.of(tau), null, null, null, null, null);
    }

    private static double logRange(double g1, double g2, int tau, int days) {
        double atTau = g1 * tau;
        double atEnd = atTau + g2 * (days - 1 - tau);
        double max = Math.max(0, Math.max(atTau, atEnd));
        double min = Math.min(0, Math.min(atTau, atEnd));
        return max - min;
    }
}
