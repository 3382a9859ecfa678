package io.viralscope.plugins.growth;

/**
 * Exponential growth of cumulative views, {@code N(t) = N(T) e^{b (t − T)}}, with no saturation: the early phase of
 * any S-curve, and a plausible winner only while growth still accelerates. Daily views grow by {@code e^b − 1} a day.
 *
 * <p>Parameters: {@code μ = ln N(T)} ({@link #LEVEL_AT_END}), the log of the curve's level at the last grid point
 * {@code T} (scaled views), and {@code b} ({@link #RATE}), per day. Anchoring at the end keeps every exponent
 * non-positive: increment {@code k} is {@code e^{μ + b (k − T)}·(e^b − 1)}. The curve places
 * {@code N(0) = e^{μ − bT}} views before the first grid point.
 */
final class ExponentialGrowth implements IncrementModel {

    static final int LEVEL_AT_END = 0;
    static final int RATE = 1;

    static final double MIN_RATE = 1e-4;
    static final double MAX_RATE = 2.0;

    private static final double[] LOWER = {Math.log(1e-3), MIN_RATE};
    private static final double[] UPPER = {Math.log(ViewIncrements.MAX_REMAINING), MAX_RATE};

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public double[] lowerBounds() {
        return LOWER.clone();
    }

    @Override
    public double[] upperBounds() {
        return UPPER.clone();
    }

    @Override
    public void evaluate(double[] params, double[] inc, double[][] jacobian) {
        double rate = params[RATE];
        double growth = Math.expm1(rate);
        // only the derivatives need it: the profile fit evaluates without them, dozens of times a series
        double slope = jacobian == null ? 0 : Math.exp(rate) / growth;
        int end = inc.length;
        double step = Math.exp(-rate);
        double level = Math.exp(params[LEVEL_AT_END] - rate);
        for (int k = end - 1; k >= 0; k--) {
            inc[k] = level * growth;
            if (jacobian != null) {
                jacobian[k][LEVEL_AT_END] = inc[k];
                jacobian[k][RATE] = inc[k] * (k - end + slope);
            }
            level *= step;
        }
    }

    /** Views the curve places before the first grid point, {@code e^{μ − bT}} (scaled views). */
    static double levelBefore(double[] params, int days) {
        return Math.exp(params[LEVEL_AT_END] - params[RATE] * days);
    }

    /**
     * Exponential growth that places exactly {@code level} views before the first grid point,
     * {@code N(t) = level·e^{bt}}; the one free parameter is {@code b}, bounded so the curve ends below the
     * model's largest level.
     */
    static IncrementModel withLevel(double level, int days) {
        return new FromLevel(Math.log(level), days);
    }

    /** Parameters {@code (μ, b)} of the curve {@code level·e^{bt}} over {@code days} days. */
    static double[] fromLevel(double logLevel, double rate, int days) {
        return new double[] {logLevel + rate * days, rate};
    }

    private static final class FromLevel implements IncrementModel {
        private final double logLevel;
        private final double maxRate;

        FromLevel(double logLevel, int days) {
            this.logLevel = logLevel;
            this.maxRate = Math.max(MIN_RATE, Math.min(MAX_RATE, (UPPER[LEVEL_AT_END] - logLevel) / days));
        }

        @Override
        public int parameterCount() {
            return 1;
        }

        @Override
        public boolean hasAmplitude() {
            return false;
        }

        @Override
        public double[] lowerBounds() {
            return new double[] {MIN_RATE};
        }

        @Override
        public double[] upperBounds() {
            return new double[] {maxRate};
        }

        @Override
        public void evaluate(double[] params, double[] inc, double[][] jacobian) {
            double rate = params[0];
            double growth = Math.expm1(rate);
            double slope = jacobian == null ? 0 : Math.exp(rate) / growth;
            double step = Math.exp(rate);
            double level = Math.exp(logLevel);
            for (int k = 0; k < inc.length; k++) {
                inc[k] = level * growth;
                if (jacobian != null) {
                    jacobian[k][0] = inc[k] * (k + slope);
                }
                level *= step;
            }
        }
    }
}
