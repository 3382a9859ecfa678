package io.viralscope.plugins.mechanism;

/**
 * The memory kernel of a self-exciting view process: {@code φ(τ) = (τ + c)^−(1+θ) / Z} for lags
 * {@code τ = 1, 2, …} days, normalised so that {@code Σ_{τ≥1} φ(τ) = 1}. {@code φ(τ)} is the share of a view's
 * direct offspring that arrive {@code τ} days later; a branching ratio {@code n} multiplies it.
 *
 * <p>References: Crane &amp; Sornette, "Robust dynamic classes revealed by measuring the response function of a
 * social system", PNAS 105 (2008), the kernel {@code φ(t) ∝ t^−(1+θ)} with θ ≈ 0.4 on YouTube; Rizoiu et al.,
 * "Expecting to be HIP", WWW 2017, the shifted form {@code (τ + c)^−(1+θ)}. The normaliser
 * {@code Z = ζ(1+θ, 1+c)} (a Hurwitz zeta value) is summed explicitly for the first lags and completed by the
 * Euler–Maclaurin formula, accurate far beyond double precision's needs here.
 *
 * <p>Immutable and thread-safe.
 */
final class MemoryKernel {

    /** Lags summed term by term before the Euler–Maclaurin tail. */
    static final int EXPLICIT_TERMS = 32;

    private final double[] weights;

    /**
     * @param theta   θ, the tail exponent of the kernel, {@code > 0} (about 0.4 for YouTube)
     * @param shift   c, in days, {@code > 0}: keeps the kernel finite at short lags
     * @param horizon the longest lag tabulated, in days
     */
    MemoryKernel(double theta, double shift, int horizon) {
        if (!(theta > 0) || !(shift > 0) || horizon < 0) {
            throw new IllegalArgumentException("kernel needs theta > 0, shift > 0 and horizon >= 0");
        }
        double z = normaliser(theta, shift);
        weights = new double[horizon + 1];
        for (int tau = 1; tau <= horizon; tau++) {
            weights[tau] = Math.pow(tau + shift, -(1 + theta)) / z;
        }
    }

    /** {@code Z = Σ_{τ≥1} (τ + c)^−(1+θ)}: explicit terms, then the Euler–Maclaurin tail. */
    static double normaliser(double theta, double shift) {
        double s = 1 + theta;
        double z = 0;
        for (int tau = 1; tau < EXPLICIT_TERMS; tau++) {
            z += Math.pow(tau + shift, -s);
        }
        return z + tail(theta, shift, EXPLICIT_TERMS);
    }

    /**
     * {@code Σ_{τ≥from} (τ + c)^−(1+θ)} by the Euler–Maclaurin formula: accurate far beyond double precision's needs
     * from {@value #EXPLICIT_TERMS} on.
     */
    static double tail(double theta, double shift, int from) {
        double s = 1 + theta;
        double a = from + shift;
        double f = Math.pow(a, -s);
        return Math.pow(a, -theta) / theta + f / 2 + s * f / a / 12 - s * (s + 1) * (s + 2) * f / (a * a * a) / 720;
    }

    /** φ(τ) for {@code 1 <= tau <=} the horizon given. */
    double at(int tau) {
        return weights[tau];
    }

    /** The memory term {@code M_t = Σ_{τ=1}^{t} φ(τ)·x_{t−τ}} of every day {@code t} of {@code x}. */
    double[] memory(double[] x) {
        double[] m = new double[x.length];
        double[] w = weights;
        for (int t = 1; t < x.length; t++) {
            // four partial sums: independent additions run in parallel instead of waiting on one another
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int tau = 1;
            for (; tau + 3 <= t; tau += 4) {
                s0 += w[tau] * x[t - tau];
                s1 += w[tau + 1] * x[t - tau - 1];
                s2 += w[tau + 2] * x[t - tau - 2];
                s3 += w[tau + 3] * x[t - tau - 3];
            }
            for (; tau <= t; tau++) {
                s0 += w[tau] * x[t - tau];
            }
            m[t] = (s0 + s1) + (s2 + s3);
        }
        return m;
    }

    /**
     * The mean response {@code m_t = drive_t + n·Σ_{τ=1}^{t} φ(τ)·m_{t−τ}} of the process with branching ratio
     * {@code n} to {@code drive}.
     */
    double[] meanResponse(double[] drive, double branchingRatio) {
        double[] m = new double[drive.length];
        for (int t = 0; t < drive.length; t++) {
            double sum = 0;
            for (int tau = 1; tau <= t; tau++) {
                sum += weights[tau] * m[t - tau];
            }
            m[t] = drive[t] + branchingRatio * sum;
        }
        return m;
    }
}
