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
        for (int tau = MIN_SIDE_DAYS; tau <= size - MIN_SIDE_DAYS; tau++) {
            // regressors: 1, (t − τ)⁻ = min(0, t − τ), (t − τ)⁺ = max(0, t − τ)
            double s00 = 0, s01 = 0, s02 = 0, s11 = 0, s12 = 0, s22 = 0, r0 = 0, r1 = 0, r2 = 0, yy = 0;
            for (int t = 0; t < size; t++) {
                if (!use[t]) {
                    continue;
                }
                double y = Math.log1p(x[t]);
                double u = Math.min(0, t - tau);
                double v = Math.max(0, t - tau);
                s00 += 1;
                s01 += u;
                s02 += v;
                s11 += u * u;
                s12 += u * v;
                s22 += v * v;
                r0 += y;
                r1 += u * y;
                r2 += v * y;
                yy += y * y;
            }
            double[] beta = solve3(new double[][] {{s00, s01, s02}, {s01, s11, s12}, {s02, s12, s22}},
                    new double[] {r0, r1, r2});
            if (beta == null) {
                continue;
            }
            double rss = yy - (beta[0] * r0 + beta[1] * r1 + beta[2] * r2);
            if (rss < best) {
                best = rss;
                bestDay = tau;
                bestBeta = beta;
            }
        }
        return new TwoExponentials(Math.max(0, bestDay), bestDay < 0 ? Double.POSITIVE_INFINITY
                : Math.sqrt(Math.max(0, best) / Math.max(1, count - 4)), bestBeta[1], bestBeta[2]);
    }

    /** The residual over {@code noise}, the day-to-day noise of log daily views: about 1 when the lines suffice. */
    double residualOverNoise(double noise) {
        return rms / noise;
    }

    private static double[] solve3(double[][] a, double[] b) {
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        if (!(Math.abs(det) > 1e-12)) {
            return null;
        }
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int r = 0; r < 3; r++) {
                m[r][c] = b[r];
            }
            out[c] = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                    - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])) / det;
        }
        return out;
    }
}
