package io.viralscope.plugins.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits every growth family to one series' daily views.
 *
 * <h2>The level rule</h2>
 * Increments do not see the cumulative level, but the views counted at the first sample, {@code C0}, still bound
 * every model that describes a video's whole life: logistic, Gompertz and exponential curves start at zero views at
 * {@code t = −∞}, and none may place more than {@code C0} views before the first sample (up to a slack of
 * {@link ViewIncrements#LEVEL_SLACK} of the window's growth, since that far tail is extrapolated). Views counted
 * beyond the curve's own are a baseline from earlier life, which the free level absorbs. A fit that breaks the rule
 * is refitted with its level on the bound. Bass places exactly {@code C0} on its curve (see {@link BassDiffusion}),
 * which is what tells it apart from the logistic: the two share one fit of the logistic shape, whose level decides
 * which of them it is, and the other is refitted on its bound. Linear growth has no start and no rule.
 *
 * <h2>Early stopping</h2>
 * Families are fitted cheapest first (linear in closed form, exponential by a one-parameter profile, then the
 * S-curves by Levenberg–Marquardt). An S-curve fit stops early once its AICc trails the best so far by more than
 * {@link #HOPELESS_MARGIN} and its last step closed only a small part of that gap; its AICc is then an upper bound,
 * which cannot change the choice.
 *
 * <p>One instance per series; not shared between threads.
 */
final class GrowthCurveFitter {

    /** AICc units behind the best fit beyond which a fit that has stopped improving is abandoned. */
    static final double HOPELESS_MARGIN = 10;

    private final ViewIncrements data;
    private final List<ModelFit> fits = new ArrayList<>(5);
    private double bestAicc = Double.POSITIVE_INFINITY;

    private GrowthCurveFitter(ViewIncrements data) {
        this.data = data;
    }

    /** The fits of every family that could be fitted and scored; linear growth always can when {@code n >= 4}. */
    static List<ModelFit> fitAll(ViewIncrements data) {
        GrowthCurveFitter fitter = new GrowthCurveFitter(data);
        fitter.add(fitter.linear());
        fitter.add(fitter.exponential());
        StartingShapes shapes = StartingShapes.of(data);
        IncrementFitter.Solution shape = fitter.fit(new LogisticGrowth(), shapes.logistic(), GrowthFamily.LOGISTIC);
        if (shape != null) {
            // whichever of logistic and Bass the shape's level allows first, so the other may stop early
            boolean logisticFirst = LogisticGrowth.levelBefore(shape.params()) <= data.levelCap();
            fitter.add(logisticFirst ? fitter.logistic(shape) : fitter.bass(shape));
            fitter.add(logisticFirst ? fitter.bass(shape) : fitter.logistic(shape));
        }
        fitter.add(fitter.gompertz(shapes, shape));
        return fitter.fits;
    }

    private void add(ModelFit fit) {
        if (fit != null && Double.isFinite(fit.aicc())) {
            fits.add(fit);
            bestAicc = Math.min(bestAicc, fit.aicc());
        }
    }

    private IncrementFitter.Solution fit(IncrementModel model, List<double[]> starts, GrowthFamily family) {
        return IncrementFitter.fitBest(model, data, starts, hopelessRss(family));
    }

    /** The weighted RSS above which {@code family} would trail the best AICc so far by {@link #HOPELESS_MARGIN}. */
    private double hopelessRss(GrowthFamily family) {
        int n = data.observedDays();
        double rss = n * Math.exp((bestAicc + HOPELESS_MARGIN - CorrectedAic.penalty(n, family.parameters())) / n);
        return Double.isFinite(rss) ? rss : Double.POSITIVE_INFINITY;
    }

    ModelFit linear() {
        double[] p = LinearGrowth.fit(data);
        double[] inc = new double[data.days()];
        new LinearGrowth().evaluate(p, inc, null);
        return ModelFit.of(GrowthFamily.LINEAR, data, p, inc, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null);
    }

    ModelFit exponential() {
        ExponentialGrowth model = new ExponentialGrowth();
        IncrementFitter.Solution s = IncrementFitter.profile(model, data, new double[] {0, 0}, ExponentialGrowth.RATE);
        if (s == null) {
            return null;
        }
        int days = data.days();
        double cap = data.levelCap();
        double[] p = s.params();
        if (ExponentialGrowth.levelBefore(p, days) > cap) {
            s = IncrementFitter.profile(ExponentialGrowth.withLevel(cap, days), data, new double[] {0}, 0);
            if (s == null) {
                return null;
            }
            p = ExponentialGrowth.fromLevel(Math.log(cap), s.params()[0], days);
        }
        return ModelFit.of(GrowthFamily.EXPONENTIAL, data, p, s.increments(), Double.NaN,
                p[ExponentialGrowth.RATE], Double.NaN, Double.NaN, Double.NaN, null);
    }

    ModelFit logistic(IncrementFitter.Solution shape) {
        double cap = data.levelCap();
        if (LogisticGrowth.levelBefore(shape.params()) <= cap) {
            return logisticFit(GrowthFamily.LOGISTIC, shape.params(), shape.increments(), null);
        }
        LevelTied model = (LevelTied) LogisticGrowth.withLevel(cap, 0);
        IncrementFitter.Solution s = fit(model, pinnedStarts(shape.params()), GrowthFamily.LOGISTIC);
        return s == null ? null
                : logisticFit(GrowthFamily.LOGISTIC, model.freeParameters(s.params()), s.increments(), null);
    }

    ModelFit bass(IncrementFitter.Solution shape) {
        double c0 = data.startLevel();
        double[] p = shape.params();
        double remaining = LogisticGrowth.remaining(p);
        double extra = LogisticGrowth.levelBefore(p) - c0;
        if (extra >= (c0 + remaining) / BassDiffusion.MAX_Q_OVER_P) {
            BassDiffusion bass = BassDiffusion.fromLogisticSegment(remaining, LogisticGrowth.rate(p), extra, c0);
            return logisticFit(GrowthFamily.BASS, p, shape.increments(), bass);
        }
        // q/p at its bound: the Bass curve closest to a logistic that started from nothing
        double slope = 1 / BassDiffusion.MAX_Q_OVER_P;
        LevelTied model = (LevelTied) LogisticGrowth.withLevel(c0 * (1 + slope), slope);
        IncrementFitter.Solution s = fit(model, pinnedStarts(p), GrowthFamily.BASS);
        if (s == null) {
            return null;
        }
        double[] free = model.freeParameters(s.params());
        double r = LogisticGrowth.remaining(free);
        BassDiffusion bass = BassDiffusion.fromLogisticSegment(r, LogisticGrowth.rate(free), (c0 + r) * slope, c0);
        return logisticFit(GrowthFamily.BASS, free, s.increments(), bass);
    }

    ModelFit gompertz(StartingShapes shapes, IncrementFitter.Solution logisticShape) {
        List<double[]> starts = new ArrayList<>(shapes.gompertz());
        if (logisticShape != null) {
            double[] lp = logisticShape.params();
            double total = LogisticGrowth.remaining(lp) + LogisticGrowth.levelBefore(lp);
            // a Gompertz curve as wide at half height as the fitted logistic, peaking on the same day
            double rate = LogisticGrowth.rate(lp) * GompertzGrowth.HALF_WIDTH_TIMES_RATE
                    / StartingShapes.LOGISTIC_HALF_WIDTH_TIMES_RATE;
            starts.add(GompertzGrowth.ofTotal(total, rate, LogisticGrowth.inflectionDay(lp)));
        }
        IncrementFitter.Solution s = fit(new GompertzGrowth(), starts, GrowthFamily.GOMPERTZ);
        if (s == null) {
            return null;
        }
        double cap = data.levelCap();
        double[] p = s.params();
        if (GompertzGrowth.levelBefore(p) > cap) {
            LevelTied model = (LevelTied) GompertzGrowth.withLevel(cap);
            IncrementFitter.Solution pinned = fit(model, pinnedStarts(p), GrowthFamily.GOMPERTZ);
            if (pinned == null) {
                return null;
            }
            p = model.freeParameters(pinned.params());
            s = pinned;
        }
        return ModelFit.of(GrowthFamily.GOMPERTZ, data, p, s.increments(), GompertzGrowth.remaining(p),
                GompertzGrowth.rate(p), GompertzGrowth.inflectionDay(p), GompertzGrowth.riseToInflection(p),
                GompertzGrowth.peakRate(p), null);
    }

    private ModelFit logisticFit(GrowthFamily family, double[] p, double[] inc, BassDiffusion bass) {
        if (bass != null && bass.q() <= bass.p()) {
            // daily views peak at launch: the curve has no inflection after it
            return ModelFit.of(family, data, p, inc, LogisticGrowth.remaining(p), LogisticGrowth.rate(p), Double.NaN,
                    Double.NaN, Double.NaN, bass);
        }
        return ModelFit.of(family, data, p, inc, LogisticGrowth.remaining(p), LogisticGrowth.rate(p),
                LogisticGrowth.inflectionDay(p), LogisticGrowth.riseToInflection(p), LogisticGrowth.peakRate(p), bass);
    }

    /** Starts {@code (ln R, ln r)} for a level-tied refit of a free fit {@code (ln R, ln r, position)}. */
    private static List<double[]> pinnedStarts(double[] free) {
        double logRemaining = free[0];
        double logRate = free[1];
        return List.of(new double[] {logRemaining, logRate},
                new double[] {logRemaining + Math.log(2), logRate - Math.log(2)});
    }
}
