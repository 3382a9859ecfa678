package io.viralscope.plugins.inflection;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Detector;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When did the pace change? Finds, in the daily views of the regular grid (docs/architecture.md#change-points):
 * <ul>
 *   <li>{@code peak}: the largest daily increment, confirmed on a smoothed series ({@link Peak}); value: its daily
 *       views;</li>
 *   <li>{@code inflection}: the inflection of the cumulative curve, the maximum of daily views of a smooth
 *       S-curve ({@link Inflection}); value: cumulative views there;</li>
 *   <li>{@code changepoint}: changes found by PELT (Killick et al. 2012, {@link PeltSegmentation}) on
 *       {@code y = log1p(x)} without its {@link WeeklyPattern}, with a piecewise-linear cost
 *       ({@link PiecewiseLinearCost}), penalty {@code 3·σ̂²·ln n} ({@link NoiseScale}; beyond a year the long-run
 *       noise and a weekly stride), segments of at least five days, each told kink or step
 *       ({@link ChangePointRefinement}); value: fitted daily views after the change; attributes
 *       {@code rate_before}, {@code rate_after} (growth rate of log daily views per day in the adjacent segments),
 *       {@code daily_views_before}, {@code daily_views_after}, {@code kink} (1 for a change of rate, 0 for a level
 *       shift), {@code significance} (how far it stands out, in noise units);</li>
 *   <li>{@code shock}: a one-day jump that stands out against the series' own variability, followed by decay
 *       ({@link Shock}); value: its daily views; attributes {@code recent_level}, {@code ratio_to_recent},
 *       {@code expected_daily_views}, {@code size} (× the expected day), {@code significance} (a robust z).
 *       Shock days and their tails are left out of the change-point fit, so a shock is reported once, as a
 *       shock. A jump that one sample interval spanning a midnight shares out over two grid days is one shock,
 *       on the day {@link SplitDay} tells ({@link SampleTimes}).</li>
 * </ul>
 * Every event concerns one daily increment {@code k} and is stamped {@link DailyGrid#time(int) time(k)}, 00:00 UTC
 * of the day it happened on (inside the series window). Metrics: {@code peak_daily_views},
 * {@code changepoint_count}, {@code shock_count}, {@code growth_rate_first_segment},
 * {@code growth_rate_last_segment} (log daily views per day), {@code noise_sigma} (σ̂), {@code days_analysed}.
 * Curves: the five-day moving average and the piecewise-linear fit, both daily views. Evidence:
 * {@link SpreadEvidence}.
 *
 * <p>Settings ({@code detectors.inflection.*}): {@code penalty-factor} (default 3, the 3 in the penalty),
 * {@code min-segment-days} (default 5), {@code shock-ratio} (default 1.8, a shock's least multiple of the expected
 * day), {@code shock-z} (default 5, its least significance). Needs at least seven daily increments outside gaps.
 * Linear time in practice: O(1) segment costs and
 * PELT's pruning. Stateless, so thread-safe.
 */
@Extension
public final class InflectionDetector implements Detector {

    /** Fewest usable daily increments analysed. */
    public static final int MIN_DAYS = 7;

    /**
     * Beyond a year, the change-point penalty reads the long-run noise ({@link NoiseScale#longRun}) and the
     * search takes a weekly stride before placing each change to the day.
     */
    static final int LONG_SERIES_DAYS = 365;

    @Override
    public String id() {
        return "inflection";
    }

    @Override
    public String version() {
        return "1.4.0";
    }

    @Override
    public String description() {
        return "Peak, inflection, change points (PELT on log daily views) and shocks.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        DetectorSettings settings = context.settings();
        double penaltyFactor = settings.getDouble("penalty-factor", 3.0, 0.1, 100);
        int minSegment = settings.getInt("min-segment-days", 5, 3, 60);
        double shockRatio = settings.getDouble("shock-ratio", 1.8, 1.1, 1000);
        double shockZ = settings.getDouble("shock-z", 5.0, 2, 100);

        DailyGrid grid = context.grid(series);
        DailyIncrements days = DailyIncrements.of(grid);
        int n = days.size();
        if (n < MIN_DAYS) {
            return Detection.insufficientData(this, "Finding a peak or change points needs at least " + MIN_DAYS
                    + " days of daily views, but the series spans " + Numbers.plural(n, "day") + ".");
        }
        if (days.usableCount() < MIN_DAYS) {
            return Detection.insufficientData(this, "Finding a peak or change points needs at least " + MIN_DAYS
                    + " days of daily views outside gaps between samples, but the series has "
                    + days.usableCount() + " of " + n + ", so sample the video daily.");
        }
        if (allZero(days)) {
            return Detection.insufficientData(this, "The view count stayed the same over all " + Numbers.plural(n, "day")
                    + ", so there is no peak or change to find; it needs views to grow on at least one day.");
        }

        double[] seasonal = WeeklyPattern.of(days);
        double[] z = days.logs().clone();
        for (int k = 0; k < n; k++) {
            z[k] -= seasonal[k];
        }
        DailyIncrements level = new DailyIncrements(days.views(), z, days.usable(), days.usableCount());
        double sigma = NoiseScale.of(level);
        double[] smoothed = MovingAverage.of(days.views(), days.usable(), Peak.HALF_WIDTH);
        Peak peak = Peak.find(days, smoothed);
        List<Shock> shocks = Shock.scan(days, seasonal, SampleTimes.of(series, grid.start()), sigma, shockRatio,
                shockZ);
        double[] fitWeight = days.usable().clone();
        for (Shock s : shocks) {
            for (int k = s.from(); k <= s.tailEnd(); k++) {
                fitWeight[k] = 0;
            }
        }
        PiecewiseLinearCost cost = new PiecewiseLinearCost(z, fitWeight);
        // beyond a year, weeks-long wander is noise to a change-point search, and the search takes weekly strides
        boolean longSeries = n > LONG_SERIES_DAYS;
        // every usable day, shocks included: the penalty must not hinge on which shocks were found
        double sigmaLongRun = longSeries ? Math.max(sigma, NoiseScale.longRun(z, days.usable())) : sigma;
        double penalty = penaltyFactor * sigmaLongRun * sigmaLongRun * Math.log(n);
        int stride = longSeries ? 7 : 1;
        int[] changes = PeltSegmentation.segment(cost, n, penalty, minSegment, stride).changes();
        if (stride > 1) {
            changes = ChangePointRefinement.place(cost, changes, n, minSegment, stride);
        }
        List<ChangePoint> changePoints = ChangePointRefinement.refine(cost, changes, n, sigmaLongRun, minSegment);
        Inflection inflection = Inflection.find(days, smoothed, peak, shocks, fitWeight);

        double[] whole = cost.line(0, n);
        double wholeRate = whole == null ? 0 : whole[0];
        double firstRate = SpreadEvidence.rateAt(0, changePoints, wholeRate);
        double lastRate = SpreadEvidence.rateAt(n - 1, changePoints, wholeRate);

        Instant[] closes = new Instant[n];
        for (int k = 0; k < n; k++) {
            closes[k] = grid.time(k); // the day's own 00:00 UTC
        }
        Detection.Builder d = Detection.ok(this)
                .metric("peak_daily_views", peak.views())
                .metric("changepoint_count", changePoints.size())
                .metric("shock_count", shocks.size())
                .metric("growth_rate_first_segment", firstRate)
                .metric("growth_rate_last_segment", lastRate)
                .metric("noise_sigma", sigma).diagnostic("noise_sigma") // what the penalty was set from
                .metric("days_analysed", days.usableCount());

        d.event(new Event("peak", closes[peak.day()], peak.views(),
                "peak: " + Numbers.count(peak.views()) + " views/day",
                Map.of("smoothed_daily_views", peak.smoothedViews())));
        if (inflection != null) {
            double[] cumulative = grid.cumulativeViews();
            d.event(new Event("inflection", closes[inflection.day()], cumulative[inflection.day() + 1],
                    "inflection: " + Numbers.count(inflection.dailyViews()) + " views/day",
                    Map.of("daily_views", inflection.dailyViews(), "vertex_days", inflection.vertex() + 0.5)));
        }
        for (ChangePoint c : changePoints) {
            d.event(changeEvent(c, closes[c.day()]));
            Acceleration.add(d, c, closes[c.day()]);
        }
        MetricUnits.declare(d);
        for (Shock s : shocks) {
            Map<String, Double> attributes = new LinkedHashMap<>();
            attributes.put("recent_level", s.recentLevel());
            attributes.put("ratio_to_recent", s.ratio());
            attributes.put("expected_daily_views", s.expected());
            attributes.put("size", s.size());
            attributes.put("significance", s.significance());
            d.event(new Event("shock", closes[s.day()], s.views(), "shock: " + Numbers.count(s.views())
                    + " views/day, " + Numbers.times(s.size()) + " the expected day", attributes));
        }
        // day k's value at its own 00:00 UTC, closes[k]
        d.curve(FittedCurve.daily("moving-average-5d", CurveQuantity.DAILY_VIEWS, false, grid.start(),
                smoothed));
        d.curve(FittedCurve.daily("piecewise-linear", CurveQuantity.DAILY_VIEWS, true, grid.start(),
                piecewiseFit(cost, changePoints, n)));
        SpreadEvidence.add(d, grid, days, smoothed, shocks, inflection, changePoints, wholeRate);
        return d.summary(summary(closes, peak, inflection, changePoints, shocks)).build();
    }

    private static Event changeEvent(ChangePoint c, Instant at) {
        double before = Math.max(0, Math.expm1(c.levelBefore()));
        double after = Math.max(0, Math.expm1(c.levelAfter()));
        String label = c.kink()
                ? "growth " + Numbers.percentPerDay(c.rateBefore()) + " → " + Numbers.percentPerDay(c.rateAfter())
                : "level " + Numbers.count(before) + " → " + Numbers.count(after) + " views/day";
        Map<String, Double> attributes = new LinkedHashMap<>();
        attributes.put("rate_before", c.rateBefore());
        attributes.put("rate_after", c.rateAfter());
        attributes.put("daily_views_before", before);
        attributes.put("daily_views_after", after);
        attributes.put("kink", c.kink() ? 1.0 : 0.0);
        attributes.put("significance", c.significance());
        return new Event("changepoint", at, after, label, attributes);
    }

    /** Daily views of the fitted line of each segment. */
    private static double[] piecewiseFit(PiecewiseLinearCost cost, List<ChangePoint> changePoints, int n) {
        double[] fit = new double[n];
        int from = 0;
        for (int i = 0; i <= changePoints.size(); i++) {
            int to = i < changePoints.size() ? changePoints.get(i).day() : n;
            double[] line = cost.line(from, to);
            for (int k = from; k < to; k++) {
                double y = line == null ? 0 : line[1] + line[0] * (k - from);
                fit[k] = Math.max(0, Math.expm1(y));
            }
            from = to;
        }
        return fit;
    }

    private static String summary(Instant[] closes, Peak peak, Inflection inflection, List<ChangePoint> changes,
                                  List<Shock> shocks) {
        StringBuilder s = new StringBuilder("Daily views peaked at ").append(Numbers.count(peak.views()))
                .append(" on ").append(Numbers.date(closes[peak.day()]));
        if (inflection != null) {
            s.append(", with a smooth inflection on ").append(Numbers.date(closes[inflection.day()]));
        }
        s.append("; ").append(changes.isEmpty() ? "no change point" : Numbers.plural(changes.size(), "change point"));
        s.append(" and ").append(shocks.isEmpty() ? "no shock" : Numbers.plural(shocks.size(), "shock"));
        if (!shocks.isEmpty()) {
            s.append(" (first on ").append(Numbers.date(closes[shocks.get(0).day()])).append(')');
        }
        return s.append('.').toString();
    }

    private static boolean allZero(DailyIncrements days) {
        for (int k = 0; k < days.size(); k++) {
            if (days.isUsable(k) && days.views()[k] > 0) {
                return false;
            }
        }
        return true;
    }
}
