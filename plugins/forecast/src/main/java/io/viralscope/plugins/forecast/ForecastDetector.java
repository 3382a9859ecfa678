package io.viralscope.plugins.forecast;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.VideoSeries;
import org.pf4j.Extension;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where is the video heading? Cumulative views some days after the last sample, each with an 80% interval, from two
 * models (docs/architecture.md#forecasting) and their combination:
 * <ul>
 *   <li><b>growth</b>: a damped exponential trend of daily views ({@link DampedTrendForecast});</li>
 *   <li><b>loglinear</b>: Szabo &amp; Huberman's {@code ln N(t2) = ln N(t1) + ln r + ε}, with {@code r} and the
 *       spread of ε from the series' own history, or documented defaults for short series
 *       ({@link LogLinearForecast});</li>
 *   <li><b>combined</b>: their equal-weight mixture, whose interval also widens where they disagree
 *       ({@link Prediction#combine}).</li>
 * </ul>
 *
 * <p>Metrics: {@code horizon_days} (the first horizon), {@code views_forecast}, {@code views_low},
 * {@code views_high} (combined, at the first horizon); for each horizon {@code h}: {@code views_<h>d},
 * {@code views_<h>d_low}, {@code views_<h>d_high} (combined) and the same with {@code _growth} and
 * {@code _loglinear} for each model ({@code views_7d_growth}, {@code views_7d_growth_low}, …), and
 * {@code loglinear_ratio_<h>d} ({@code r}), {@code loglinear_sigma_<h>d} (σ of ln views),
 * {@code loglinear_spans_<h>d} (spans of
 * {@code h} days observed; 0 when the defaults alone were used); {@code growth_trend_per_day} (the slope of log daily
 * views), {@code views_last}, {@code days_analysed}. Curves ({@link CurveQuantity#CUMULATIVE_VIEWS}), one point a
 * day from the last sample to the longest horizon: {@code forecast} (primary), {@code forecast-low},
 * {@code forecast-high}. No events: a forecast lies after the window. No mechanism evidence.
 *
 * <p>Settings ({@code detectors.forecast.*}): {@code horizons}, days after the last sample, default {@code "7,30"}
 * ({@link Horizons}). Needs three daily increments, three of them usable, one among the last three (a series that
 * ends after a gap has no recent rate). Looks ahead at most {@value #HORIZON_PER_DAY_OBSERVED} times the usable days
 * observed: a longer horizon's metrics are unknown and the summary says how many days it needs (none within reach:
 * insufficient data). No figure assumes more than {@value #MAX_DAILY_PER_BUSIEST_DAY} times the busiest day observed,
 * every day ahead. Microseconds per series; stateless, so thread-safe.
 */
@Extension
public final class ForecastDetector implements Detector {

    /** Fewest daily increments forecast from. */
    public static final int MIN_DAYS = 3;
    /** The last days of which at least one must rest on samples: the recent rate a forecast starts from. */
    public static final int RECENT_DAYS = 3;
    /**
     * The furthest a forecast looks ahead, in multiples of the days of views it rests on: the backtest's 80%
     * intervals hold a week ahead from three days, and a month ahead needs ten, not four.
     */
    public static final int HORIZON_PER_DAY_OBSERVED = 3;
    /**
     * The most views a day that any forecast, median or bound, assumes, in multiples of the busiest day observed,
     * so the log-linear model's wide default interval cannot promise a hundred times the views a series has shown.
     * Loose enough that the backtest barely notices (a month ahead from 14 days: 70.0% coverage, 70.4% uncapped).
     */
    public static final double MAX_DAILY_PER_BUSIEST_DAY = 10;

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public String version() {
        return "1.5.1";
    }

    @Override
    public String description() {
        return "Views 7 and 30 days ahead with 80% intervals, from a damped growth trend and the Szabo-Huberman "
                + "log-linear model.";
    }

    @Override
    public Detection detect(VideoSeries series, DetectorContext context) {
        List<Integer> horizons = Horizons.of(context.settings(), id());
        if (series.isEmpty()) {
            return Detection.insufficientData(this, "A forecast needs at least " + MIN_DAYS + " days of views, "
                    + "but the series is empty.");
        }
        CumulativeViews views = CumulativeViews.of(series, context.grid(series));
        String problem = tooFewDays(series, views);
        if (problem != null) {
            return Detection.insufficientData(this, problem);
        }
        int reach = HORIZON_PER_DAY_OBSERVED * views.usableDays();
        List<Integer> supported = within(horizons, reach, true);
        if (supported.isEmpty()) {
            int h = horizons.get(0);
            return Detection.insufficientData(this, "A " + h + "-day forecast needs at least " + daysFor(h)
                    + " days of views (a horizon of at most " + HORIZON_PER_DAY_OBSERVED + " times the days "
                    + "observed), but the series has " + views.usableDays() + ".");
        }
        return forecast(views, supported, within(horizons, reach, false));
    }

    /** Why the views are too few or too old to forecast from, or {@code null} when they will do. */
    private static String tooFewDays(VideoSeries series, CumulativeViews views) {
        if (views.days() < MIN_DAYS) {
            return "A forecast needs at least " + MIN_DAYS + " days of views, but the series spans "
                    + plural(views.days(), "day") + ".";
        }
        if (views.usableDays() < MIN_DAYS) {
            return "Only " + plural(views.usableDays(), "day") + " of the series lie outside gaps between samples; "
                    + "a forecast needs at least " + MIN_DAYS + ".";
        }
        int endGap = views.days() - 1 - views.lastUsableDay();
        if (endGap >= RECENT_DAYS) {
            Instant[] gap = lastGap(series);
            return "The series ends after a gap between samples (none from " + date(gap[0]) + " to "
                    + date(gap[1]) + "), so the recent daily rate a forecast starts from is unknown; it needs a day "
                    + "with samples at both ends among the last " + RECENT_DAYS + ".";
        }
        return null;
    }

    /** The horizons within {@code reach} days ({@code inside}), or those beyond it, in their order. */
    private static List<Integer> within(List<Integer> horizons, int reach, boolean inside) {
        List<Integer> out = new ArrayList<>(horizons.size());
        for (int i = 0; i < horizons.size(); i++) {
            Integer h = horizons.get(i);
            if (h <= reach == inside) {
                out.add(h);
            }
        }
        return out;
    }

    /** The detection of a forecast at each supported horizon; the unsupported ones are unknown. */
    private Detection forecast(CumulativeViews views, List<Integer> horizons, List<Integer> unsupported) {
        DampedTrendForecast growth = DampedTrendForecast.fit(views);
        double last = views.lastViews();
        Path path = Path.of(views, growth, longest(horizons), MAX_DAILY_PER_BUSIEST_DAY * views.busiestDay());
        Detection.Builder d = Detection.ok(this);
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < horizons.size(); i++) {
            int h = horizons.get(i);
            if (i == 0) {
                d.metric("horizon_days", h)
                        .metric("views_forecast", path.median[h])
                        .metric("views_low", path.low[h])
                        .metric("views_high", path.high[h]);
            }
            horizonMetrics(d, HorizonNames.of(h), path, h);
            summary.append(i == 0 ? "In " : "; in ").append(plural(h, "day")).append(": ")
                    .append(count(path.median[h])).append(" views (80% interval ").append(count(path.low[h]))
                    .append("–").append(count(path.high[h])).append(')');
        }
        for (int i = 0; i < unsupported.size(); i++) {
            // a horizon the series is too short for: unknown, and the summary says what it needs
            HorizonNames n = HorizonNames.of(unsupported.get(i));
            d.metricOrUnknown(n.views, null).metricOrUnknown(n.low, null).metricOrUnknown(n.high, null);
        }
        d.metric("growth_trend_per_day", growth.slope())
                .metric("views_last", last)
                .metric("days_analysed", views.usableDays());
        MetricUnits.declare(d, horizons);
        Instant at = views.lastAt();
        d.curve(path.curve("forecast", true, path.median, at));
        d.curve(path.curve("forecast-low", false, path.low, at));
        d.curve(path.curve("forecast-high", false, path.high, at));
        summary.append(", from ").append(count(last)).append(" on ").append(date(at)).append('.');
        for (int i = 0; i < unsupported.size(); i++) {
            int h = unsupported.get(i);
            summary.append(" No ").append(h).append("-day forecast: it needs at least ").append(daysFor(h))
                    .append(" days of views, and the series has ").append(views.usableDays()).append('.');
        }
        return d.summary(summary.toString()).build();
    }

    private static int longest(List<Integer> horizons) {
        int longest = horizons.get(0);
        for (int i = 1; i < horizons.size(); i++) {
            longest = Math.max(longest, horizons.get(i));
        }
        return longest;
    }

    /** The combined and both models' forecasts at horizon {@code h}, and the log-linear fit behind it. */
    private static void horizonMetrics(Detection.Builder d, HorizonNames n, Path path, int h) {
        Prediction g = path.growth[h];
        Prediction l = path.logLinear[h];
        LogLinearForecast.Estimate e = path.estimates[h];
        String[] names = {n.views, n.low, n.high, n.growth, n.growthLow, n.growthHigh, n.logLinear, n.logLinearLow,
            n.logLinearHigh, n.ratio, n.sigma, n.spans};
        double[] values = {path.median[h], path.low[h], path.high[h], g.median(), g.low(), g.high(), l.median(),
            l.low(), l.high(), Math.exp(e.logRatio()), e.sigma(), e.spans()};
        // one call to the builder in a loop, for the JIT to inline once rather than twelve times
        for (int i = 0; i < names.length; i++) {
            d.metric(names[i], values[i]);
        }
    }

    /**
     * The combined forecast for every day up to the longest horizon, every figure capped at {@code maxDaily} views a
     * day from the last count. Cumulative views never fall, so each of the
     * median and the bounds is held at least at its value for the day before: where the log-linear model switches
     * from its defaults to the series' history (spans of the horizon's length fit in the window only up to some
     * length), the combination may otherwise dip. The two models' own predictions and the log-linear estimates
     * of each day are kept, for the per-horizon metrics.
     */
    private record Path(double[] median, double[] low, double[] high, Prediction[] growth, Prediction[] logLinear,
                        LogLinearForecast.Estimate[] estimates) {

        static Path of(CumulativeViews views, DampedTrendForecast growthModel, int longest, double maxDaily) {
            double last = views.lastViews();
            double[] median = new double[longest + 1];
            double[] low = new double[longest + 1];
            double[] high = new double[longest + 1];
            Prediction[] growth = new Prediction[longest + 1];
            Prediction[] logLinear = new Prediction[longest + 1];
            LogLinearForecast.Estimate[] estimates = new LogLinearForecast.Estimate[longest + 1];
            int[] jumps = LogLinearForecast.jumpCounts(views);
            median[0] = last;
            low[0] = last;
            high[0] = last;
            for (int k = 1; k <= longest; k++) {
                double cap = last + k * maxDaily;
                Prediction g = growthModel.predict(k);
                estimates[k] = LogLinearForecast.estimate(views, jumps, k);
                Prediction l = LogLinearForecast.predict(views, estimates[k]);
                Prediction c = Prediction.combine(g, l, last).capped(cap);
                growth[k] = g.capped(cap);
                logLinear[k] = l.capped(cap);
                median[k] = Math.max(median[k - 1], c.median());
                low[k] = Math.max(low[k - 1], c.low());
                high[k] = Math.max(high[k - 1], c.high());
            }
            return new Path(median, low, high, growth, logLinear, estimates);
        }

        /** Value k lies k days after the last sample, the instant the horizons count from. */
        FittedCurve curve(String name, boolean primary, double[] values, Instant from) {
            return FittedCurve.daily(name, CurveQuantity.CUMULATIVE_VIEWS, primary, from, values);
        }
    }

    /** Fewest days of views a forecast {@code horizon} days ahead rests on. */
    private static int daysFor(int horizon) {
        return Math.max(MIN_DAYS, (horizon + HORIZON_PER_DAY_OBSERVED - 1) / HORIZON_PER_DAY_OBSERVED);
    }

    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** The two samples around the last gap longer than the daily grid bridges (the series' last two if none). */
    private static Instant[] lastGap(VideoSeries series) {
        List<io.viralscope.api.Sample> s = series.samples();
        Duration longest = Duration.ofMillis(Math.round(DailyGrid.DEFAULT_MAX_GAP_DAYS * 86_400_000L));
        for (int i = s.size() - 1; i >= 1; i--) {
            if (Duration.between(s.get(i - 1).at(), s.get(i).at()).compareTo(longest) > 0) {
                return new Instant[] {s.get(i - 1).at(), s.get(i).at()};
            }
        }
        return new Instant[] {s.get(Math.max(0, s.size() - 2)).at(), s.get(s.size() - 1).at()};
    }

    private static String date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
