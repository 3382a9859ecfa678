package io.viralscope.app.report.html;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MetricBand;
import io.viralscope.api.Sample;
import io.viralscope.api.Unit;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.analysis.VerdictBuilder;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.report.Report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Reports built by hand from made-up detections, as the real detector plugins are not on the test classpath.
 * The series are deterministic (seeded noise); the "fits" are the generating curves, not real fits.
 */
final class SampleReports {

    static final Instant START = Instant.parse("2026-08-01T00:00:00Z");
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String HOSTILE_SUMMARY = "Found <img src=x onerror=alert(2)> in the data.";

    private SampleReports() {
    }

    /** A report of three videos: a logistic launch, a tastemaker shock, and a short messy series. */
    static Report demo() {
        return report(List.of(launch(), shock(), shortAndGappy()), List.of("growth-curve", "engagement",
                "inflection", "mechanism"));
    }

    /** A report whose title, summaries, labels, names and evidence are all hostile markup. */
    static Report hostile() {
        VideoSeries s = series("hostile0001", HOSTILE_TITLE, 30, t -> 50_000 / (1 + Math.exp(-0.3 * (t - 15))), 0.02,
                0.002, 7);
        Detection d = Detection.builder(detector("growth-curve"), DetectionStatus.OK)
                .summary(HOSTILE_SUMMARY)
                .metric("model", "<b onmouseover=alert(3)>logistic</b>")
                .metric("saturation_views", 50_000)
                .event(new Event("peak", START.plus(Duration.ofDays(15)), 3_700, "peak </text><script>alert(4)</script>"))
                .curve(curve("\"><svg onload=alert(5)>", CurveQuantity.CUMULATIVE_VIEWS, true, 30,
                        t -> 50_000 / (1 + Math.exp(-0.3 * (t - 15)))))
                .evidence(Mechanism.EXTERNAL_PUSH, 0.6, "<iframe src=javascript:alert(6)>")
                .build();
        return report(List.of(analysis(s, List.of(d))), List.of("growth-curve"));
    }

    /** One video and one detection from a detector the report has never heard of. */
    static Report unknownDetector() {
        VideoSeries s = series("lunarVideo1", "Moonrise timelapse", 40, t -> 2_000 * t + 500, 0.03, 0.004, 11);
        Detection d = Detection.builder(detector("lunar-phase"), DetectionStatus.OK)
                .summary("Views follow the lunar cycle with a 29.5-day period.")
                .metric("moon_alignment", 0.42)
                .metric("tide_class", "spring")
                .metricOrUnknown("orbital_views", 81_000.0).unit("orbital_views", Unit.VIEWS)
                .headline("orbital_views")
                .event(new Event("eclipse", START.plus(Duration.ofDays(20)), 42_000, "total eclipse",
                        Map.of("totality_hours", 1.5)))
                .curve(curve("tidal-fit", CurveQuantity.CUMULATIVE_VIEWS, true, 40, t -> 2_000 * t + 400))
                .curve(curve("lunar-likes", CurveQuantity.LIKES_PER_VIEW, false, 40, t -> 0.03))
                .build();
        return report(List.of(analysis(s, List.of(d))), List.of("lunar-phase"));
    }

    /** Two detectors pointing to different mechanisms for the same video. */
    static Report disagreeing() {
        VideoSeries s = series("disagree001", "Launch film", 45, t -> 90_000 / (1 + Math.exp(-0.2 * (t - 20))), 0.02,
                0.001, 5);
        Detection a = Detection.ok(detector("growth-curve")).summary("Bass fits best; p exceeds q.")
                .evidence(Mechanism.EXTERNAL_PUSH, 0.7, "Bass p/q = 2.1: innovation dominates").build();
        Detection b = Detection.ok(detector("mechanism")).summary("Relaxation exponent 1.4 after a one-day jump.")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.8, "alpha = 1.4: exogenous subcritical").build();
        return report(List.of(analysis(s, List.of(a, b))), List.of("growth-curve", "mechanism"));
    }

    /** A report with videos but no detectors at all. */
    static Report withoutDetectors() {
        VideoSeries s = series("plainVideo1", "Plain data", 20, t -> 1_000 * t + 10, 0.02, 0.001, 3);
        return report(List.of(analysis(s, List.of())), List.of());
    }

    static Report report(List<VideoAnalysis> videos, List<String> detectorIds) {
        List<Report.DetectorInfo> infos = detectorIds.stream().map(id -> new Report.DetectorInfo(id, "1.0.0",
                "The " + id + " detector.", id + "-plugin")).toList();
        int detections = videos.stream().mapToInt(v -> v.detections().size()).sum();
        return new Report(Instant.parse("2026-11-25T12:00:00Z"), infos, videos,
                new RunStats(videos.size(), detections, detections - 1L, 1, 0, 0, Duration.ofMillis(420)),
                List.of());
    }

    static VideoAnalysis analysis(VideoSeries s, List<Detection> detections) {
        return new VideoAnalysis(s, DailyGrid.of(s).quality(), detections, VerdictBuilder.combine(detections));
    }

    private static VideoAnalysis launch() {
        DoubleUnaryOperator logistic = t -> 1_200_000 / (1 + Math.exp(-0.11 * (t - 38))) + 9_000;
        DoubleUnaryOperator gompertz = t -> 1_260_000 * Math.exp(-Math.exp(-0.075 * (t - 33)));
        VideoSeries s = series("demoLogistc", "Demo: product launch, logistic growth (synthetic)", 90, logistic,
                0.031, 0.0021, 1);
        Instant inflection = START.plus(Duration.ofDays(38));
        Detection.Builder growth = Detection.ok(detector("growth-curve"))
                .summary("Logistic growth toward 1.21M views; inflection on 8 Sep 2026.")
                .metric("model", "logistic").metric("saturation_views", 1_209_000).metric("r2", 0.9987)
                .metric("aicc", -412.7).metric("bass_p", 0.0021).metric("bass_q", 0.108)
                .metric("bass_q_over_p", 51.4)
                .bands("bass_q_over_p", Q_OVER_P_BANDS)
                .event(new Event("inflection", inflection, 609_000, "inflection: 609k views"))
                .curve(curve("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, 90, logistic))
                .curve(curve("gompertz", CurveQuantity.CUMULATIVE_VIEWS, false, 90, gompertz))
                .curve(curve("logistic", CurveQuantity.DAILY_VIEWS, true, 90,
                        t -> logistic.applyAsDouble(t) - logistic.applyAsDouble(t - 1)))
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.7, "Bass q/p = 51: imitation dominates.");
        Detection engagement = engagementDeclarations(Detection.ok(detector("engagement"))
                .summary("Likes per view 3.1% (high), comments per view 0.21% (typical).")
                .metric("likes_per_view", 0.031).metric("likes_per_view_low", 0.0308)
                .metric("likes_per_view_high", 0.0312).metric("likes_band", "high")
                .metric("comments_per_view", 0.0021).metric("comments_band", "typical")
                .metricOrUnknown("shares_per_view", null))
                .unit("likes_per_view_low", Unit.PERCENT).unit("likes_per_view_high", Unit.PERCENT)
                .unit("shares_per_view", Unit.PERCENT)
                .build();
        Detection inflections = Detection.ok(detector("inflection"))
                .summary("Peak of 33.1k views on 8 Sep; growth slowed after 28 Sep.")
                .metric("peak_daily_views", 33_100).unit("peak_daily_views", Unit.VIEWS_PER_DAY)
                .event(new Event("peak", START.plus(Duration.ofDays(39)), 33_100, "peak: 33.1k/day"))
                .event(new Event("inflection", inflection, 609_000, "inflection"))
                .event(new Event("changepoint", START.plus(Duration.ofDays(22)), 11_000, "acceleration",
                        Map.of("rate_before", 0.05, "rate_after", 0.11)))
                .event(new Event("changepoint", START.plus(Duration.ofDays(58)), 9_000, "slow-down",
                        Map.of("rate_before", 0.11, "rate_after", -0.08)))
                .build();
        Detection mechanism = Detection.ok(detector("mechanism"))
                .summary("Build-up before the peak and slow relaxation: endogenous critical.")
                .metric("class", "endogenous-critical").metric("branching_ratio", 0.93).metric("decay_exponent", 0.24)
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.6, "Relaxation exponent 0.24 after a build-up.")
                .build();
        return analysis(s, List.of(growthDeclarations(growth).build(), engagement, inflections, mechanism));
    }

    private static VideoAnalysis shock() {
        DoubleUnaryOperator cumulative = t -> 4_000 * t + (t < 12 ? 0 : 600_000 * (1 - Math.pow(1 + (t - 12), -0.5)));
        VideoSeries s = series("demoShock01", "Demo: late-night TV mention, tastemaker shock (synthetic)", 60,
                cumulative, 0.012, 0.0009, 2);
        Detection growth = growthDeclarations(Detection.ok(detector("growth-curve"))
                .summary("Gompertz fits best, though the one-day jump is poorly described by any growth curve.")
                .metric("model", "gompertz").metric("saturation_views", 1_050_000).metric("r2", 0.81)
                .metricOrUnknown("bass_q_over_p", null)
                .curve(curve("gompertz", CurveQuantity.CUMULATIVE_VIEWS, true, 60,
                        t -> 1_050_000 * Math.exp(-2.2 * Math.exp(-0.07 * t))))
                .evidence(Mechanism.EXTERNAL_PUSH, 0.3, "Bass p/q near 1: no imitation signal."))
                .build();
        Detection engagement = engagementDeclarations(Detection.ok(detector("engagement"))
                .summary("Likes per view 1.2% (typical), comments per view 0.09% (typical).")
                .metric("likes_per_view", 0.012).metric("likes_band", "typical")
                .metric("comments_per_view", 0.0009).metric("comments_band", "typical")).build();
        Detection inflections = Detection.ok(detector("inflection"))
                .summary("A shock on 13 Aug: 310k views in a day, 75 times the recent level.")
                .event(new Event("shock", START.plus(Duration.ofDays(13)), 310_000, "shock: 310k in a day"))
                .event(new Event("peak", START.plus(Duration.ofDays(13)), 310_000, "peak: 310k/day"))
                .build();
        Detection mechanism = Detection.ok(detector("mechanism"))
                .summary("Power-law relaxation with exponent 1.38 after a sudden jump: exogenous subcritical.")
                .metric("class", "exogenous-subcritical").metric("branching_ratio", 0.41)
                .metric("decay_exponent", 1.38)
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.85, "Relaxation exponent 1.38: a one-off spike.")
                .build();
        return analysis(s, List.of(growth, engagement, inflections, mechanism));
    }

    private static VideoAnalysis shortAndGappy() {
        List<Sample> samples = List.of(
                new Sample(Instant.parse("2017-09-28T00:00:00Z"), 1_547_293, 42_960L, 7_498L, null),
                new Sample(Instant.parse("2017-09-29T00:00:00Z"), 1_764_868, 46_524L, 6_152L, null),
                new Sample(Instant.parse("2017-09-30T00:00:00Z"), 1_870_380, 48_211L, 6_526L, null),
                new Sample(Instant.parse("2017-10-05T00:00:00Z"), 2_150_000, 52_100L, 7_100L, null),
                new Sample(Instant.parse("2017-10-06T00:00:00Z"), 2_149_000, 52_300L, 7_150L, null));
        VideoSeries s = new VideoSeries("-6Zc8Co2H3w", "Honest Trailers - Star Trek: The Next Generation", samples);
        Detection growth = Detection.insufficientData(detector("growth-curve"),
                "Only 5 samples over 8 days: a growth curve needs at least 10 daily points.");
        Detection engagement = engagementDeclarations(Detection.ok(detector("engagement"))
                .summary("Likes per view 2.4% (high); comments per view 0.33% (high).")
                .metric("likes_per_view", 0.0243).metric("comments_per_view", 0.0033)).build();
        Detection inflections = Detection.failed("inflection", "1.0.0", "The detector timed out after 10 s.");
        return analysis(s, List.of(growth, engagement, inflections));
    }

    /** The likes bands the engagement plugin declares: low, typical 0.5–2%, high 2–5%, very high above 5%. */
    static final List<MetricBand> LIKES_BANDS = List.of(new MetricBand(0, 0.005, "low"),
            new MetricBand(0.005, 0.02, "typical"), new MetricBand(0.02, Math.nextUp(0.05), "high"),
            MetricBand.above(Math.nextUp(0.05), "very high"));
    /** The comments bands it declares: low, typical 0.05–0.3%, high 0.3–1%, very high above 1%. */
    static final List<MetricBand> COMMENTS_BANDS = List.of(new MetricBand(0, 0.0005, "low"),
            new MetricBand(0.0005, 0.003, "typical"), new MetricBand(0.003, Math.nextUp(0.01), "high"),
            MetricBand.above(Math.nextUp(0.01), "very high"));
    static final List<MetricBand> Q_OVER_P_BANDS = List.of(new MetricBand(0, 1.0, "push"),
            MetricBand.above(1, "word of mouth"));

    /** Units, bands and headlines as the engagement plugin declares them. */
    static Detection.Builder engagementDeclarations(Detection.Builder d) {
        return d.unit("likes_per_view", Unit.PERCENT).bands("likes_per_view", LIKES_BANDS).headline("likes_per_view")
                .unit("comments_per_view", Unit.PERCENT).bands("comments_per_view", COMMENTS_BANDS)
                .headline("comments_per_view");
    }

    /** Units and headlines as the growth-curve plugin declares them. */
    static Detection.Builder growthDeclarations(Detection.Builder d) {
        return d.unit("saturation_views", Unit.VIEWS).unit("bass_q_over_p", Unit.RATIO)
                .headline("model").headline("r2").headline("saturation_views").headline("bass_q_over_p");
    }

    static VideoSeries series(String id, String title, int days, DoubleUnaryOperator cumulative, double likeRate,
                              double commentRate, long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        double views = 0;
        double likes = 0;
        double comments = 0;
        for (int t = 0; t < days; t++) {
            double target = cumulative.applyAsDouble(t);
            double gained = Math.max(0, target - views) * (t == 0 ? 1 : 0.9 + 0.2 * random.nextDouble());
            views += gained;
            likes += gained * likeRate * (0.8 + 0.4 * random.nextDouble());
            comments += gained * commentRate * (0.7 + 0.6 * random.nextDouble());
            samples.add(new Sample(START.plus(Duration.ofDays(t)), Math.round(views), Math.round(likes),
                    Math.round(comments), null));
        }
        return new VideoSeries(id, title, samples);
    }

    static FittedCurve curve(String name, CurveQuantity quantity, boolean primary, int days, DoubleUnaryOperator f) {
        double[] values = new double[days];
        for (int t = 0; t < days; t++) {
            values[t] = f.applyAsDouble(t);
        }
        return FittedCurve.daily(name, quantity, primary, START, values);
    }

    /** A detector that only labels the made-up detections these reports hold. */
    static Detector detector(String id) {
        return new TestDetectors.Scripted(id, (d, s) -> {
            throw new UnsupportedOperationException("made-up detections only");
        });
    }
}
