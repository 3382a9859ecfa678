package io.viralscope.plugins.engagement;

/**
 * The Wilson score interval for a binomial proportion (Wilson, "Probable inference, the law of succession, and
 * statistical inference", JASA 22, 1927; recommended over the Wald interval by Brown, Cai &amp; DasGupta,
 * Statistical Science 16, 2001): it stays inside [0, 1] and keeps its coverage near 0 and with few trials.
 *
 * @param low  lower bound
 * @param high upper bound
 */
record WilsonInterval(double low, double high) {

    /** z for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    /**
     * The 95% interval for {@code successes} out of {@code trials}.
     *
     * @param successes between 0 and {@code trials}
     * @param trials    above 0
     */
    static WilsonInterval of95(double successes, double trials) {
        double p = successes / trials;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2 * trials)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
        // At 0 or all successes the bound is exactly 0 or 1; rounding would leave it a hair inside.
        return new WilsonInterval(successes <= 0 ? 0 : Math.max(0, centre - half),
                successes >= trials ? 1 : Math.min(1, centre + half));
    }
}
