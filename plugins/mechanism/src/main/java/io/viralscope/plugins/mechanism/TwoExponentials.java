package io.viralscope.plugins.mechanism;

/**
 * Daily views as two exponentials meeting on one day: {@code ln(1 + x_t) = a + g1·(t − τ)} before τ and
 * {@code a + g2·(t − τ)} from it, continuous, τ searched over the window, fitted by least squares on the usable
 * days. This is what an outside drive whose growth rate changes once produces (a campaign starting or ending):
 * straight lines in log daily views on both sides. A self-exciting cascade does not: its build-up and relaxation
 * are power laws, curved in log daily views, and its bursts stand out from any line.
 *
 * @param day    τ
 * @param rms    root-mean-square residual of log daily views about the two lines
 * @param before g1, growth rate of log daily views per day before τ
 * @param after  g2, from τ on
 */
record TwoExponentials(int day, double rms, double before, double after) {

    /**
     * Most residual, in units of the day-to-day noise of log daily views, for two exponentials to describe a burst.
     * Measured on the simulator: an outside drive changing rate leaves 0.8–1.3, the power-law bursts of cascades
     * 1.2–4.6 (endogenous critical mostly above 1.4), smooth S-curves of word of mouth 1.0 to over 100.
     */
    static final double WITHIN_NOISE = 1.3;

    /** Fewest days on each side. */
    static final int MIN_SIDE_DAYS = 7;

    /** The best fit to {@code days}; {@code rms} is infinite when the window is too short. */
    static TwoExponentials fit(DailyViews days) {
        double[] x = days.views();
        boolean[] use = days.usable();
        int size = x.length;
        double best = Double.POSITIVE_INFINITY;
        int bestDay = -1;
        double[] bestBeta = {0, 0, 0};
        int count = 0;
        for (boolean u : use) {
            if (u) {
                count++;
            }
        }
        // prefix sums over the usable days of 1, t, t², y, t·y (y = ln(1 + x)): each candidate day then costs O(1)
        double[] n = new double[size + 1];
        double[] st = new double[size + 1];
        double[] stt = new double[size + 1];
        double[] sy = new double[size + 1];
        double[] sty = new double[size + 1];
        double yy = 0;
        for (int t = 0; t < size; t++) {
            double y = use[t] ? Math.log1p(x[t]) : 0;
            double one = use[t] ? 1 : 0;
            n[t + 1] = n[t] + one;
            st[t + 1] = st[t] + one * t;
            stt[t + 1] = stt[t] + one * t * t;
            sy[t + 1] = sy[t] + y;
            sty[t + 1] = sty[t] + t * y;
            yy += y * y;
        }
        for (int tau = MIN_SIDE_DAYS; tau <= size - MIN_SIDE_DAYS; tau++) {
            // regressors: 1, (t − τ)⁻ = min(0, t − τ) (days before τ), (t − τ)⁺ = max(0, t − τ) (from τ): never
            // both non-zero, so their cross product vanishes
            double nb = n[tau];
            double na = n[size] - nb;
            double tb = st[tau];
            double ta = st[size] - tb;
            double s00 = n[size];
            double s01 = tb - tau * nb;
            double s02 = ta - tau * na;
            double s11 = stt[tau] - 2.0 * tau * tb + (double) tau * tau * nb;
            double s22 = (stt[size] - stt[tau]) - 2.0 * tau * ta + (double) tau * tau * na;
            double s12 = 0;
            double r0 = sy[size];
            double r1 = sty[tau] - tau * sy[tau];
            double r2 = (sty[size] - sty[tau]) - tau * (sy[size] - sy[tau]);
            // Cramer's rule on the symmetric normal equations, without allocating a matrix a candidate day
            double det = det3(s00, s01, s02, s01, s11, s12, s02, s12, s22);
            if (!(Math.abs(det) > 1e-12)) {
                continue;
            }
            double b0 = det3(r0, s01, s02, r1, s11, s12, r2, s12, s22) / det;
            double b1 = det3(s00, r0, s02, s01, r1, s12, s02, r2, s22) / det;
            double b2 = det3(s00, s01, r0, s01, s11, r1, s02, s12, r2) / det;
            double rss = yy - (b0 * r0 + b1 * r1 + b2 * r2);
            if (rss < best) {
                best = rss;
                bestDay = tau;
                bestBeta = new double[] {b0, b1, b2};
            }
        }
        return new TwoExponentials(Math.max(0, bestDay), bestDay < 0 ? Double.POSITIVE_INFINITY
                : Math.sqrt(Math.max(0, best) / Math.max(1, count - 4)), bestBeta[1], bestBeta[2]);
    }

    /** The residual over {@code noise}, the day-to-day noise of log daily views: about 1 when the lines suffice. */
    double residualOverNoise(double noise) {
        return rms / noise;
    }

    /** The determinant of the 3×3 matrix of rows {@code (a, b, c)}, {@code (d, e, f)}, {@code (g, h, i)}. */
    private static double det3(double a, double b, double c, double d, double e, double f, double g, double h,
                               double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }
}
