package io.viralscope.plugins.mechanism;

/**
 * The alternative to self-excitation that a change of outside inflow offers: the self-exciting model of
 * {@link SelfExcitingFit} with its background allowed one step, {@code μ_t = μ1} before day τ and {@code μ2} from
 * it, τ searched over the window, the kernel's shift {@code c} and the weights kept from the fit with a constant
 * background. Given τ the model is linear in μ1, μ2 and n, so each is solved exactly.
 *
 * <p>A level that steps up (a campaign, a feature, a release lifting the video) is, to a model with a constant
 * background, growth the memory must explain, and it does so with a branching ratio at or above 1; once the step
 * is allowed, the memory has nothing left to explain and n falls far below critical. A critical cascade keeps its
 * branching ratio with or without the step, and the step gains it little: its growth is the memory's.
 *
 * @param day          τ, the first day at the new level
 * @param gain         improvement of the weighted fit, {@code N·ln(RSS_constant/RSS_step)}: the log-likelihood
 *                     ratio of the two Gaussian quasi-likelihoods, twice the log-likelihood gain
 * @param branching    n with the step allowed
 * @param levelBefore  median daily views before τ
 * @param levelAfter   median daily views from τ on
 * @param held         median daily views of the last quarter of the days from τ on over those of its first
 *                     quarter: about 1 when the new level holds, well below when views fall back after a rise
 */
record LevelStep(int day, double gain, double branching, double levelBefore, double levelAfter, double held) {

    /**
     * Least {@link #held()} of a step: a new level holds within the drift of a steady series, whereas views that
     * rise and fall back (an S-curve of word of mouth rising fast) lose more than half of it.
     */
    static final double HOLDS = 0.5;

    /** Fewest days on each side of a step. */
    static final int MIN_SIDE_DAYS = 7;

    /** The best single step of the background of {@code days}, or {@code null} when the window is too short. */
    static LevelStep fit(DailyViews days, SelfExcitingFit hawkes) {
        double[] x = days.views();
        int size = x.length;
        if (size < 2 * MIN_SIDE_DAYS + 1) {
            return null;
        }
        boolean[] use = days.usable().clone();
        if (hawkes.impulseDay() >= 0) {
            use[hawkes.impulseDay()] = false;
        }
        double[] w = weights(hawkes.intensity());
        int count = usableCount(use);
        // prefix sums of the weighted normal equations, so each step day costs O(1); the sums before day t at
        // [6·t, 6·t + 6), the whole window's at the end
        double[] before = prefixSums(x, hawkes.memory(), w, use);
        double[] all = java.util.Arrays.copyOfRange(before, 6 * size, 6 * size + 6);
        // the constant background, solved the same way (μ1 = μ2): the nested model the step is compared with
        double constantRss = constant(all);
        double[] best = bestStep(before, all, size);
        double bestRss = best[0];
        int bestDay = (int) best[2];
        if (bestDay < 0 || !(bestRss > 0) || !(constantRss > 0)) {
            return null;
        }
        double bestN = best[1];
        double gain = count * Math.log(constantRss / bestRss);
        int quarter = Math.max(1, (size - bestDay) / 4);
        double held = days.median(size - quarter, size) / days.median(bestDay, bestDay + quarter);
        return new LevelStep(bestDay, Math.max(0, gain), bestN, days.median(0, bestDay),
                days.median(bestDay, size), held);
    }

    private static int usableCount(boolean[] use) {
        int count = 0;
        for (boolean u : use) {
            count += u ? 1 : 0;
        }
        return count;
    }

    private static double[] weights(double[] lambda) {
        double[] w = new double[lambda.length];
        for (int t = 0; t < lambda.length; t++) {
            w[t] = SelfExcitingFit.weight(lambda[t]);
        }
        return w;
    }

    /**
     * {@code Σw, ΣwM, ΣwM², Σwx, ΣwMx, Σwx²} over the usable days before day t, at {@code [6·t, 6·t + 6)} for t
     * from 0 to the window's length.
     */
    private static double[] prefixSums(double[] x, double[] memory, double[] w, boolean[] use) {
        int size = x.length;
        double[] before = new double[6 * (size + 1)];
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        for (int t = 0; t < size; t++) {
            if (use[t]) {
                a0 += w[t];
                a1 += w[t] * memory[t];
                a2 += w[t] * memory[t] * memory[t];
                a3 += w[t] * x[t];
                a4 += w[t] * memory[t] * x[t];
                a5 += w[t] * x[t] * x[t];
            }
            int at = 6 * (t + 1);
            before[at] = a0;
            before[at + 1] = a1;
            before[at + 2] = a2;
            before[at + 3] = a3;
            before[at + 4] = a4;
            before[at + 5] = a5;
        }
        return before;
    }

    /** {RSS, n, τ} of the best step day, τ −1 when no step day could be solved. */
    private static double[] bestStep(double[] before, double[] all, int size) {
        double bestRss = Double.POSITIVE_INFINITY;
        int bestDay = -1;
        double bestN = Double.NaN;
        double[] a = new double[6];
        double[] b = new double[6];
        double[] solved = new double[2];
        for (int tau = MIN_SIDE_DAYS; tau <= size - MIN_SIDE_DAYS; tau++) {
            for (int i = 0; i < 6; i++) {
                a[i] = before[6 * tau + i];
                b[i] = all[i] - a[i];
            }
            if (solve(a, b, solved) && solved[0] < bestRss) {
                bestRss = solved[0];
                bestDay = tau;
                bestN = solved[1];
            }
        }
        return new double[] {bestRss, bestN, bestDay};
    }

    /** RSS of {@code x = μ + n·M} by weighted least squares from the window's sums. */
    private static double constant(double[] all) {
        double det = all[0] * all[2] - all[1] * all[1];
        if (!(det > 1e-12 * all[0] * all[2])) {
            return Double.NaN;
        }
        double mu = (all[3] * all[2] - all[4] * all[1]) / det;
        double n = (all[0] * all[4] - all[1] * all[3]) / det;
        return all[5] - (mu * all[3] + n * all[4]);
    }

    /**
     * Weighted least squares of {@code x = μ1·[t < τ] + μ2·[t >= τ] + n·M} from the sums before and after τ
     * ({@code Σw, ΣwM, ΣwM², Σwx, ΣwMx, Σwx²}); puts {RSS, n} into {@code out}, or returns false when singular.
     */
    private static boolean solve(double[] a, double[] b, double[] out) {
        // normal equations in (μ1, μ2, n)
        double s11 = a[0];
        double s22 = b[0];
        double s13 = a[1];
        double s23 = b[1];
        double s33 = a[2] + b[2];
        double r1 = a[3];
        double r2 = b[3];
        double r3 = a[4] + b[4];
        if (!(s11 > 0) || !(s22 > 0)) {
            return false;
        }
        // eliminate μ1 and μ2: (s33 − s13²/s11 − s23²/s22)·n = r3 − s13·r1/s11 − s23·r2/s22
        double d = s33 - s13 * s13 / s11 - s23 * s23 / s22;
        if (!(d > 1e-12 * s33)) {
            return false;
        }
        double n = (r3 - s13 * r1 / s11 - s23 * r2 / s22) / d;
        double mu1 = (r1 - s13 * n) / s11;
        double mu2 = (r2 - s23 * n) / s22;
        // RSS = Σw x² − 2 β·r + β' S β, with the solution: Σw x² − β·r
        double rss = a[5] + b[5] - (mu1 * r1 + mu2 * r2 + n * r3);
        out[0] = rss;
        out[1] = n;
        return true;
    }
}
