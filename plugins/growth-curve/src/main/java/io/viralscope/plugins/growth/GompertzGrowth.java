package io.viralscope.plugins.growth;

/**
 * Gompertz growth of cumulative views, {@code N(t) = K·exp(−e^{−r (t − t0)})} (Gompertz 1825; Winsor 1932), inflection
 * at {@code N = K/e} on day {@code t0}: a fast rise and a long approach to saturation. Fitted to daily increments
 * (Srinivasan &amp; Mason 1986).
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code ln R} ({@link #LOG_REMAINING}): log of the views still to come after the first grid point,
 *       {@code R = K − N(0)} (scaled views);</li>
 *   <li>{@code ln r} ({@link #LOG_RATE}): log of the growth rate {@code r}, per day; on log scales the ridges
 *       towards the model's limits (constant daily views as {@code r → 0}) are straight lines;</li>
 *   <li>{@code ℓ = r·t0} ({@link #POSITION}): position of the inflection, {@code t0} in days after the first grid
 *       point.</li>
 * </ul>
 * With {@code z = e^{−rt}} and {@code L = e^ℓ}: {@code K = R / (1 − e^{−L})}, {@code N(t) = K e^{−L z}}, and the curve
 * places {@code N(0) = R / (e^L − 1)} views before the first grid point. Increments are differences of
 * {@code e^{−L z}}, one exponential per day; near saturation they lose about {@code 1e-16·K} views, far below any
 * count.
 */
final class GompertzGrowth implements IncrementModel {

    static final int LOG_REMAINING = 0;
    static final int LOG_RATE = 1;
    static final int POSITION = 2;

    /** Below this position nearly all views precede the window and the Jacobian loses precision. */
    static final double MIN_POSITION = -10.0;
    static final double MAX_POSITION = 60.0;

    /** Full width at half maximum of daily views times the rate: {@code ln(u2/u1)} where {@code u e^{−u} = 1/(2e)}. */
    static final double HALF_WIDTH_TIMES_RATE = 2.4464;

    private static final double[] LOWER = {Math.log(ViewIncrements.MIN_REMAINING),
        Math.log(LogisticGrowth.MIN_RATE), MIN_POSITION};
    private static final double[] UPPER = {Math.log(ViewIncrements.MAX_REMAINING),
        Math.log(LogisticGrowth.MAX_RATE), MAX_POSITION};

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
        double l = Math.exp(params[POSITION]);
        double total = remaining / -Math.expm1(-l);
        double step = Math.exp(-rate);
        if (jacobian == null) {
            increments(inc, total, l, step);
        } else {
            withJacobian(inc, jacobian, rate, total, l, step);
        }
    }

    /** The increments alone, the loop the fits run most: its own method so it compiles on its own. */
    private static void increments(double[] inc, double total, double l, double step) {
        double z = 1;
        double g = Math.exp(-l);
        for (int k = 0; k < inc.length; k++) {
            double z1 = z * step;
            double g1 = Math.exp(-l * z1);
            inc[k] = total * (g1 - g);
            z = z1;
            g = g1;
        }
    }

    private static void withJacobian(double[] inc, double[][] jacobian, double rate, double total, double l,
                                     double step) {
        double atInflection = 1 / Math.expm1(l);
        double z = 1;
        double g = Math.exp(-l);
        for (int k = 0; k < inc.length; k++) {
            double z1 = z * step;
            double g1 = Math.exp(-l * z1);
            inc[k] = total * (g1 - g);
            double kl = total * l;
            double[] row = jacobian[k];
            row[LOG_REMAINING] = inc[k];
            row[LOG_RATE] = rate * kl * (g1 * (k + 1) * z1 - g * k * z);
            row[POSITION] = -kl * (g1 * z1 - g * z) - l * atInflection * inc[k];
            z = z1;
            g = g1;
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

    /** Total views of the curve, {@code K} (scaled views). */
    static double total(double[] params) {
        return remaining(params) / -Math.expm1(-Math.exp(params[POSITION]));
    }

    /** Views the curve places before the first grid point, {@code N(0) = R / (e^L − 1)} (scaled views). */
    static double levelBefore(double[] params) {
        return remaining(params) / Math.expm1(Math.exp(params[POSITION]));
    }

    /** Inflection day {@code t0 = ℓ / r}, days after the first grid point. */
    static double inflectionDay(double[] params) {
        return params[POSITION] / rate(params);
    }

    /** Views gained from the first grid point to the inflection, {@code K/e − N(0)} (scaled views). */
    static double riseToInflection(double[] params) {
        return total(params) / Math.E - levelBefore(params);
    }

    /** Daily views at the inflection, {@code K r / e} (scaled views per day). */
    static double peakRate(double[] params) {
        return total(params) * rate(params) / Math.E;
    }

    /** Parameters of the curve with the given total views, rate and inflection day. */
    static double[] ofTotal(double total, double rate, double inflectionDay) {
        double position = rate * inflectionDay;
        return new double[] {Math.log(total * -Math.expm1(-Math.exp(position))), Math.log(rate), position};
    }

    /**
     * The Gompertz curve that places exactly {@code level} views before the first grid point; free parameters
     * {@code (ln R, ln r)}, with {@code L = ln(1 + R/level)}.
     */
    static IncrementModel withLevel(double level) {
        return new LevelTied(new GompertzGrowth(),
                (remaining, lv) -> Math.log(Math.log1p(remaining / lv)),
                (remaining, lv) -> 1 / (Math.log1p(remaining / lv) * (lv + remaining)), level, 0);
    }
}
