package io.viralscope.plugins.inflection;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Detector;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.util.List;

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
     * search takes a weekly stride before placing each change to the day ({@link ChangePointSearch}).
     */
    static final int LONG_SERIES_DAYS = 365;

    @Override
    public String id() {
        return "inflection";
    }

    @Override
    public String version() {
        return "1.4.1";
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
        String shortfall = shortfall(days);
        if (shortfall != null) {
            return Detection.insufficientData(this, shortfall);
        }
        // a short sequence of named steps with no loop of its own: a long detect holding loops was compiled (OSR
        // too) with every step inlined, several times over, at about a second of JIT compiling each
        double[] seasonal = WeeklyPattern.of(days);
        double[] z = WeeklyPattern.remove(days.logs(), seasonal);
        double sigma = NoiseScale.of(new DailyIncrements(days.views(), z, days.usable(), days.usableCount()));
        double[] smoothed = MovingAverage.of(days.views(), days.usable(), Peak.HALF_WIDTH);
        Peak peak = Peak.find(days, smoothed);
        List<Shock> shocks = Shock.scan(days, seasonal, SampleTimes.of(series, grid.start()), sigma, shockRatio,
                shockZ);
        double[] fitWeight = Shock.leftOut(days.usable(), shocks);
        PiecewiseLinearCost cost = new PiecewiseLinearCost(z, fitWeight);
        List<ChangePoint> changePoints = ChangePointSearch.find(cost, z, days.usable(), sigma, penaltyFactor,
                minSegment);
        Inflection inflection = Inflection.find(days, smoothed, peak, shocks, fitWeight);
        return DetectionWriter.write(this, grid, new Findings(days, smoothed, sigma, peak, inflection, shocks,
                cost, changePoints));
    }

    /** Why the series is too short or flat to analyse, or null when it is not. */
    private static String shortfall(DailyIncrements days) {
        int n = days.size();
        if (n < MIN_DAYS) {
            return "Finding a peak or change points needs at least " + MIN_DAYS
                    + " days of daily views, but the series spans " + Numbers.plural(n, "day") + ".";
        }
        if (days.usableCount() < MIN_DAYS) {
            return "Finding a peak or change points needs at least " + MIN_DAYS
                    + " days of daily views outside gaps between samples, but the series has "
                    + days.usableCount() + " of " + n + ", so sample the video daily.";
        }
        if (allZero(days)) {
            return "The view count stayed the same over all " + Numbers.plural(n, "day")
                    + ", so there is no peak or change to find; it needs views to grow on at least one day.";
        }
        return null;
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
