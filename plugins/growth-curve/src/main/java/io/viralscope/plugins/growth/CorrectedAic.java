package io.viralscope.plugins.growth;

/**
 * Akaike's information criterion with the small-sample correction (Hurvich &amp; Tsai 1989), for least squares with
 * Gaussian errors: {@code AIC = n·ln(RSS/n) + 2k}, {@code AICc = AIC + 2k(k+1)/(n−k−1)}, where {@code k} counts the
 * fitted parameters plus the error variance.
 */
final class CorrectedAic {

    /**
     * Floor of {@code RSS/n}: an exact fit would otherwise score {@code −∞}. The weighted residuals are relative
     * deviations (a few percent on real views), so this is far below any fit to real data.
     */
    static final double MIN_MEAN_SQUARE = 1e-24;

    private CorrectedAic() {
    }

    /** True when {@code n} observations can score a model with {@code parameters} parameters. */
    static boolean defined(int n, int parameters) {
        return n - (parameters + 1) - 1 > 0;
    }

    /**
     * AICc of a least-squares fit.
     *
     * @param rss        residual sum of squares
     * @param n          number of observations; {@link #defined} must hold
     * @param parameters fitted parameters, not counting the variance
     */
    static double of(double rss, int n, int parameters) {
        return n * Math.log(Math.max(rss / n, MIN_MEAN_SQUARE)) + penalty(n, parameters);
    }

    /** The part of AICc that does not depend on the fit: {@code 2k + 2k(k+1)/(n−k−1)}. */
    static double penalty(int n, int parameters) {
        int k = parameters + 1;
        return 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
    }
}
