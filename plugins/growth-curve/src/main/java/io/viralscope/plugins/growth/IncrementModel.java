package io.viralscope.plugins.growth;

/**
 * A growth model seen through its daily increments: for day {@code k} the views gained from grid point {@code k}
 * to {@code k + 1}, that is {@code N(k + 1) − N(k)} of the model's cumulative curve {@code N} (a difference, not a
 * derivative, so a daily grid is matched exactly; Srinivasan &amp; Mason 1986).
 *
 * <p>Time is in days from the first grid point; views are in the scaled unit of {@link ViewIncrements}. The first
 * parameter of every model is a linear amplitude: increments are proportional to it, which lets starting points be
 * screened with a closed-form amplitude. Implementations are immutable.
 */
interface IncrementModel {

    /** Number of free parameters. */
    int parameterCount();

    /** Lower bounds of the parameters, in parameter order. */
    double[] lowerBounds();

    /** Upper bounds of the parameters, in parameter order. */
    double[] upperBounds();

    /**
     * Computes the increments of days {@code 0 .. inc.length − 1} and, when {@code jacobian} is not {@code null},
     * their partial derivatives {@code jacobian[k][j] = ∂inc[k]/∂params[j]}.
     */
    void evaluate(double[] params, double[] inc, double[][] jacobian);

    /**
     * Columns each row of a Jacobian given to {@link #evaluate} should have: {@link #parameterCount()}, or more for a
     * model that works in the spare columns instead of allocating (it still accepts rows of only its parameters).
     */
    default int jacobianColumns() {
        return parameterCount();
    }

    /** True when {@link #withAmplitudeTimes} can scale the increments: the amplitude is a free parameter. */
    default boolean hasAmplitude() {
        return true;
    }

    /**
     * The parameters whose increments are {@code factor} times those of {@code params}; {@code factor > 0}. Only
     * meaningful when {@link #hasAmplitude()}.
     */
    default double[] withAmplitudeTimes(double[] params, double factor) {
        double[] out = params.clone();
        out[0] += Math.log(factor);
        return out;
    }
}
