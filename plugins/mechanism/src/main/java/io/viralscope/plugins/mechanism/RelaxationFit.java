package io.viralscope.plugins.mechanism;

/**
 * The relaxation of a burst: weighted least-squares fits of a power law {@code A·(τ + c)^−α} and of an exponential
 * {@code A·e^{−λτ}} to the views in excess of the baseline {@code τ = 1, 2, …} days after the peak, compared by
 * AIC.
 *
 * <p>Crane &amp; Sornette (PNAS 105, 2008) classify a burst by the exponent α of its power-law relaxation:
 * about {@code 1 + θ} after an exogenous shock to a subcritical audience, {@code 1 − θ} after a shock that ignites
 * a critical cascade, {@code 1 − 2θ} after an endogenous burst. A decay better described by an exponential has no
 * long memory at all. The shift {@code c} absorbs the first days' transient.
 *
 * <p>Search: α from 0 to 4 and {@code ln c} over {@code [ln 0.05, ln 30]} (or {@code c} held at a given value) on a
 * coarse grid with the amplitude solved exactly, then a pattern search halving its steps; λ on a log grid refined
 * by golden section. The weights are the caller's (inverse variances), so the residual sums of squares are
 * comparable between the two models: {@code AIC = m·ln(RSS/m) + 2k} with {@code k} the fitted parameters (A, α and
 * c when c is free; A and λ for the exponential).
 *
 * @param amplitude          A of the power law, views per day
 * @param exponent           α
 * @param shift              c, days
 * @param powerLawRss        weighted residual sum of squares of the power law
 * @param decayRate          λ of the exponential, per day
 * @param exponentialRss     weighted residual sum of squares of the exponential
 * @param points             days fitted
 * @param powerLawParameters 3 when c was fitted, 2 when it was held
 */
record RelaxationFit(double amplitude, double exponent, double shift, double powerLawRss, double decayRate,
                     double exponentialRss, int points, int powerLawParameters) {

    static final double MAX_EXPONENT = 4.0;
    static final double MIN_SHIFT = 0.05;
    static final double MAX_SHIFT = 30.0;
    private static final double MIN_RATE = 1e-4;
    private static final double MAX_RATE = 5.0;
    /** The coarse grid's step of α. */
    private static final double ALPHA_STEP = 0.1;

    /**
     * Fits both models to {@code excess[i]}, the excess views {@code τ = i + 1} days after the peak.
     *
     * @param excess  excess daily views after the peak, first day after the peak first
     * @param weights inverse variances of the days, zero for days to leave out
     * @param shift   c to hold fixed (such as the memory kernel's), or NaN to fit it within [0.05, 30] days
     * @return the fits, or {@code null} when fewer than four days have a positive weight
     */
    static RelaxationFit fit(double[] excess, double[] weights, double shift) {
        int m = positive(weights);
        if (m < 4) {
            return null;
        }
        // Σw·y², the same for every curve tried: summed once
        double syy = weightedSquares(excess, weights);
        boolean free = Double.isNaN(shift);
        double lo = free ? Math.log(MIN_SHIFT) : Math.log(shift);
        double hi = free ? Math.log(MAX_SHIFT) : lo;
        int cSteps = free ? 16 : 1;
        Best best = new Best(lo);
        for (int j = 0; j < cSteps; j++) {
            double logC = free ? lo + j * (hi - lo) / (cSteps - 1) : lo;
            alphaGrid(excess, weights, syy, logC, best);
        }
        double stepC = free ? (hi - lo) / (cSteps - 1) / 2 : 0;
        double[] lnBest = patternSearch(excess, weights, syy, lo, hi, stepC, best);
        double fitted = Math.exp(best.logC);
        double amplitude = powerLawRss(excess, weights, lnBest, best.alpha, syy)[0];
        double[] exponential = exponential(excess, weights, syy);
        return new RelaxationFit(amplitude, best.alpha, fitted, best.rss, exponential[0], exponential[1], m,
                free ? 3 : 2);
    }

    /** The best power law found so far: its α, ln c and weighted residual sum of squares. */
    private static final class Best {
        double rss = Double.POSITIVE_INFINITY;
        double alpha = 1;
        double logC;

        Best(double logC) {
            this.logC = logC;
        }
    }

    private static int positive(double[] weights) {
        int m = 0;
        for (double w : weights) {
            if (w > 0) {
                m++;
            }
        }
        return m;
    }

    private static double weightedSquares(double[] excess, double[] weights) {
        double syy = 0;
        for (int i = 0; i < excess.length; i++) {
            if (weights[i] > 0) {
                syy += weights[i] * excess[i] * excess[i];
            }
        }
        return syy;
    }

    /** The coarse grid of α at one {@code ln c}, into {@code best} where it fits better. */
    private static void alphaGrid(double[] excess, double[] weights, double syy, double logC, Best best) {
        double[] lnTau = lnShifted(excess.length, Math.exp(logC));
        // (τ + c)^−α along the grid of α by products of one factor (τ + c)^−0.1, not an exp per day and α
        double[] factor = new double[excess.length];
        double[] g = new double[excess.length];
        for (int i = 0; i < excess.length; i++) {
            factor[i] = Math.exp(-ALPHA_STEP * lnTau[i]);
            g[i] = 1;
        }
        for (int k = 0; k * ALPHA_STEP <= MAX_EXPONENT + 1e-9; k++) {
            if (k > 0) {
                multiply(g, factor);
            }
            double rss = rssOnly(excess, weights, g, syy);
            if (rss < best.rss) {
                best.rss = rss;
                best.alpha = k * ALPHA_STEP;
                best.logC = logC;
            }
        }
    }

    private static void multiply(double[] g, double[] factor) {
        for (int i = 0; i < g.length; i++) {
            g[i] *= factor[i];
        }
    }

    /**
     * The pattern search from the coarse grid's best, halving the steps; a point tried before (the one just moved
     * from, say) is not refitted. Moves {@code best}; returns {@code ln(τ + c)} of its shift.
     */
    private static double[] patternSearch(double[] excess, double[] weights, double syy, double lo, double hi,
                                          double stepC, Best best) {
        double stepA = 0.05;
        double[] lnBest = lnShifted(excess.length, Math.exp(best.logC));
        Tried tried = new Tried();
        while (stepA > 1e-4) {
            // the four moves: α up and down, then ln c up and down
            boolean moved = false;
            for (int move = 0; move < 4; move++) {
                double da = move == 0 ? stepA : move == 1 ? -stepA : 0;
                double dc = move == 2 ? stepC : move == 3 ? -stepC : 0;
                double[] ln = tryMove(excess, weights, syy, lo, hi, da, dc, best, lnBest, tried);
                if (ln != null) {
                    lnBest = ln;
                    moved = true;
                }
            }
            if (!moved) {
                stepA /= 2;
                stepC /= 2;
            }
        }
        return lnBest;
    }

    /** One move of the pattern search: {@code ln(τ + c)} of the new best when it fits better, else null. */
    private static double[] tryMove(double[] excess, double[] weights, double syy, double lo, double hi, double da,
                                    double dc, Best best, double[] lnBest, Tried tried) {
        double a = best.alpha + da;
        double lc = best.logC + dc;
        if (a < 0 || a > MAX_EXPONENT || lc < lo || lc > hi || (da == 0 && dc == 0)) {
            return null;
        }
        if (!Double.isNaN(tried.rss(a, lc))) {
            // a point tried before fitted no better than the best then, and the best has only improved since
            return null;
        }
        double[] lnTau = dc == 0 ? lnBest : tried.lnShifted(excess.length, lc);
        double rss = rssOnly(excess, weights, tried.powerLaw(weights, lnTau, a), syy);
        tried.add(a, lc, rss);
        if (rss < best.rss) {
            best.rss = rss;
            best.alpha = a;
            best.logC = lc;
            return lnTau;
        }
        return null;
    }

    /** AIC of the power law, {@code m·ln(RSS/m) + 2k}. */
    double powerLawAic() {
        return aic(powerLawRss, powerLawParameters);
    }

    /** AIC of the exponential, {@code m·ln(RSS/m) + 4}. */
    double exponentialAic() {
        return aic(exponentialRss, 2);
    }

    /** {@code AIC(exponential) − AIC(power law)}: positive when the power law describes the decay better. */
    double powerLawAdvantage() {
        return exponentialAic() - powerLawAic();
    }

    /** The fitted power law {@code τ} days after the peak. */
    double powerLaw(double tau) {
        return amplitude * Math.pow(tau + shift, -exponent);
    }

    private double aic(double rss, int k) {
        return points * Math.log(Math.max(rss, Double.MIN_NORMAL) / points) + 2 * k;
    }

    private static double[] lnShifted(int length, double shift) {
        double[] l = new double[length];
        for (int i = 0; i < length; i++) {
            l[i] = Math.log(i + 1 + shift);
        }
        return l;
    }

    /**
     * The points of the pattern search already fitted, with their residual sums of squares; and the
     * {@code ln(τ + c)} of the shifts tried, which the search comes back to at other exponents.
     */
    private static final class Tried {
        private double[] points = new double[48];
        private int size;
        private final java.util.Map<Double, double[]> shifted = new java.util.HashMap<>();

        private double[] curve;

        /**
         * {@code (τ + c)^−α} on the days of positive weight, in an array used again call after call (the other
         * days are never read).
         */
        double[] powerLaw(double[] w, double[] lnTau, double alpha) {
            if (curve == null) {
                curve = new double[w.length];
            }
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0) {
                    curve[i] = Math.exp(-alpha * lnTau[i]);
                }
            }
            return curve;
        }

        /** {@code ln(τ + c)} of τ = 1, 2, … for {@code c = e^logC}, computed once a shift. */
        double[] lnShifted(int length, double logC) {
            double[] l = shifted.get(logC);
            if (l == null) {
                l = RelaxationFit.lnShifted(length, Math.exp(logC));
                shifted.put(logC, l);
            }
            return l;
        }

        /** The residual sum of squares at {@code (alpha, ln c)}, or NaN when not tried. */
        double rss(double alpha, double logC) {
            for (int i = 0; i < size; i += 3) {
                if (points[i] == alpha && points[i + 1] == logC) {
                    return points[i + 2];
                }
            }
            return Double.NaN;
        }

        void add(double alpha, double logC, double rss) {
            if (size + 3 > points.length) {
                points = java.util.Arrays.copyOf(points, 2 * points.length);
            }
            points[size++] = alpha;
            points[size++] = logC;
            points[size++] = rss;
        }
    }

    /** {amplitude, rss} of the power law with exponent {@code alpha}, amplitude by weighted least squares (≥ 0). */
    private static double[] powerLawRss(double[] y, double[] w, double[] lnTau, double alpha, double syy) {
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (w[i] > 0) {
                g[i] = Math.exp(-alpha * lnTau[i]);
            }
        }
        return rss(y, w, g, syy);
    }

    /**
     * {amplitude, rss} of the curve {@code g} times an amplitude by weighted least squares (≥ 0), given
     * {@code syy = Σw·y²}.
     */
    private static double[] rss(double[] y, double[] w, double[] curve, double syy) {
        double sgy = 0;
        double sgg = 0;
        for (int i = 0; i < y.length; i++) {
            if (w[i] > 0) {
                double g = curve[i];
                sgy += w[i] * g * y[i];
                sgg += w[i] * g * g;
            }
        }
        double a = Math.max(0, sgy / sgg);
        return new double[] {a, syy - 2 * a * sgy + a * a * sgg};
    }

    /** The rss of {@link #rss}, the same arithmetic without the array. */
    private static double rssOnly(double[] y, double[] w, double[] curve, double syy) {
        double sgy = 0;
        double sgg = 0;
        for (int i = 0; i < y.length; i++) {
            if (w[i] > 0) {
                double g = curve[i];
                sgy += w[i] * g * y[i];
                sgg += w[i] * g * g;
            }
        }
        double a = Math.max(0, sgy / sgg);
        return syy - 2 * a * sgy + a * a * sgg;
    }

    /** {rate, rss} of the best exponential, given {@code syy = Σw·y²}. */
    private static double[] exponential(double[] y, double[] w, double syy) {
        double lo = Math.log(MIN_RATE);
        double hi = Math.log(MAX_RATE);
        int steps = 40;
        int best = 0;
        double bestRss = Double.POSITIVE_INFINITY;
        for (int j = 0; j < steps; j++) {
            double rss = exponentialRss(y, w, Math.exp(lo + j * (hi - lo) / (steps - 1)), syy);
            if (rss < bestRss) {
                bestRss = rss;
                best = j;
            }
        }
        double a = lo + Math.max(0, best - 1) * (hi - lo) / (steps - 1);
        double b = lo + Math.min(steps - 1, best + 1) * (hi - lo) / (steps - 1);
        double g = (Math.sqrt(5) - 1) / 2;
        // a point of the last step that comes round again (the same double, about one in six) is not refitted
        double p1 = Double.NaN;
        double p2 = Double.NaN;
        double r1 = Double.NaN;
        double r2 = Double.NaN;
        for (int k = 0; k < 30; k++) {
            double c1 = b - g * (b - a);
            double c2 = a + g * (b - a);
            double f1 = c1 == p1 ? r1 : c1 == p2 ? r2 : exponentialRss(y, w, Math.exp(c1), syy);
            double f2 = c2 == p1 ? r1 : c2 == p2 ? r2 : exponentialRss(y, w, Math.exp(c2), syy);
            p1 = c1;
            r1 = f1;
            p2 = c2;
            r2 = f2;
            if (f1 <= f2) {
                b = c2;
            } else {
                a = c1;
            }
        }
        double rate = Math.exp((a + b) / 2);
        double rss = exponentialRss(y, w, rate, syy);
        if (rss > bestRss) {
            rate = Math.exp(lo + best * (hi - lo) / (steps - 1));
            rss = bestRss;
        }
        return new double[] {rate, rss};
    }

    private static double exponentialRss(double[] y, double[] w, double rate, double syy) {
        double sgy = 0;
        double sgg = 0;
        double q = Math.exp(-rate);
        double g = 1;
        for (int i = 0; i < y.length; i++) {
            g *= q;  // e^{−rate·(i+1)}, one exp a call instead of one a day
            if (w[i] > 0) {
                sgy += w[i] * g * y[i];
                sgg += w[i] * g * g;
            }
        }
        double a = Math.max(0, sgy / sgg);
        return syy - 2 * a * sgy + a * a * sgg;
    }
}
