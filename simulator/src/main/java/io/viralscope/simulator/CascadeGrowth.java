package io.viralscope.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily views of a {@link SelfExcitingCascade} under the four drives of Crane &amp; Sornette (PNAS 105, 2008),
 * with θ = 0.4 and kernel shift c drawn from 0.5 to 2 days:
 * <ul>
 *   <li><b>exogenous</b>: a weak background plus one shock on a day in the first half of the window; critical
 *       (n 0.95–1.0) relaxes as {@code t^−(1−θ)}, subcritical (n 0.2–0.5) as {@code t^−(1+θ)};</li>
 *   <li><b>endogenous-critical</b>: a weak background plus the most probable path of small shocks that leads to
 *       an endogenous burst at {@code t_c}, a drive growing as {@code (t_c − t + c)^−(1−θ)} until {@code t_c}
 *       (Sornette &amp; Helmstetter, Physica A 318, 2003); activity builds up and relaxes as
 *       {@code |t − t_c|^−(1−2θ)};</li>
 *   <li><b>endogenous-subcritical</b>: a steady background only: no significant burst.</li>
 * </ul>
 * Every day's background fluctuates log-normally (σ = 0.25). The drive is scaled so that the noise-free
 * response peaks at the requested scale. Those exponents are the theory's asymptotes; the ground truth's
 * relaxation exponent is the one the noise-free burst shows inside the window ({@link WindowRelaxation}).
 */
final class CascadeGrowth {

    /** θ, the memory kernel's exponent measured on YouTube by Crane &amp; Sornette. */
    static final double THETA = 0.4;
    private static final double BACKGROUND_SIGMA = 0.25;

    private CascadeGrowth() {
    }

    static Trajectory generate(SimulatedMechanism mechanism, int days, double scale, double dispersion,
                               CountSampler draws, CountSampler noise) {
        boolean critical = mechanism == SimulatedMechanism.EXOGENOUS_CRITICAL
                || mechanism == SimulatedMechanism.ENDOGENOUS_CRITICAL;
        double n = critical ? draws.uniform(0.95, 1.0) : draws.uniform(0.2, 0.5);
        double shift = draws.uniform(0.5, 2.0);
        double background = draws.logUniform(0.003, 0.02);
        int lowDay = Math.max(7, days / 6);
        int shockDay = draws.integer(lowDay, Math.max(lowDay, days / 2));
        int burstDay = draws.integer((int) (0.4 * days), (int) (0.7 * days));

        double[] drive = new double[days];
        double[] backgroundDrive = new double[days];
        Integer shock = null;
        Double asymptotic;
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("branching_ratio", n);
        parameters.put("theta", THETA);
        parameters.put("kernel_shift_days", shift);
        switch (mechanism) {
            case EXOGENOUS_CRITICAL, EXOGENOUS_SUBCRITICAL -> {
                for (int t = 0; t < days; t++) {
                    drive[t] = background * fluctuation(draws);
                    backgroundDrive[t] = drive[t];
                }
                drive[shockDay] += 1;
                shock = shockDay;
                asymptotic = exponent(critical ? 1 - THETA : 1 + THETA);
                parameters.put("background_fraction", background);
            }
            case ENDOGENOUS_CRITICAL -> {
                for (int t = 0; t < days; t++) {
                    double precursor = t <= burstDay ? Math.pow(burstDay - t + shift, -(1 - THETA)) : 0;
                    backgroundDrive[t] = background * fluctuation(draws);
                    drive[t] = backgroundDrive[t] + precursor;
                }
                asymptotic = exponent(1 - 2 * THETA);
                parameters.put("background_fraction", background);
                parameters.put("burst_day", (double) burstDay);
            }
            case ENDOGENOUS_SUBCRITICAL -> {
                for (int t = 0; t < days; t++) {
                    drive[t] = fluctuation(draws);
                }
                asymptotic = null;
            }
            default -> throw new IllegalArgumentException(mechanism + " is not a cascade family");
        }
        SelfExcitingCascade cascade = new SelfExcitingCascade(n, new PowerLawMemoryKernel(THETA, shift, days));
        double unitPeak = max(cascade.meanField(drive));
        double driveScale = scale / unitPeak;
        for (int t = 0; t < days; t++) {
            drive[t] *= driveScale;
            backgroundDrive[t] *= driveScale;
        }
        parameters.put("drive_scale", driveScale);
        Double windowAlpha = null;
        if (asymptotic != null) {
            double[] mean = cascade.meanField(drive);
            windowAlpha = WindowRelaxation.exponent(mean, cascade.meanField(backgroundDrive), Trajectory.argMax(mean),
                    shift, dispersion);
        }
        double[] intensity = new double[days];
        long[] daily = cascade.realise(drive, dispersion, noise, intensity);
        long initial = Math.round(intensity[0] * draws.uniform(3, 30));
        return new Trajectory(initial, daily, intensity, parameters, List.of(), shock, null, n, windowAlpha,
                asymptotic);
    }

    /** An exponent rounded to nine decimals, so 1 − 2θ reads 0.2 and not 0.19999999999999996. */
    private static double exponent(double alpha) {
        return Math.rint(alpha * 1e9) / 1e9;
    }

    /** A log-normal factor of mean 1. */
    private static double fluctuation(CountSampler draws) {
        return Math.exp(BACKGROUND_SIGMA * draws.normal() - BACKGROUND_SIGMA * BACKGROUND_SIGMA / 2);
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
