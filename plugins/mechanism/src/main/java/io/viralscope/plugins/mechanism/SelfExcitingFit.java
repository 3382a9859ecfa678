package io.viralscope.plugins.mechanism;

/**
 * A discrete-time self-exciting (Hawkes) model of daily views fitted by weighted least squares:
 * <pre>
 *   E[x_t | past] = μ + s·[t = p] + n·Σ_{τ=1}^{t} φ(τ)·x_{t−τ}
 * </pre>
 * with a constant background μ, an optional exogenous impulse {@code s} on day {@code p} (the burst), branching
 * ratio {@code n} and the normalised power-law {@link MemoryKernel} {@code φ} of tail exponent θ (held fixed) and
 * shift {@code c} (fitted). This is the conditional-mean form of the self-exciting process of Crane &amp; Sornette
 * (PNAS 105, 2008) and of HIP (Rizoiu et al., WWW 2017) on daily counts.
 *
 * <p>Given {@code c}, the model is linear in μ and n, so they are solved exactly (non-negative); {@code c} is
 * searched on a log grid from 0.05 to 20 days and refined by golden section. The weights are those of
 * over-dispersed counts, {@code 1/(λ + κλ²)} with κ = 0.04 (a 20% coefficient of variation at large counts), with
 * λ first taken from a three-day running median of the data, then twice from the fitted model (iteratively
 * reweighted least squares, the quasi-likelihood of the negative binomial). The impulse day is fitted exactly.
 *
 * @param background     μ, views per day that arrive from outside
 * @param impulse        s, the exogenous views of the impulse day, or 0 without one
 * @param impulseDay     p, or −1 without an impulse
 * @param branchingRatio n, the mean number of views each view brings (critical at 1)
 * @param shift          c, days
 * @param theta          θ, as given
 * @param weightedRss    weighted residual sum of squares of the final fit
 * @param observations   days fitted
 * @param memory         the memory term {@code Σ φ(τ)·x_{t−τ}} of each day of the series fitted, at the shift c
 */
record SelfExcitingFit(double background, double impulse, int impulseDay, double branchingRatio, double shift,
                       double theta, double weightedRss, int observations, double[] memory) {

    /** Largest branching ratio the fit may return: enough for any supercritical burst in a finite window. */
    static final double MAX_BRANCHING_RATIO = 2.0;
    static final double MIN_SHIFT = 0.05;
    static final double MAX_SHIFT = 20.0;

    private static final double OVERDISPERSION = 0.04;
    private static final int GRID = 12;
    private static final int GOLDEN_STEPS = 12;
    private static final int PASSES = 3;

    /**
     * Fits the model to daily views {@code x}.
     *
     * @param x          daily views, day 0 first
     * @param usable     days whose residuals count (days in gaps are used as history only)
     * @param impulseDay the burst day, or −1 for no impulse
     * @param theta      θ of the kernel
     * @return the fit; {@code null} when fewer than four days are usable
     */
    static SelfExcitingFit fit(double[] x, boolean[] usable, int impulseDay, double theta) {
        int count = fitted(usable, impulseDay);
        if (count < 4) {
            return null;
        }
        double[] weights = firstWeights(x, usable, impulseDay);
        // the memory term depends on the shift alone, not on the weights: the grid's are computed once for all passes
        double[] gridShifts = new double[GRID];
        double[][] gridMemories = new double[GRID][];
        double lo = Math.log(MIN_SHIFT);
        double step = (Math.log(MAX_SHIFT) - lo) / (GRID - 1);
        ExponentialMemory memories = new ExponentialMemory(x, theta);
        for (int i = 0; i < GRID; i++) {
            gridShifts[i] = Math.exp(lo + i * step);
            gridMemories[i] = memories.memory(gridShifts[i]);
        }
        SelfExcitingFit best = null;
        for (int pass = 0; pass < PASSES; pass++) {
            best = searchShift(x, usable, impulseDay, theta, weights, gridShifts, gridMemories, memories, count);
            best.reweight(usable, weights);
        }
        return best;
    }

    /** The days whose residuals count: usable, the impulse day left out. */
    private static int fitted(boolean[] usable, int impulseDay) {
        int count = 0;
        for (int t = 0; t < usable.length; t++) {
            if (usable[t] && t != impulseDay) {
                count++;
            }
        }
        return count;
    }

    /** The first weights, with λ from a three-day running median of the data. */
    private static double[] firstWeights(double[] x, boolean[] usable, int impulseDay) {
        double[] weights = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            weights[t] = usable[t] && t != impulseDay ? weight(runningMedian3(x, t)) : 0;
        }
        return weights;
    }

    /** The weights of the next pass, with λ from this fit. */
    private void reweight(boolean[] usable, double[] weights) {
        for (int t = 0; t < weights.length; t++) {
            double lambda = background + branchingRatio * memory[t] + (t == impulseDay ? impulse : 0);
            weights[t] = usable[t] && t != impulseDay ? weight(lambda) : 0;
        }
    }

    /**
     * The mean daily views the background alone would have produced: {@code m_t = μ + n·Σ φ(τ)·m_{t−τ}}, the
     * series without the burst.
     */
    double[] backgroundResponse(int days) {
        double[] drive = new double[days];
        java.util.Arrays.fill(drive, background);
        return ExponentialMemory.response(drive, theta, shift, branchingRatio / MemoryKernel.normaliser(theta, shift));
    }

    /** The conditional mean {@code E[x_t | past]} of each day of the series fitted, under the fitted model. */
    double[] intensity() {
        double[] lambda = new double[memory.length];
        for (int t = 0; t < memory.length; t++) {
            lambda[t] = background + branchingRatio * memory[t] + (t == impulseDay ? impulse : 0);
        }
        return lambda;
    }

    private static SelfExcitingFit searchShift(double[] x, boolean[] usable, int impulseDay, double theta,
                                         double[] weights, double[] gridShifts, double[][] gridMemories,
                                         ExponentialMemory memories, int count) {
        double lo = Math.log(MIN_SHIFT);
        double hi = Math.log(MAX_SHIFT);
        double step = (hi - lo) / (GRID - 1);
        Weighted sums = Weighted.of(x, weights);
        SelfExcitingFit[] grid = new SelfExcitingFit[GRID];
        int bestIndex = 0;
        for (int i = 0; i < GRID; i++) {
            grid[i] = solve(x, impulseDay, theta, gridShifts[i], gridMemories[i], weights, sums, count);
            if (grid[i].weightedRss < grid[bestIndex].weightedRss) {
                bestIndex = i;
            }
        }
        // golden-section search of ln c between the best grid point's neighbours
        double a = lo + Math.max(0, bestIndex - 1) * step;
        double b = lo + Math.min(GRID - 1, bestIndex + 1) * step;
        double g = (Math.sqrt(5) - 1) / 2;
        double c1 = b - g * (b - a);
        double c2 = a + g * (b - a);
        SelfExcitingFit f1 = solveAt(x, impulseDay, theta, Math.exp(c1), weights, sums, count, memories);
        SelfExcitingFit f2 = solveAt(x, impulseDay, theta, Math.exp(c2), weights, sums, count, memories);
        for (int k = 0; k < GOLDEN_STEPS; k++) {
            if (f1.weightedRss <= f2.weightedRss) {
                b = c2;
                c2 = c1;
                f2 = f1;
                c1 = b - g * (b - a);
                f1 = solveAt(x, impulseDay, theta, Math.exp(c1), weights, sums, count, memories);
            } else {
                a = c1;
                c1 = c2;
                f1 = f2;
                c2 = a + g * (b - a);
                f2 = solveAt(x, impulseDay, theta, Math.exp(c2), weights, sums, count, memories);
            }
        }
        SelfExcitingFit best = grid[bestIndex];
        for (SelfExcitingFit f : new SelfExcitingFit[] {f1, f2}) {
            if (f.weightedRss < best.weightedRss) {
                best = f;
            }
        }
        return best;
    }

    private static SelfExcitingFit solveAt(double[] x, int impulseDay, double theta, double shift, double[] weights,
                                           Weighted sums, int count, ExponentialMemory memories) {
        return solve(x, impulseDay, theta, shift, memories.memory(shift), weights, sums, count);
    }

    /**
     * The sums of the normal equations that do not involve the memory term, {@code Σw}, {@code Σwx} and
     * {@code Σwx²}: the same for every shift tried with one set of weights, so summed once a pass.
     */
    private record Weighted(double s00, double r0, double xx) {

        static Weighted of(double[] x, double[] weights) {
            double s00 = 0;
            double r0 = 0;
            double xx = 0;
            for (int t = 0; t < x.length; t++) {
                double w = weights[t];  // zero on days whose residuals do not count
                double wx = w * x[t];
                s00 += w;
                r0 += wx;
                xx += wx * x[t];
            }
            return new Weighted(s00, r0, xx);
        }
    }

    /** μ and n by weighted least squares for a given shift, both kept non-negative and n bounded. */
    private static SelfExcitingFit solve(double[] x, int impulseDay, double theta, double shift, double[] m,
                                         double[] weights, Weighted sums, int count) {
        double s00 = sums.s00();
        double s01 = 0;
        double s11 = 0;
        double r0 = sums.r0();
        double r1 = 0;
        double xx = sums.xx();
        for (int t = 0; t < x.length; t++) {
            double wm = weights[t] * m[t];
            s01 += wm;
            s11 += wm * m[t];
            r1 += wm * x[t];
        }
        double det = s00 * s11 - s01 * s01;
        double mu;
        double n;
        if (det > 1e-12 * s00 * s11) {
            mu = (r0 * s11 - r1 * s01) / det;
            n = (s00 * r1 - s01 * r0) / det;
        } else {
            mu = r0 / s00;
            n = 0;
        }
        if (n > MAX_BRANCHING_RATIO) {
            n = MAX_BRANCHING_RATIO;
            mu = (r0 - n * s01) / s00;
        }
        if (mu < 0) {
            mu = 0;
            n = s11 > 0 ? Math.min(MAX_BRANCHING_RATIO, Math.max(0, r1 / s11)) : 0;
        }
        if (n < 0) {
            n = 0;
            mu = Math.max(0, r0 / s00);
        }
        // Σw(x − μ − n·m)² expanded into the sums above: no second pass over the days
        double rss = Math.max(0, xx - 2 * (mu * r0 + n * r1) + mu * mu * s00 + 2 * mu * n * s01 + n * n * s11);
        double impulse = impulseDay >= 0 ? Math.max(0, x[impulseDay] - mu - n * m[impulseDay]) : 0;
        return new SelfExcitingFit(mu, impulse, impulseDay, n, shift, theta, rss, count, m);
    }

    /** The weight of a day with conditional mean {@code lambda}: the inverse variance of over-dispersed counts. */
    static double weight(double lambda) {
        double l = Math.max(lambda, 1);
        return 1 / (l + OVERDISPERSION * l * l);
    }

    private static double runningMedian3(double[] x, int t) {
        double a = x[Math.max(0, t - 1)];
        double b = x[t];
        double c = x[Math.min(x.length - 1, t + 1)];
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
