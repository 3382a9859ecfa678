package io.viralscope.plugins.growth;

/**
 * Linear growth of cumulative views, {@code N(t) = N(0) + β t}: a steady trickle of {@code β} views a day with no
 * burst and no saturation. Its one parameter on daily increments is {@code β} (scaled views per day); the least-squares
 * estimate is the (weighted) mean daily increment, so {@link #fit} needs no iterations.
 */
final class LinearGrowth implements IncrementModel {

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public double[] lowerBounds() {
        return new double[] {0};
    }

    @Override
    public double[] upperBounds() {
        return new double[] {Double.MAX_VALUE};
    }

    @Override
    public double[] withAmplitudeTimes(double[] params, double factor) {
        return new double[] {params[0] * factor};
    }

    @Override
    public void evaluate(double[] params, double[] inc, double[][] jacobian) {
        for (int k = 0; k < inc.length; k++) {
            inc[k] = params[0];
            if (jacobian != null) {
                jacobian[k][0] = 1;
            }
        }
    }

    /** The weighted least-squares daily rate: the weighted mean of the observed increments. */
    static double[] fit(ViewIncrements data) {
        double[] y = data.observed();
        double[] w = data.weights();
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            sw += w[i] * w[i];
            swy += w[i] * w[i] * y[i];
        }
        return new double[] {swy / sw};
    }
}
