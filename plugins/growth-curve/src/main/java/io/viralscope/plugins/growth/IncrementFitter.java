package io.viralscope.plugins.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.AbstractRealMatrix;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.hipparchus.util.Pair;

/**
 * Weighted least-squares fit of an {@link IncrementModel} to the observed daily views (weights from
 * {@link ViewIncrements}): Levenberg–Marquardt (Moré 1978, the MINPACK algorithm as implemented by Hipparchus) with
 * analytic Jacobians and parameters held inside their bounds by projection, from data-driven starts screened with
 * their least-squares amplitude. Models with a single nonlinear parameter are fitted exactly by a one-dimensional
 * {@link #profile} instead.
 *
 * <p>Runs are kept short: loose tolerances (a relative RSS change of {@code 1e-4} moves AICc by under 0.02 on a
 * 180-day series), at most {@link #MAX_ITERATIONS} iterations, a retry from the next start only when a run is stuck,
 * and an early stop for a model that cannot win. Stateless; safe to use from several threads.
 */
final class IncrementFitter {

    /** Successful iterations after which a fit stops with its current point; good starts converge in far fewer. */
    static final int MAX_ITERATIONS = 25;
    /** Levenberg–Marquardt runs per model at most, from the best screened starts. */
    static final int MAX_RUNS = 3;
    /** A fit whose residuals exceed those of constant daily views by this factor is retried from another start. */
    static final double STUCK_FACTOR = 1.05;

    private static final int HARD_LIMIT = 1000;
    private static final int RECENT = 8;
    private static final int PROFILE_SCAN = 13;

    // immutable: its settings are final fields and optimize() keeps its state in locals
    private static final LevenbergMarquardtOptimizer OPTIMIZER = new LevenbergMarquardtOptimizer()
            .withCostRelativeTolerance(1e-4)
            .withParameterRelativeTolerance(1e-4)
            .withOrthoTolerance(1e-9);

    private IncrementFitter() {
    }

    /**
     * A fitted parameter vector.
     *
     * @param params     the parameters
     * @param increments the model's increments on every day, observed or not (scaled views)
     * @param rss        weighted residual sum of squares over the observed days
     */
    record Solution(double[] params, double[] increments, double rss) {
    }

    /**
     * Screens {@code starts} with their best amplitude, runs Levenberg–Marquardt from the most promising one, and
     * from the next ones only while the fit is clearly worse than constant daily views (which every model here
     * approaches at a bound, so a worse fit is stuck in a poor local minimum); returns the best solution, or
     * {@code null} when every run failed. A run stops early once its weighted RSS exceeds {@code hopelessRss} and
     * its last step reduced the RSS by less than a tenth of the excess; such a model cannot win, and no other start
     * is tried for it ({@link Double#POSITIVE_INFINITY}: never).
     */
    static Solution fitBest(IncrementModel model, ViewIncrements data, List<double[]> starts, double hopelessRss) {
        List<Solution> screened = screen(model, data, starts);
        double constantRss = data.weightedTotalSumOfSquares();
        Solution best = null;
        int runs = 0;
        for (Solution start : screened) {
            if (runs++ == MAX_RUNS) {
                break;
            }
            Solution s = fit(model, data, start.params(), hopelessRss);
            if (s != null && (best == null || s.rss() < best.rss())) {
                best = s;
            }
            if (best != null && (best.rss() <= STUCK_FACTOR * constantRss || best.rss() > hopelessRss)) {
                break;
            }
        }
        return best;
    }

    /** Each start with its amplitude set by least squares, best first; starts giving no finite fit are dropped. */
    static List<Solution> screen(IncrementModel model, ViewIncrements data, List<double[]> starts) {
        double[] lower = model.lowerBounds();
        double[] upper = model.upperBounds();
        int[] days = data.observedDayIndices();
        double[] y = data.observed();
        double[] w = data.weights();
        List<Solution> out = new ArrayList<>(starts.size());
        for (double[] start : starts) {
            double[] p = clamp(start, lower, upper);
            double[] inc = new double[data.days()];
            model.evaluate(p, inc, null);
            double xy = 0;
            double xx = 0;
            for (int i = 0; i < days.length; i++) {
                double w2 = w[i] * w[i];
                xy += w2 * inc[days[i]] * y[i];
                xx += w2 * inc[days[i]] * inc[days[i]];
            }
            double factor = xy / xx;
            if (model.hasAmplitude() && xx > 0 && xy > 0 && Double.isFinite(factor)) {
                double[] scaled = model.withAmplitudeTimes(p, factor);
                p = clamp(scaled, lower, upper);
                if (Arrays.equals(p, scaled)) {
                    // increments are proportional to the amplitude: no need to evaluate the model again
                    for (int k = 0; k < inc.length; k++) {
                        inc[k] *= factor;
                    }
                } else {
                    model.evaluate(p, inc, null);
                }
            }
            double rss = data.weightedResidualSumOfSquares(inc);
            if (Double.isFinite(rss) && allFinite(inc)) {
                out.add(new Solution(p, inc, rss));
            }
        }
        out.sort(Comparator.comparingDouble(Solution::rss));
        return out;
    }

    /**
     * Least squares over one parameter, the others held at {@code template} except the amplitude, which is solved in
     * closed form at each step (variable projection, Golub &amp; Pereyra 1973): a coarse scan of {@code ln x} over the
     * parameter's bounds, then Brent's method around the best scanned point. Exact for models with one nonlinear
     * parameter, and far cheaper than Levenberg–Marquardt there. Returns {@code null} when nothing finite was found.
     */
    static Solution profile(IncrementModel model, ViewIncrements data, double[] template, int index) {
        double lo = Math.log(model.lowerBounds()[index]);
        double hi = Math.log(model.upperBounds()[index]);
        ProfileObjective rss = new ProfileObjective(model, data, template, index);
        double step = (hi - lo) / (PROFILE_SCAN - 1);
        int bestAt = 0;
        double bestRss = Double.MAX_VALUE;
        for (int i = 0; i < PROFILE_SCAN; i++) {
            double v = rss.value(lo + i * step);
            if (v < bestRss) {
                bestRss = v;
                bestAt = i;
            }
        }
        double x = lo + bestAt * step;
        try {
            UnivariatePointValuePair min = new BrentOptimizer(1e-8, 1e-12).optimize(new MaxEval(100),
                    new UnivariateObjectiveFunction(rss), GoalType.MINIMIZE,
                    new SearchInterval(Math.max(lo, x - step), Math.min(hi, x + step), x));
            if (min.getValue() < bestRss) {
                x = min.getPoint();
            }
        } catch (MathRuntimeException e) {
            // keep the best scanned point
        }
        double[] p = template.clone();
        p[index] = Math.exp(x);
        List<Solution> s = screen(model, data, List.of(p));
        return s.isEmpty() ? null : s.get(0);
    }

    /** Weighted RSS as a function of {@code ln} of one parameter, the amplitude solved in closed form. */
    private static final class ProfileObjective implements UnivariateFunction {
        private final IncrementModel model;
        private final ViewIncrements data;
        private final double[] params;
        private final int index;
        private final int[] days;
        private final double[] y;
        private final double[] w;
        private final double[] inc;
        private final double yy;
        private final double lowestAmplitude;
        private final double highestAmplitude;

        ProfileObjective(IncrementModel model, ViewIncrements data, double[] template, int index) {
            this.model = model;
            this.data = data;
            this.params = template.clone();
            this.index = index;
            this.days = data.observedDayIndices();
            this.y = data.observed();
            this.w = data.weights();
            this.inc = new double[data.days()];
            double sum = 0;
            for (int i = 0; i < days.length; i++) {
                double w2 = w[i] * w[i];
                sum += w2 * y[i] * y[i];
            }
            this.yy = sum;
            this.lowestAmplitude = model.lowerBounds()[0];
            this.highestAmplitude = model.upperBounds()[0];
        }

        @Override
        public double value(double logValue) {
            params[index] = Math.exp(logValue);
            model.evaluate(params, inc, null);
            double xy = 0;
            double xx = 0;
            for (int i = 0; i < days.length; i++) {
                double w2 = w[i] * w[i];
                double f = inc[days[i]];
                xy += w2 * f * y[i];
                xx += w2 * f * f;
            }
            if (!model.hasAmplitude()) {
                double rss = yy - 2 * xy + xx;
                return Double.isFinite(rss) ? rss : Double.MAX_VALUE;
            }
            double factor = xx > 0 && xy > 0 ? xy / xx : 0;
            double amplitude = model.withAmplitudeTimes(params, factor)[0];
            if (!(amplitude >= lowestAmplitude && amplitude <= highestAmplitude)) {
                // the best amplitude is out of bounds: score the clamped one exactly
                List<Solution> s = screen(model, data, List.of(params.clone()));
                return s.isEmpty() ? Double.MAX_VALUE : s.get(0).rss();
            }
            double rss = yy - xy * factor;
            return Double.isFinite(rss) ? Math.max(rss, 0) : Double.MAX_VALUE;
        }
    }

    /**
     * One Levenberg–Marquardt run from {@code start}, giving up early when hopeless as {@link #fitBest} says;
     * {@code null} when it fails or its numbers are not finite.
     */
    static Solution fit(IncrementModel model, ViewIncrements data, double[] start, double hopelessRss) {
        double[] lower = model.lowerBounds();
        double[] upper = model.upperBounds();
        ObservedIncrements function = new ObservedIncrements(model, data);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .model(function)
                .target(data.weightedObserved())
                .start(clamp(start, lower, upper))
                .parameterValidator(point -> {
                    for (int j = 0; j < point.getDimension(); j++) {
                        double v = point.getEntry(j);
                        if (Double.isNaN(v)) {
                            throw new ArithmeticException("parameter " + j + " became NaN");
                        }
                        point.setEntry(j, Math.max(lower[j], Math.min(upper[j], v)));
                    }
                    return point;
                })
                .checker((iteration, previous, current) -> iteration >= MAX_ITERATIONS
                        || hopelessRss < Double.POSITIVE_INFINITY
                        && hopeless(function.cost(previous), function.cost(current), hopelessRss))
                .maxEvaluations(HARD_LIMIT)
                .maxIterations(HARD_LIMIT)
                .lazyEvaluation(false)
                .build();
        double[] p;
        try {
            p = OPTIMIZER.optimize(problem).getPoint().toArray();
        } catch (MathRuntimeException | ArithmeticException e) {
            // no convergence, a singular step or an overflow: keep the best point seen, if any
            p = function.bestPoint();
            if (p == null) {
                return null;
            }
        }
        double[] inc = new double[data.days()];
        model.evaluate(p, inc, null);
        double rss = data.weightedResidualSumOfSquares(inc);
        return Double.isFinite(rss) && allFinite(inc) ? new Solution(p, inc, rss) : null;
    }

    private static boolean hopeless(double previousCost, double currentCost, double hopelessRss) {
        double before = previousCost * previousCost;
        double now = currentCost * currentCost;
        return now > hopelessRss && before - now < 0.1 * (now - hopelessRss);
    }

    private static double[] clamp(double[] p, double[] lower, double[] upper) {
        double[] out = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            out[j] = Math.max(lower[j], Math.min(upper[j], p[j]));
        }
        return out;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The model's weighted increments on the observed days, with a Jacobian computed only if the optimizer asks for
     * it: Levenberg–Marquardt needs it at accepted points only, so rejected trial steps cost one evaluation without
     * derivatives. It remembers the best point it evaluated, so a run the optimizer aborts still yields its progress;
     * hence one instance per fit, never shared.
     *
     * <p>The Jacobian the optimizer asks for goes into one array kept for the whole fit: the optimizer asks once per
     * iteration, for the point it accepted last, and is done with the previous iteration's array by then. Filling
     * rows of a fresh {@code double[rows][parameters]} each time cost more than the model's derivatives.
     */
    private static final class ObservedIncrements implements MultivariateJacobianFunction {
        private final IncrementModel model;
        private final int[] rows;
        private final double[] weights;
        private final double[] target;
        private final double[] inc;
        private final double[] jacobianIncrements;
        private final double[][] modelJacobian;
        private final double[][] weightedJacobian;
        private double[] bestPoint;
        private double bestRss = Double.POSITIVE_INFINITY;
        // the last few points evaluated and their weighted RSS: the convergence check asks for the costs of the
        // point accepted last and of the one before it
        private final double[][] recentPoints = new double[RECENT][];
        private final double[] recentRss = new double[RECENT];
        private int recent;

        ObservedIncrements(IncrementModel model, ViewIncrements data) {
            this.model = model;
            int days = data.days();
            this.rows = data.observedDayIndices();
            this.weights = data.weights();
            this.target = data.weightedObserved();
            this.inc = new double[days];
            this.jacobianIncrements = new double[days];
            this.modelJacobian = new double[days][model.jacobianColumns()];
            this.weightedJacobian = new double[rows.length][model.parameterCount()];
        }

        double[] bestPoint() {
            return bestPoint;
        }

        /**
         * The cost (root of the weighted RSS) of an evaluation, as the optimizer computes it, taken from the
         * evaluations remembered here when possible instead of summing the residuals again.
         */
        double cost(LeastSquaresProblem.Evaluation evaluation) {
            double[] point = evaluation.getPoint().toArray();
            for (int i = 0; i < recentPoints.length; i++) {
                if (Arrays.equals(point, recentPoints[i])) {
                    return Math.sqrt(recentRss[i]);
                }
            }
            return evaluation.getCost();
        }

        @Override
        public Pair<RealVector, RealMatrix> value(RealVector point) {
            double[] p = point.toArray();
            model.evaluate(p, inc, null);
            double[] values = new double[rows.length];
            double rss = 0;
            for (int i = 0; i < rows.length; i++) {
                values[i] = weights[i] * inc[rows[i]];
                if (!Double.isFinite(values[i])) {
                    throw new ArithmeticException("model increment on day " + rows[i] + " is not finite");
                }
                rss += (target[i] - values[i]) * (target[i] - values[i]);
            }
            if (rss < bestRss) {
                bestRss = rss;
                bestPoint = p;
            }
            recent = (recent + 1) % recentPoints.length;
            recentPoints[recent] = p;
            recentRss[recent] = rss;
            return new Pair<>(new ArrayRealVector(values, false), new LazyJacobian(p));
        }

        /** The weighted Jacobian at {@code p}, times {@code factor}, written into {@code out} and returned. */
        double[][] jacobian(double[] p, double factor, double[][] out) {
            int np = model.parameterCount();
            model.evaluate(p, jacobianIncrements, modelJacobian);
            for (int i = 0; i < rows.length; i++) {
                double[] row = modelJacobian[rows[i]];
                double[] o = out[i];
                double w = factor * weights[i];
                for (int j = 0; j < np; j++) {
                    o[j] = row[j] * w;
                    if (!Double.isFinite(o[j])) {
                        throw new ArithmeticException("model derivative on day " + rows[i] + " is not finite");
                    }
                }
            }
            return out;
        }

        /**
         * The Jacobian at one point, computed on first use. The optimizer takes its negation once per iteration
         * ({@code scalarMultiply(-1).getData()}); that is one evaluation straight into the fit's Jacobian array.
         */
        private final class LazyJacobian extends AbstractRealMatrix {
            private final double[] point;
            private double[][] data;

            LazyJacobian(double[] point) {
                this.point = point;
            }

            private double[][] data() {
                if (data == null) {
                    data = jacobian(point, 1, new double[rows.length][model.parameterCount()]);
                }
                return data;
            }

            @Override
            public RealMatrix scalarMultiply(double d) {
                if (data == null) {
                    return new Fresh(jacobian(point, d, weightedJacobian));
                }
                return super.scalarMultiply(d);
            }

            @Override
            public int getRowDimension() {
                return rows.length;
            }

            @Override
            public int getColumnDimension() {
                return model.parameterCount();
            }

            @Override
            public RealMatrix createMatrix(int rowDimension, int columnDimension) {
                return new Array2DRowRealMatrix(rowDimension, columnDimension);
            }

            @Override
            public RealMatrix copy() {
                return new Array2DRowRealMatrix(data(), true);
            }

            @Override
            public double getEntry(int row, int column) {
                return data()[row][column];
            }

            @Override
            public void setEntry(int row, int column, double value) {
                data()[row][column] = value;
            }
        }
    }

    /** A matrix built for one caller, who may have its array without a copy. */
    private static final class Fresh extends Array2DRowRealMatrix {
        private static final long serialVersionUID = 1L;

        Fresh(double[][] data) {
            super(data, false);
        }

        @Override
        public double[][] getData() {
            return getDataRef();
        }
    }
}
