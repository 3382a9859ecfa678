package io.viralscope.plugins.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.AbstractRealMatrix;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.ConvergenceChecker;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.vector.leastsquares.AbstractEvaluation;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.hipparchus.util.Incrementor;

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
        Screening screening = new Screening(model, data);
        List<Solution> out = new ArrayList<>(starts.size());
        for (double[] start : starts) {
            Solution s = screening.of(start);
            if (s != null) {
                insertByRss(out, s);
            }
        }
        return out;
    }

    /** Inserts {@code s} after every solution whose RSS is not larger: a stable sort by RSS, one at a time. */
    private static void insertByRss(List<Solution> sorted, Solution s) {
        int at = sorted.size();
        while (at > 0 && Double.compare(sorted.get(at - 1).rss(), s.rss()) > 0) {
            at--;
        }
        sorted.add(at, s);
    }

    /**
     * One model's screening against one series: each step a small method, so the JIT compiles each loop on its own
     * rather than one large method with every loop inlined (the cost of a cold report is mostly compiling).
     */
    private static final class Screening {
        private final IncrementModel model;
        private final ViewIncrements data;
        private final double[] lower;
        private final double[] upper;
        private final int[] days;
        private final double[] y;
        private final double[] w;

        Screening(IncrementModel model, ViewIncrements data) {
            this.model = model;
            this.data = data;
            this.lower = model.lowerBounds();
            this.upper = model.upperBounds();
            this.days = data.observedDayIndices();
            this.y = data.observed();
            this.w = data.weights();
        }

        /** The start with its least-squares amplitude, or {@code null} when its fit is not finite. */
        Solution of(double[] start) {
            double[] p = clamp(start, lower, upper);
            double[] inc = new double[data.days()];
            model.evaluate(p, inc, null);
            double xy = weightedCross(inc);
            double xx = weightedSquare(inc);
            double factor = xy / xx;
            if (model.hasAmplitude() && xx > 0 && xy > 0 && Double.isFinite(factor)) {
                p = scaled(p, inc, factor);
            }
            double rss = data.weightedResidualSumOfSquares(inc);
            return Double.isFinite(rss) && allFinite(inc) ? new Solution(p, inc, rss) : null;
        }

        /** The parameters with the amplitude times {@code factor}, clamped, and {@code inc} made theirs. */
        private double[] scaled(double[] p, double[] inc, double factor) {
            double[] scaled = model.withAmplitudeTimes(p, factor);
            double[] clamped = clamp(scaled, lower, upper);
            if (Arrays.equals(clamped, scaled)) {
                // increments are proportional to the amplitude: no need to evaluate the model again
                multiply(inc, factor);
            } else {
                model.evaluate(clamped, inc, null);
            }
            return clamped;
        }

        /** {@code sum w² f y} over the observed days. */
        private double weightedCross(double[] inc) {
            double xy = 0;
            for (int i = 0; i < days.length; i++) {
                double w2 = w[i] * w[i];
                xy += w2 * inc[days[i]] * y[i];
            }
            return xy;
        }

        /** {@code sum w² f²} over the observed days. */
        private double weightedSquare(double[] inc) {
            double xx = 0;
            for (int i = 0; i < days.length; i++) {
                double w2 = w[i] * w[i];
                xx += w2 * inc[days[i]] * inc[days[i]];
            }
            return xx;
        }
    }

    private static void multiply(double[] values, double factor) {
        for (int k = 0; k < values.length; k++) {
            values[k] *= factor;
        }
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
        return new Screening(model, data).of(p);
    }

    /** Weighted RSS as a function of {@code ln} of one parameter, the amplitude solved in closed form. */
    private static final class ProfileObjective implements UnivariateFunction {
        private final IncrementModel model;
        private final Screening screening;
        private final double[] params;
        private final int index;
        private final double[] inc;
        private final double yy;
        private final double lowestAmplitude;
        private final double highestAmplitude;

        ProfileObjective(IncrementModel model, ViewIncrements data, double[] template, int index) {
            this.model = model;
            this.screening = new Screening(model, data);
            this.params = template.clone();
            this.index = index;
            this.inc = new double[data.days()];
            this.yy = weightedSquareOfObserved(data);
            this.lowestAmplitude = model.lowerBounds()[0];
            this.highestAmplitude = model.upperBounds()[0];
        }

        private static double weightedSquareOfObserved(ViewIncrements data) {
            double[] y = data.observed();
            double[] w = data.weights();
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                double w2 = w[i] * w[i];
                sum += w2 * y[i] * y[i];
            }
            return sum;
        }

        @Override
        public double value(double logValue) {
            params[index] = Math.exp(logValue);
            model.evaluate(params, inc, null);
            double xy = screening.weightedCross(inc);
            double xx = screening.weightedSquare(inc);
            if (!model.hasAmplitude()) {
                double rss = yy - 2 * xy + xx;
                return Double.isFinite(rss) ? rss : Double.MAX_VALUE;
            }
            double factor = xx > 0 && xy > 0 ? xy / xx : 0;
            double amplitude = model.withAmplitudeTimes(params, factor)[0];
            if (!(amplitude >= lowestAmplitude && amplitude <= highestAmplitude)) {
                return clampedRss();
            }
            double rss = yy - xy * factor;
            return Double.isFinite(rss) ? Math.max(rss, 0) : Double.MAX_VALUE;
        }

        /** The best amplitude is out of bounds: the clamped one, scored exactly. */
        private double clampedRss() {
            Solution s = screening.of(params.clone());
            return s == null ? Double.MAX_VALUE : s.rss();
        }
    }

    /**
     * One Levenberg–Marquardt run from {@code start}, giving up early when hopeless as {@link #fitBest} says;
     * {@code null} when it fails or its numbers are not finite.
     */
    static Solution fit(IncrementModel model, ViewIncrements data, double[] start, double hopelessRss) {
        double[] lower = model.lowerBounds();
        double[] upper = model.upperBounds();
        ObservedIncrements problem = new ObservedIncrements(model, data, clamp(start, lower, upper),
                (iteration, previous, current) -> iteration >= MAX_ITERATIONS
                        || hopelessRss < Double.POSITIVE_INFINITY
                        && hopeless(previous.getCost(), current.getCost(), hopelessRss));
        double[] p;
        try {
            p = OPTIMIZER.optimize(problem).getPoint().toArray();
        } catch (MathRuntimeException | ArithmeticException e) {
            // no convergence, a singular step or an overflow: keep the best point seen, if any
            p = problem.bestPoint();
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
     * One fit's least-squares problem for the optimizer: the model's weighted increments on the observed days
     * against the weighted observations, parameters held inside their bounds by projection. Each evaluation
     * computes its residuals and their sum of squares once, where the generic problem of the library would copy
     * and sum them again each time the optimizer or the convergence check asks for the cost (same numbers, same
     * order of summation). The Jacobian is computed only if the optimizer asks for it: Levenberg–Marquardt needs it
     * at accepted points only, so rejected trial steps cost one evaluation without derivatives.
     *
     * <p>It remembers the best point it evaluated, so a run the optimizer aborts still yields its progress; hence one
     * instance per fit, never shared. The Jacobian the optimizer asks for goes into one array kept for the fit: the
     * optimizer asks once per iteration, for the point it accepted last, and is done with the previous iteration's
     * array by then.
     */
    private static final class ObservedIncrements implements LeastSquaresProblem {
        private final IncrementModel model;
        private final int parameters;
        private final double[] lower;
        private final double[] upper;
        private final double[] start;
        private final ConvergenceChecker<Evaluation> checker;
        private final int[] rows;
        private final double[] weights;
        private final double[] target;
        private final double[] inc;
        private final double[] jacobianIncrements;
        private final double[][] modelJacobian;
        private final double[][] weightedJacobian;
        private double[] bestPoint;
        private double bestRss = Double.POSITIVE_INFINITY;

        ObservedIncrements(IncrementModel model, ViewIncrements data, double[] start,
                           ConvergenceChecker<Evaluation> checker) {
            this.model = model;
            this.parameters = model.parameterCount();
            this.lower = model.lowerBounds();
            this.upper = model.upperBounds();
            this.start = start;
            this.checker = checker;
            int days = data.days();
            this.rows = data.observedDayIndices();
            this.weights = data.weights();
            this.target = data.weightedObserved();
            this.inc = new double[days];
            this.jacobianIncrements = new double[days];
            this.modelJacobian = new double[days][model.jacobianColumns()];
            this.weightedJacobian = new double[rows.length][parameters];
        }

        double[] bestPoint() {
            return bestPoint;
        }

        @Override
        public RealVector getStart() {
            return new ArrayRealVector(start);
        }

        @Override
        public int getObservationSize() {
            return rows.length;
        }

        @Override
        public int getParameterSize() {
            return parameters;
        }

        @Override
        public Incrementor getEvaluationCounter() {
            return new Incrementor(HARD_LIMIT);
        }

        @Override
        public Incrementor getIterationCounter() {
            return new Incrementor(HARD_LIMIT);
        }

        @Override
        public ConvergenceChecker<Evaluation> getConvergenceChecker() {
            return checker;
        }

        @Override
        public Evaluation evaluate(RealVector point) {
            double[] p = clampedPoint(point);
            model.evaluate(p, inc, null);
            double[] residuals = new double[rows.length];
            double rss = residuals(residuals);
            if (Double.isNaN(rss)) {
                throw new ArithmeticException("model increment on day " + firstNonFinite(inc) + " is not finite");
            }
            if (rss < bestRss) {
                bestRss = rss;
                bestPoint = p;
            }
            return new Observed(p, residuals, rss);
        }

        /** The point held inside the bounds; a NaN coordinate is an error. */
        private double[] clampedPoint(RealVector point) {
            // the optimizer passes array vectors: read their array rather than entry by entry through the interface
            double[] x = point instanceof ArrayRealVector array ? array.getDataRef() : point.toArray();
            double[] p = new double[parameters];
            for (int j = 0; j < parameters; j++) {
                double v = x[j];
                if (Double.isNaN(v)) {
                    throw new ArithmeticException("parameter " + j + " became NaN");
                }
                p[j] = Math.max(lower[j], Math.min(upper[j], v));
            }
            return p;
        }

        /**
         * Writes the weighted residuals of {@link #inc} into {@code out} and returns their sum of squares, or NaN when
         * a weighted increment is infinite or NaN (the sum alone cannot tell: it overflows to infinity on finite ones).
         */
        private double residuals(double[] out) {
            double rss = 0;
            double finite = 0;
            for (int i = 0; i < rows.length; i++) {
                double value = weights[i] * inc[rows[i]];
                // zero unless a value is infinite or NaN: one test after the loop instead of one per day
                finite += value * 0;
                out[i] = target[i] - value;
                rss += out[i] * out[i];
            }
            return finite == 0 ? rss : Double.NaN;
        }

        private int firstNonFinite(double[] values) {
            for (int i = 0; i < rows.length; i++) {
                if (!Double.isFinite(weights[i] * values[rows[i]])) {
                    return rows[i];
                }
            }
            return -1;
        }

        /** The weighted Jacobian at {@code p}, times {@code factor}, written into {@code out} and returned. */
        double[][] jacobian(double[] p, double factor, double[][] out) {
            model.evaluate(p, jacobianIncrements, modelJacobian);
            double finite = 0;
            for (int i = 0; i < rows.length; i++) {
                double[] row = modelJacobian[rows[i]];
                double[] o = out[i];
                double w = factor * weights[i];
                for (int j = 0; j < parameters; j++) {
                    o[j] = row[j] * w;
                    finite += o[j] * 0;
                }
            }
            if (finite != 0) {
                for (int i = 0; i < rows.length; i++) {
                    for (int j = 0; j < parameters; j++) {
                        if (!Double.isFinite(out[i][j])) {
                            throw new ArithmeticException("model derivative on day " + rows[i] + " is not finite");
                        }
                    }
                }
            }
            return out;
        }

        /** One evaluated point: its residuals and their sum of squares, its Jacobian on request. */
        private final class Observed extends AbstractEvaluation {
            private final double[] point;
            private final double[] residuals;
            private final double rss;
            private final LazyJacobian jacobian;

            Observed(double[] point, double[] residuals, double rss) {
                super(residuals.length);
                this.point = point;
                this.residuals = residuals;
                this.rss = rss;
                this.jacobian = new LazyJacobian(point);
            }

            @Override
            public RealMatrix getJacobian() {
                return jacobian;
            }

            @Override
            public double getCost() {
                return Math.sqrt(rss);
            }

            @Override
            public double getChiSquare() {
                return rss;
            }

            // the optimizer and the fit only copy these vectors (toArray), so they may wrap the arrays themselves
            @Override
            public RealVector getResiduals() {
                return new ArrayRealVector(residuals, false);
            }

            @Override
            public RealVector getPoint() {
                return new ArrayRealVector(point, false);
            }
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
                    data = jacobian(point, 1, new double[rows.length][parameters]);
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
                return parameters;
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
