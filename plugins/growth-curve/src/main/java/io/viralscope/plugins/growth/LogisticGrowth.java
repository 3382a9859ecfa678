package io.viralscope.plugins.growth;

/**
 * Logistic growth of cumulative views, {@code N(t) = K / (1 + e^{−r (t − t0)})} (Verhulst 1838), inflection at
 * {@code N = K/2} on day {@code t0}; fitted to daily increments (Srinivasan &amp; Mason 1986).
 *
 * <p>Parameters, chosen so the data's level enters as a plain bound and the increments cost one exponential per
 * evaluation:
 * <ul>
 *   <li>{@code ln R} ({@link #LOG_REMAINING}): log of the views still to come after the first grid point,
 *       {@code R = K − N(0)} (scaled views); on a log scale the ridge towards pure exponential growth
 *       ({@code R, ℓ → ∞} with {@code R e^{−ℓ}} fixed) is a straight line the optimizer crosses in a few steps;</li>
 *   <li>{@code ln r} ({@link #LOG_RATE}): log of the growth rate {@code r}, per day; on log scales the ridges
 *       towards the model's limits (constant daily views as {@code r → 0}) are straight lines;</li>
 *   <li>{@code ℓ = r·t0} ({@link #POSITION}): position of the inflection, {@code t0} in days after the first grid
 *       point.</li>
 * </ul>
 * With {@code z = e^{−rt}} and {@code W = e^ℓ}: {@code N(t) − N(0) = R (1 − z) / (1 + W z)}, and the views the curve
 * places before the first grid point are {@code N(0) = R / W}.
 *
 * <p>The same family is the window seen by the Bass model when its launch precedes the window
 * ({@link BassDiffusion}).
 */
final class LogisticGrowth implements IncrementModel {

    static final int LOG_REMAINING = 0;
    static final int LOG_RATE = 1;
    static final int POSITION = 2;

    static final double MIN_RATE = 1e-3;
    static final double MAX_RATE = 5.0;
    static final double MIN_POSITION = -100.0;
    static final double MAX_POSITION = 300.0;

    private static final double[] LOWER = {Math.log(ViewIncrements.MIN_REMAINING), Math.log(MIN_RATE), MIN_POSITION};
    private static final double[] UPPER = {Math.log(ViewIncrements.MAX_REMAINING), Math.log(MAX_RATE), MAX_POSITION};

    @Override
    public int parameterCount() {
        return 3;
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
        double remaining = Math.exp(params[LOG_REMAINING]);
        double rate = Math.exp(params[LOG_RATE]);
        double w = Math.exp(params[POSITION]);
        double step = Math.exp(-rate);
        double c = -Math.expm1(-rate);
        double amplitude = remaining * (1 + w);
        if (jacobian == null) {
            increments(inc, amplitude, w, step, c);
        } else {
            withJacobian(inc, jacobian, remaining, rate, amplitude, w, step, c);
        }
    }

    /** The increments alone, the loop the fits run most: its own method so it compiles on its own. */
    private static void increments(double[] inc, double amplitude, double w, double step, double c) {
        double z = 1;
        double den = 1 + w;
        for (int k = 0; k < inc.length; k++) {
            double z1 = z * step;
            double den1 = 1 + w * z1;
            inc[k] = amplitude * z * c / (den * den1);
            z = z1;
            den = den1;
        }
    }

    private static void withJacobian(double[] inc, double[][] jacobian, double remaining, double rate,
                                     double amplitude, double w, double step, double c) {
        double z = 1;
        double den = 1 + w;
        double dRatePrev = 0;
        double dPositionPrev = 0;
        for (int k = 0; k < inc.length; k++) {
            double z1 = z * step;
            double den1 = 1 + w * z1;
            inc[k] = amplitude * z * c / (den * den1);
            // derivatives of N(t) - N(0) at t = k + 1; the increment's are their differences
            double inv2 = 1 / (den1 * den1);
            double dRate = amplitude * (k + 1) * z1 * inv2;
            double dPosition = -remaining * (1 - z1) * w * z1 * inv2;
            double[] row = jacobian[k];
            row[LOG_REMAINING] = inc[k];
            row[LOG_RATE] = rate * (dRate - dRatePrev);
            row[POSITION] = dPosition - dPositionPrev;
            dRatePrev = dRate;
            dPositionPrev = dPosition;
            z = z1;
            den = den1;
        }
    }

    /** Views still to come after the first grid point, {@code R} (scaled views). */
    static double remaining(double[] params) {
        return Math.exp(params[LOG_REMAINING]);
    }

    /** Growth rate {@code r}, per day. */
    static double rate(double[] params) {
        return Math.exp(params[LOG_RATE]);
    }

    /** Views the curve places before the first grid point, {@code N(0) = R e^{−ℓ}} (scaled views). */
    static double levelBefore(double[] params) {
        return Math.exp(params[LOG_REMAINING] - params[POSITION]);
    }

    /** Inflection day {@code t0 = ℓ / r}, days after the first grid point. */
    static double inflectionDay(double[] params) {
        return params[POSITION] / rate(params);
    }

    /** Views gained from the first grid point to the inflection, {@code K/2 − N(0)} (scaled views). */
    static double riseToInflection(double[] params) {
        return remaining(params) * -Math.expm1(-params[POSITION]) / 2;
    }

    /** Daily views at the inflection, {@code K r / 4} (scaled views per day). */
    static double peakRate(double[] params) {
        return (remaining(params) + levelBefore(params)) * rate(params) / 4;
    }

    /** Parameters of the curve with the given rate and inflection day whose remaining views are {@code remaining}. */
    static double[] of(double remaining, double rate, double inflectionDay) {
        return new double[] {Math.log(remaining), Math.log(rate), rate * inflectionDay};
    }

    /**
     * The logistic whose level before the first grid point is tied to its remaining views,
     * {@code N(0) = base + slope·R}; free parameters {@code (ln R, ln r)}.
     *
     * @param base  views before the first grid point when {@code R = 0} (scaled views, {@code base + slope·R > 0})
     * @param slope added views before the first grid point per remaining view
     */
    static IncrementModel withLevel(double base, double slope) {
        return new LevelTied(new LogisticGrowth(), (remaining, level) -> Math.log(remaining / level),
                (remaining, level) -> 1 / remaining - slope / level, base, slope);
    }
}
