package io.viralscope.plugins.inflection;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link Findings} as the detection: metrics, events (each stamped with its day's own 00:00 UTC,
 * {@link DailyGrid#time(int)}), curves, spreading evidence and the summary sentence. One short step per part, so
 * each compiles on its own.
 */
final class DetectionWriter {

    private DetectionWriter() {
    }

    static Detection write(Detector detector, DailyGrid grid, Findings f) {
        int n = f.days().size();
        double[] whole = f.cost().line(0, n);
        double wholeRate = whole == null ? 0 : whole[0];
        Detection.Builder d = metrics(Detection.ok(detector), f, wholeRate);
        peakAndInflection(d, grid, f.peak(), f.inflection());
        changePoints(d, grid, f.changePoints());
        MetricUnits.declare(d);
        shocks(d, grid, f.shocks());
        // day k's value at its own 00:00 UTC
        d.curve(FittedCurve.daily("moving-average-5d", CurveQuantity.DAILY_VIEWS, false, grid.start(),
                f.smoothed()));
        d.curve(FittedCurve.daily("piecewise-linear", CurveQuantity.DAILY_VIEWS, true, grid.start(),
                piecewiseFit(f.cost(), f.changePoints(), n)));
        SpreadEvidence.add(d, grid, f.days(), f.smoothed(), f.shocks(), f.inflection(), f.changePoints(),
                wholeRate);
        return d.summary(summary(grid, f.peak(), f.inflection(), f.changePoints(), f.shocks())).build();
    }

    private static Detection.Builder metrics(Detection.Builder d, Findings f, double wholeRate) {
        int n = f.days().size();
        return d.metric("peak_daily_views", f.peak().views())
                .metric("changepoint_count", f.changePoints().size())
                .metric("shock_count", f.shocks().size())
                .metric("growth_rate_first_segment", SpreadEvidence.rateAt(0, f.changePoints(), wholeRate))
                .metric("growth_rate_last_segment", SpreadEvidence.rateAt(n - 1, f.changePoints(), wholeRate))
                .metric("noise_sigma", f.sigma()).diagnostic("noise_sigma") // what the penalty was set from
                // how much of the series the answer rests on, not the answer: the report gives the window
                .metric("days_analysed", f.days().usableCount()).diagnostic("days_analysed");
    }

    private static void peakAndInflection(Detection.Builder d, DailyGrid grid, Peak peak, Inflection inflection) {
        d.event(new Event("peak", grid.time(peak.day()), peak.views(),
                "peak: " + Numbers.count(peak.views()) + " views/day",
                Map.of("smoothed_daily_views", peak.smoothedViews())));
        if (inflection != null) {
            double[] cumulative = grid.cumulativeViews();
            d.event(new Event("inflection", grid.time(inflection.day()), cumulative[inflection.day() + 1],
                    "inflection: " + Numbers.count(inflection.dailyViews()) + " views/day",
                    Map.of("daily_views", inflection.dailyViews(), "vertex_days", inflection.vertex() + 0.5)));
        }
    }

    private static void changePoints(Detection.Builder d, DailyGrid grid, List<ChangePoint> changePoints) {
        for (ChangePoint c : changePoints) {
            Instant at = grid.time(c.day());
            d.event(changeEvent(c, at));
            Acceleration.add(d, c, at);
        }
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

    private static void shocks(Detection.Builder d, DailyGrid grid, List<Shock> shocks) {
        for (Shock s : shocks) {
            d.event(shockEvent(s, grid.time(s.day())));
        }
    }

    private static Event shockEvent(Shock s, Instant at) {
        Map<String, Double> attributes = new LinkedHashMap<>();
        attributes.put("recent_level", s.recentLevel());
        attributes.put("ratio_to_recent", s.ratio());
        attributes.put("expected_daily_views", s.expected());
        attributes.put("size", s.size());
        attributes.put("significance", s.significance());
        return new Event("shock", at, s.views(), "shock: " + Numbers.count(s.views())
                + " views/day, " + Numbers.times(s.size()) + " the expected day", attributes);
    }

    /** Daily views of the fitted line of each segment. */
    private static double[] piecewiseFit(PiecewiseLinearCost cost, List<ChangePoint> changePoints, int n) {
        double[] fit = new double[n];
        int from = 0;
        for (int i = 0; i <= changePoints.size(); i++) {
            int to = i < changePoints.size() ? changePoints.get(i).day() : n;
            fillLine(fit, cost.line(from, to), from, to);
            from = to;
        }
        return fit;
    }

    private static void fillLine(double[] fit, double[] line, int from, int to) {
        for (int k = from; k < to; k++) {
            double y = line == null ? 0 : line[1] + line[0] * (k - from);
            fit[k] = Math.max(0, Math.expm1(y));
        }
    }

    private static String summary(DailyGrid grid, Peak peak, Inflection inflection, List<ChangePoint> changes,
                                  List<Shock> shocks) {
        StringBuilder s = new StringBuilder("Daily views peaked at ").append(Numbers.count(peak.views()))
                .append(" on ").append(Numbers.date(grid.time(peak.day())));
        if (inflection != null) {
            s.append(", with a smooth inflection on ").append(Numbers.date(grid.time(inflection.day())));
        }
        s.append("; ").append(changes.isEmpty() ? "no change point" : Numbers.plural(changes.size(), "change point"));
        s.append(" and ").append(shocks.isEmpty() ? "no shock" : Numbers.plural(shocks.size(), "shock"));
        if (!shocks.isEmpty()) {
            s.append(" (first on ").append(Numbers.date(grid.time(shocks.get(0).day()))).append(')');
        }
        return s.append('.').toString();
    }
}
