package io.viralscope.plugins.growth;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.VideoSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Writes the fits of one series as a {@link Detection}: metrics in views and days, the inflection event, one cumulative
 * curve per fitted family plus the chosen family's daily views, mechanism evidence and a one-sentence summary. AICc
 * values are those of the weighted fits, whose residuals are relative to the level of the views, so they do not depend
 * on the video's size; only their differences matter.
 */
final class GrowthCurveReport {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final ViewIncrements data;
    private final DailyGrid grid;
    private final Instant last;
    private final double windowDays;

    private GrowthCurveReport(ViewIncrements data, DailyGrid grid, VideoSeries series) {
        this.data = data;
        this.grid = grid;
        this.last = series.lastAt().orElseThrow();
        this.windowDays = Duration.between(series.firstAt().orElseThrow(), last).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    /** The detection of {@code detector} for the fits of a non-empty series; {@code best} is one of {@code fits}. */
    static Detection detection(Detector detector, VideoSeries series, DailyGrid grid, ViewIncrements data,
                               List<ModelFit> fits, ModelFit best) {
        return new GrowthCurveReport(data, grid, series).write(Detection.ok(detector), fits, best);
    }

    private Detection write(Detection.Builder out, List<ModelFit> fits, ModelFit best) {
        if (!describes(best)) {
            return noModel(out, fits, best);
        }
        LaunchBurst launch = LaunchBurst.of(data);
        // views falling from the start have no inflection to show: a fitted one would be the curve's artefact
        Instant inflection = launch.present() ? null : inflectionInstant(best);
        metrics(out, best, find(fits, GrowthFamily.BASS), launch);
        MetricUnits.declare(out, best.family(), best.rSquared());
        scores(out, fits);
        if (inflection != null) {
            out.event(inflectionEvent(best, inflection));
        }
        for (ModelFit f : fits) {
            out.curve(cumulativeCurve(f, f == best));
        }
        out.curve(dailyCurve(best));
        double burst = burstFactor(best);
        for (MechanismEvidence e : SpreadingEvidence.of(best, burst, launch)) {
            out.evidence(e.mechanism(), e.weight(), e.finding());
        }
        return out.summary(summary(best, inflection, burst, launch)).build();
    }

    /** The best fit's figures, with the Bass reading when Bass was fitted. */
    private void metrics(Detection.Builder out, ModelFit best, ModelFit bass, LaunchBurst launch) {
        out.metric("model", best.family().wireName())
                .metricOrUnknown("saturation_views", ceilingAboveCount(best) ? saturationViews(best) : null)
                .metric("r2", best.rSquared())
                .metric("aicc", best.aicc());
        orUnknown(out, new Double[] {
            bass == null ? null : bass.bass().p(),
            bass == null ? null : bass.bass().q(),
            bass == null ? null : bass.bass().qOverP(),
            bass == null ? null : -bass.bass().launchAge(),
            best.growthRate(),
            best.saturationKnown() && !launch.present() ? best.inflectionDay() : null});
        out.metric("days_fitted", data.observedDays());
    }

    /** The metrics from {@code bass_p} to {@code inflection_day}, in that order. */
    private static final String[] SHAPE_METRICS = {"bass_p", "bass_q", "bass_q_over_p", "bass_launch_day",
        "growth_rate_per_day", "inflection_day"};

    /** Each of {@link #SHAPE_METRICS} with its value, in a loop: one builder call for the JIT to inline. */
    private static void orUnknown(Detection.Builder out, Double[] values) {
        for (int i = 0; i < SHAPE_METRICS.length; i++) {
            out.metricOrUnknown(SHAPE_METRICS[i], values[i]);
        }
    }

    private Event inflectionEvent(ModelFit best, Instant inflection) {
        return new Event("inflection", inflection, views(best.riseToInflection()),
                "inflection: " + ViewCounts.format(views(best.riseToInflection())) + " views",
                Map.of("daily_views", best.peakRate() * data.scale()));
    }

    /** Each family's own AICc, which says how the best was chosen: diagnostic. */
    private static void scores(Detection.Builder out, List<ModelFit> fits) {
        for (GrowthFamily family : GrowthFamily.values()) {
            ModelFit f = find(fits, family);
            out.metricOrUnknown(family.aiccMetric(), f == null ? null : f.aicc()).diagnostic(family.aiccMetric());
        }
    }

    /**
     * True when the best fit describes the daily views: a curve must explain at least {@link #MIN_R2} of their
     * variance. A line's R² is no test (it fits their mean, so a steady trickle scores about 0); it is judged by
     * its bursts instead ({@link #burstFactor}).
     */
    static boolean describes(ModelFit best) {
        return best.family() == GrowthFamily.LINEAR || best.rSquared() >= MIN_R2;
    }

    /** Least R² of the best curve for it to be reported as a description of the series. */
    static final double MIN_R2 = 0.5;
    private static final String MIN_R2_TEXT = ViewCounts.twoDecimals(MIN_R2);

    /**
     * No model describes the series: no model, ceiling, inflection, Bass reading, curve or evidence, only the scores
     * that show why (R², AICc of every family).
     */
    private Detection noModel(Detection.Builder out, List<ModelFit> fits, ModelFit best) {
        out.metricOrUnknown("model", null)
                .metricOrUnknown("saturation_views", null)
                .metric("r2", best.rSquared())
                .metric("aicc", best.aicc());
        orUnknown(out, new Double[SHAPE_METRICS.length]);
        out.metric("days_fitted", data.observedDays());
        MetricUnits.declare(out, best.family(), best.rSquared());
        scores(out, fits);
        return out.summary("No growth model describes the series: the closest, " + name(best) + ", explains "
                + "little of the daily views (R² " + ViewCounts.twoDecimals(best.rSquared()) + ", below the "
                + MIN_R2_TEXT + " a description needs), so no ceiling, inflection or Bass "
                + "reading is reported (see the other detectors).").build();
    }

    private static String name(ModelFit fit) {
        return fit.family() == GrowthFamily.BASS ? "Bass diffusion" : fit.family().wireName() + " growth";
    }

    /**
     * True when the fit's ceiling is known and not below the views already counted: a curve levelling off under
     * the last count has not found a saturation, it has undershot the data.
     */
    private boolean ceilingAboveCount(ModelFit fit) {
        return fit.saturationKnown() && fit.remaining() >= 1 - CEILING_SLACK;
    }

    /**
     * How far below the last count, in window growths, a fitted ceiling may lie and still count as reached: a curve
     * that has levelled off places its ceiling within noise of the last count, on either side.
     */
    static final double CEILING_SLACK = 0.02;

    /** Cumulative views at the last grid point. */
    private double lastViews() {
        return (data.startLevel() + 1) * data.scale();
    }

    /**
     * The largest observed day over the linear fit's rate, or 0 for another family: a steady rate only describes
     * the series when no day stands far above it.
     */
    private double burstFactor(ModelFit best) {
        if (best.family() != GrowthFamily.LINEAR || !(best.increments()[0] > 0)) {
            return 0;
        }
        double largest = 0;
        for (double x : data.observed()) {
            largest = Math.max(largest, x);
        }
        return largest / best.increments()[0];
    }

    private static String perDay(String count) {
        return count.equals("1") ? " view a day" : " views a day";
    }

    private String summary(ModelFit best, Instant inflection, double burst, LaunchBurst launch) {
        String r2 = "(R² " + ViewCounts.twoDecimals(best.rSquared()) + ")";
        String rate = best.family() == GrowthFamily.LINEAR
                ? ViewCounts.format(best.increments()[0] * data.scale()) : "";
        return switch (best.family()) {
            case LINEAR -> burst >= SpreadingEvidence.BURST_FACTOR
                    ? "Best fit: linear growth of about " + rate + perDay(rate) + " on average, but one day brought "
                    + ViewCounts.ratio(burst) + " times that: a burst no growth curve follows (see the other "
                    + "detectors)."
                    : "Best fit: linear growth, a steady trickle of about " + rate + perDay(rate) + " with no burst.";
            case EXPONENTIAL -> "Best fit: exponential growth of " + ViewCounts.percent(Math.expm1(best.growthRate()))
                    + " a day with no saturation in sight yet " + r2 + ".";
            case LOGISTIC, GOMPERTZ, BASS -> {
                String kind = best.family() == GrowthFamily.BASS
                        ? "Bass diffusion with q/p " + ViewCounts.isRatio(best.bass().qOverP())
                        : best.family().wireName() + " growth";
                String ceiling = ceilingAboveCount(best)
                        ? " saturating near " + ViewCounts.format(saturationViews(best)) + " views"
                        : best.saturationKnown()
                        ? " levelling off at " + ViewCounts.format(views(best.remaining())) + " views, below the "
                        + ViewCounts.format(lastViews()) + " already counted, so it shows no ceiling"
                        : " with no ceiling in sight";
                String start = launch.present() ? "; " + launch.phrase() : "";
                yield "Best fit: " + kind + ceiling + " " + r2 + start + turn(best, inflection, launch);
            }
        };
    }

    /** The end of the summary: where the curve turns. */
    private static String turn(ModelFit best, Instant inflection, LaunchBurst launch) {
        if (inflection != null) {
            return "; inflection on " + date(inflection) + ".";
        }
        if (launch.present()) {
            return ".";
        }
        if (best.family() == GrowthFamily.BASS && best.bass().q() <= best.bass().p()) {
            return "; daily views peaked at launch.";
        }
        return best.inflectionDay() < 0 ? "; its inflection came before the first sample."
                : "; its inflection lies beyond the last sample.";
    }

    /** Cumulative views at each grid point, from the observed start level. */
    private FittedCurve cumulativeCurve(ModelFit fit, boolean primary) {
        double[] inc = fit.increments();
        double[] values = new double[inc.length + 1];
        double start = data.startLevel() * data.scale();
        double rise = 0;
        values[0] = start;
        for (int k = 0; k < inc.length; k++) {
            rise += inc[k];
            values[k + 1] = start + rise * data.scale();
        }
        return FittedCurve.daily(fit.family().wireName(), CurveQuantity.CUMULATIVE_VIEWS, primary, grid.start(),
                values);
    }

    /** Views of each day, dated by the day's own 00:00 UTC, as the grid dates day k. */
    private FittedCurve dailyCurve(ModelFit fit) {
        double[] inc = fit.increments();
        double[] values = new double[inc.length];
        for (int k = 0; k < inc.length; k++) {
            values[k] = inc[k] * data.scale();
        }
        return FittedCurve.daily(fit.family().wireName(), CurveQuantity.DAILY_VIEWS, true, grid.start(), values);
    }

    /** The inflection instant when the curve has one inside the window of samples, else {@code null}. */
    private Instant inflectionInstant(ModelFit fit) {
        double day = fit.inflectionDay();
        if (!fit.hasInflection() || !fit.saturationKnown() || day < 0 || day > windowDays) {
            return null;
        }
        // to the minute: the fit places it to within about an hour, and a date should not flip on a rounding error
        Instant at = grid.start().plusSeconds(60 * Math.round(day * SECONDS_PER_DAY / 60));
        return at.isAfter(last) ? last : at;
    }

    /** The fitted ceiling, never below the views already counted (a ceiling within the slack is reached). */
    private double saturationViews(ModelFit fit) {
        return views(Math.max(1, fit.remaining()));
    }

    /** Cumulative views at {@code riseAfterStart} scaled views after the first sample. */
    private double views(double riseAfterStart) {
        return (data.startLevel() + riseAfterStart) * data.scale();
    }

    private static ModelFit find(List<ModelFit> fits, GrowthFamily family) {
        for (ModelFit f : fits) {
            if (f.family() == family) {
                return f;
            }
        }
        return null;
    }

    private static String date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
