package io.viralscope.simulator;

/**
 * The memory kernel of the self-exciting cascade, {@code φ(τ) = (τ + c)^−(1+θ) / Z} for lags of
 * {@code τ = 1, 2, …} days, normalised so that {@code Σ_{τ≥1} φ(τ) = 1}: the fraction of a view's direct
 * offspring that arrive {@code τ} days later (Crane &amp; Sornette, "Robust dynamic classes revealed by measuring
 * the response function of a social system", PNAS 105, 2008; the shifted form is Rizoiu et al., WWW 2017).
 * The tail sum beyond 2,000 days is taken from the integral, whose error is far below double precision's
 * relevance here.
 */
final class PowerLawMemoryKernel {

    private static final int EXPLICIT_TERMS = 2000;

    private final double[] weights;

    /**
     * @param theta   θ, the kernel's tail exponent (0 &lt; θ &lt; 1; about 0.4 for YouTube)
     * @param shift   c, days, which keeps the kernel finite at short lags
     * @param horizon number of lags to tabulate
     */
    PowerLawMemoryKernel(double theta, double shift, int horizon) {
        double z = 0;
        for (int tau = 1; tau <= EXPLICIT_TERMS; tau++) {
            z += Math.pow(tau + shift, -(1 + theta));
        }
        z += Math.pow(EXPLICIT_TERMS + 0.5 + shift, -theta) / theta;
        weights = new double[horizon + 1];
        for (int tau = 1; tau <= horizon; tau++) {
            weights[tau] = Math.pow(tau + shift, -(1 + theta)) / z;
        }
    }

    /** φ(τ) for {@code 1 <= tau <= horizon}. */
    double at(int tau) {
        return weights[tau];
    }
}
