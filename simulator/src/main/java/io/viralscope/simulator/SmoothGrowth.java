package io.viralscope.simulator;

import java.util.List;

/**
 * Daily views following a smooth diffusion curve ({@link LogisticCurve}, {@link GompertzCurve},
 * {@link BassCurve}) with count noise around the expected increments. The curve's inflection (the daily-views
 * maximum) lies well inside the window, except for Bass external push, whose daily views fall from launch.
 * Growth rates are drawn from 0.12 to 0.5 per day (peaks about one to four weeks wide).
 */
final class SmoothGrowth {

    private SmoothGrowth() {
    }

    static Trajectory generate(SimulatedMechanism mechanism, int days, double scale, double dispersion,
                               CountSampler draws, CountSampler noise) {
        CumulativeCurve curve = switch (mechanism) {
            case LOGISTIC -> LogisticCurve.withPeak(scale, draws.uniform(0.12, 0.5),
                    draws.uniform(0.3, 0.6) * days);
            case GOMPERTZ -> GompertzCurve.withPeak(scale, draws.uniform(0.12, 0.5),
                    draws.uniform(0.25, 0.55) * days);
            case BASS_WORD_OF_MOUTH -> wordOfMouth(days, scale, draws);
            case BASS_EXTERNAL_PUSH -> externalPush(scale, draws);
            default -> throw new IllegalArgumentException(mechanism + " is not a smooth family");
        };
        double[] expected = curve.expectedDailyViews(days);
        long[] daily = Trajectory.drawAround(expected, dispersion, noise);
        int peak = Trajectory.argMax(expected);
        Integer inflection = peak > 0 && peak < days - 1 ? peak : null;
        return new Trajectory(Math.round(curve.cumulative(0)), daily, expected, curve.parameters(), List.of(),
                null, inflection, null, null, null);
    }

    /**
     * q ≫ p: q/p drawn log-uniformly from 20 to 2,000 and the peak time from 30% to 60% of the window; the speed
     * p + q = ln(q/p)/t* is then kept within 0.1–0.4 a day (moving the peak if needed).
     */
    private static BassCurve wordOfMouth(int days, double scale, CountSampler draws) {
        double ratio = draws.logUniform(20, 2000);
        double peakTime = draws.uniform(0.3, 0.6) * days;
        double speed = Math.min(0.4, Math.max(0.1, Math.log(ratio) / peakTime));
        double p = speed / (1 + ratio);
        double q = speed - p;
        BassCurve unit = new BassCurve(1, p, q);
        return new BassCurve(scale / unit.rate(unit.peakTime()), p, q);
    }

    /** p ≥ q: q/p between 0.1 and 1, daily views highest at launch. */
    private static BassCurve externalPush(double scale, CountSampler draws) {
        double speed = draws.uniform(0.05, 0.2);
        double ratio = draws.uniform(0.1, 1.0);
        double p = speed / (1 + ratio);
        double q = speed - p;
        return new BassCurve(scale / p, p, q);
    }
}
