package io.viralscope.plugins.growth;

/**
 * A saturating model whose level before the first grid point is imposed rather than fitted: {@code level = base +
 * slope·R}, where {@code R} are the remaining views. The free parameters are {@code (ln R, ln r)}; the position
 * parameter of the underlying model follows from the level.
 *
 * <p>Used where a fitted curve would place more views before the first sample than were counted (see
 * {@link GrowthCurveFitter}): the constrained optimum then lies on that bound.
 */
final class LevelTied implements IncrementModel {

    /** The position parameter of the underlying model as a function of its remaining views and level before. */
    interface Position {
        double at(double remaining, double level);
    }

    private final IncrementModel free;
    private final Position position;
    private final Position positionSlope;
    private final double base;
    private final double slope;

    /**
     * @param free          a model with parameters {@code (ln R, ln r, position)}
     * @param position      the position parameter for given remaining views and level
     * @param positionSlope the total derivative of the position with respect to {@code R}, the level following
     *                      {@code R}
     * @param base          level at {@code R = 0} (scaled views)
     * @param slope         level added per remaining view
     */
    LevelTied(IncrementModel free, Position position, Position positionSlope, double base, double slope) {
        this.free = free;
        this.position = position;
        this.positionSlope = positionSlope;
        this.base = base;
        this.slope = slope;
    }

    @Override
    public int parameterCount() {
        return 2;
    }

    @Override
    public int jacobianColumns() {
        return 3;
    }

    @Override
    public boolean hasAmplitude() {
        return false;
    }

    @Override
    public double[] lowerBounds() {
        double[] b = free.lowerBounds();
        return new double[] {b[0], b[1]};
    }

    @Override
    public double[] upperBounds() {
        double[] b = free.upperBounds();
        return new double[] {b[0], b[1]};
    }

    @Override
    public void evaluate(double[] params, double[] inc, double[][] jacobian) {
        double[] full = freeParameters(params);
        if (jacobian == null) {
            free.evaluate(full, inc, null);
            return;
        }
        // the underlying model's three derivatives go into the rows themselves when they have room
        double[][] inner = inc.length > 0 && jacobian[0].length >= 3 ? jacobian : new double[inc.length][3];
        free.evaluate(full, inc, inner);
        double remaining = Math.exp(params[0]);
        double dPosition = remaining * positionSlope.at(remaining, level(remaining));
        chainRule(inner, jacobian, dPosition, inc.length);
    }

    /** The derivatives by {@code (ln R, ln r)}, the position following {@code R}, from those of the free model. */
    private static void chainRule(double[][] inner, double[][] jacobian, double dPosition, int days) {
        for (int k = 0; k < days; k++) {
            double[] in = inner[k];
            double dRemaining = in[0] + in[2] * dPosition;
            double dRate = in[1];
            jacobian[k][0] = dRemaining;
            jacobian[k][1] = dRate;
        }
    }

    /** The underlying model's parameters {@code (ln R, ln r, position)} for these {@code (ln R, ln r)}. */
    double[] freeParameters(double[] params) {
        double remaining = Math.exp(params[0]);
        return new double[] {params[0], params[1], position.at(remaining, level(remaining))};
    }

    private double level(double remaining) {
        return base + slope * remaining;
    }
}
