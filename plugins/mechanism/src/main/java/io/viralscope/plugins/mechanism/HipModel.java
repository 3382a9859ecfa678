package io.viralscope.plugins.mechanism;

/**
 * The Hawkes intensity process (HIP) of Rizoiu, Xie, Sanner, Cebrian, Yu &amp; Van Hentenryck, "Expecting to be
 * HIP: Hawkes Intensity Processes for Social Media Popularity", WWW 2017, in its daily form:
 * <pre>
 *   ξ(t) = μ·s(t) + C·Σ_{τ=1}^{t} ξ(t − τ)·(τ + c)^−(1+θ)
 * </pre>
 * where {@code ξ(t)} is the expected views of day {@code t}, {@code s(t)} the external stimulus (promotion) and
 * {@code μ} the sensitivity to it. Derived measures:
 * <ul>
 *   <li><b>branching factor</b> {@code n = C/(θ·c^θ)}, the continuous approximation
 *       {@code C·∫_0^∞ (τ + c)^−(1+θ) dτ} of the mean number of views one view brings (the paper's
 *       Theorem 2.1 and its {@code get_n});</li>
 *   <li><b>endogenous response</b>: the total {@code Σ_{t<H} ξ(t)} of views that follow a unit impulse
 *       {@code ξ(0) = 1} without further stimulus, over a horizon of {@code H} days (the authors' code integrates
 *       10,000 days). It tends to {@code 1/(1 − n_d)} for the discrete branching ratio
 *       {@code n_d = C·Σ_{τ≥1}(τ + c)^−(1+θ) < 1} and grows without bound when {@code n_d ≥ 1};</li>
 *   <li><b>viral potential</b> {@code μ × endogenous response} (Rizoiu &amp; Xie, ICWSM 2017): the views one unit
 *       of promotion eventually brings.</li>
 * </ul>
 * In the authors' fits the kernel constant is {@code C = K·(α − 1)/(α − β − 1)}, where {@code K} scales the video's
 * quality and α, β describe the distribution of user influence (α = 2.016, β = 0.1 in their experiments); see
 * {@link #fromPublished}.
 *
 * @param kernelScale           C
 * @param shift                 c, days ({@code > 0})
 * @param theta                 θ ({@code > 0})
 * @param exogenousSensitivity  μ, views per unit of stimulus
 */
record HipModel(double kernelScale, double shift, double theta, double exogenousSensitivity) {

    /** The horizon of the authors' endogenous-response computation, in days. */
    static final int DEFAULT_HORIZON_DAYS = 10_000;

    /** Validates the parameters. */
    HipModel {
        if (!(kernelScale >= 0) || !(shift > 0) || !(theta > 0) || !Double.isFinite(exogenousSensitivity)) {
            throw new IllegalArgumentException("HIP needs C >= 0, c > 0, theta > 0 and a finite mu");
        }
    }

    /**
     * The model from HIP's published parameters: {@code C = K·(α − 1)/(α − β − 1)}.
     *
     * @param k     K, the video's quality scale
     * @param beta  β, user-influence exponent of the kernel ({@code < α − 1})
     * @param alpha α, power-law exponent of the user-influence distribution (2.016 in the paper)
     * @param c     c, days
     * @param theta θ
     * @param mu    μ, sensitivity to the external stimulus
     */
    static HipModel fromPublished(double k, double beta, double alpha, double c, double theta, double mu) {
        if (!(beta < alpha - 1)) {
            throw new IllegalArgumentException("HIP's C = K(α−1)/(α−β−1) needs β < α − 1");
        }
        return new HipModel(k * (alpha - 1) / (alpha - beta - 1), c, theta, mu);
    }

    /**
     * The model whose discrete kernel has branching ratio {@code n}: {@code C = n / Σ_{τ≥1}(τ + c)^−(1+θ)}, so that
     * {@code C·(τ + c)^−(1+θ) = n·φ(τ)} with the normalised {@link MemoryKernel} φ.
     */
    static HipModel ofBranchingRatio(double n, double c, double theta, double mu) {
        return new HipModel(n / MemoryKernel.normaliser(theta, c), c, theta, mu);
    }

    /** {@code n = C/(θ·c^θ)}, the continuous approximation of the branching factor. */
    double branchingFactor() {
        return kernelScale / (theta * Math.pow(shift, theta));
    }

    /** {@code n_d = C·Σ_{τ≥1}(τ + c)^−(1+θ)}, the branching ratio of the daily model. */
    double discreteBranchingRatio() {
        return kernelScale * MemoryKernel.normaliser(theta, shift);
    }

    /**
     * The endogenous response over {@code horizonDays} days: {@code Σ_{t<H} ξ(t)} after a unit impulse
     * {@code ξ(0) = 1}, by the recursion itself, the kernel written as a sum of exponentials
     * ({@link ExponentialMemory}: {@code O(H)} time).
     */
    double endogenousResponse(int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day but was " + horizonDays);
        }
        double[] impulse = new double[horizonDays];
        impulse[0] = 1;
        double total = 0;
        for (double xi : ExponentialMemory.response(impulse, theta, shift, kernelScale)) {
            total += xi;
        }
        return total;
    }

    /** {@code μ × endogenousResponse(horizonDays)}. */
    double viralPotential(int horizonDays) {
        return exogenousSensitivity * endogenousResponse(horizonDays);
    }
}
