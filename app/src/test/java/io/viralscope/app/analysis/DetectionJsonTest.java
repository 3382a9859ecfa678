package io.viralscope.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Detection;
import io.viralscope.api.MetricBand;
import io.viralscope.api.Unit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetectionJsonTest {

    private static final Instant PEAK = Instant.parse("2026-11-20T00:00:00Z");

    private static Detection declared() {
        return Detection.ok(new TestDetectors.Scripted("engagement", (d, s) -> null)).summary("Of 1,000 views.")
                .metric("comments_per_view", 0.004).unit("comments_per_view", Unit.PERCENT)
                .bands("comments_per_view", List.of(new MetricBand(0, 0.003, "typical"),
                        MetricBand.above(0.003, "high")))
                .headline("comments_per_view")
                .metric("peak_daily_views", 1200).unit("peak_daily_views", Unit.VIEWS_PER_DAY)
                .breakout(BreakoutSignal.Kind.CRITICAL_BURST, PEAK, "the dynamics are critical.")
                .build();
    }

    @Test
    void unitsBandsHeadlinesAndBreakoutsAreAddedBesideTheMetrics() {
        JsonNode o = DetectionJson.toJson(declared(), true);
        assertThat(o.get("metrics").get("comments_per_view").doubleValue()).isEqualTo(0.004);
        assertThat(o.get("units").toString())
                .isEqualTo("{\"comments_per_view\":\"percent\",\"peak_daily_views\":\"views_per_day\"}");
        assertThat(o.get("bands").toString()).isEqualTo("{\"comments_per_view\":[{\"low\":0.0,\"high\":0.003,"
                + "\"label\":\"typical\"},{\"low\":0.003,\"high\":null,\"label\":\"high\"}]}");
        assertThat(o.get("headline").toString()).isEqualTo("[\"comments_per_view\"]");
        assertThat(o.get("breakouts").toString()).isEqualTo("[{\"kind\":\"critical-burst\","
                + "\"at\":\"2026-11-20T00:00:00Z\",\"finding\":\"the dynamics are critical.\"}]");
    }

    @Test
    void curvesAreCompact() {
        Instant day0 = Instant.parse("2026-03-01T00:00:00Z");
        Detection d = Detection.ok(TestDetectors.counting("growth-curve")).summary("s.")
                .curve(FittedCurve.daily("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, day0,
                        new double[] {0, 1520.25, 4000}))
                .curve(FittedCurve.irregular("likes-per-view", CurveQuantity.LIKES_PER_VIEW, false, day0,
                        Duration.ofDays(1), new double[] {0.5, 2.25}, new double[] {0.05, 0.02}))
                .curve(FittedCurve.regular("velocity", CurveQuantity.DAILY_VIEWS, false, day0,
                        Duration.ofMillis(1500), new double[] {1, 2}))
                .build();
        JsonNode o = DetectionJson.toJson(d, true);
        assertThat(o.toString()).doesNotContain("points");
        assertThat(o.get("curves").get(0).toString()).isEqualTo("{\"name\":\"logistic\","
                + "\"quantity\":\"cumulative_views\",\"primary\":true,\"start\":\"2026-03-01T00:00:00Z\","
                + "\"step_seconds\":86400,\"values\":[0.0,1520.25,4000.0]}");
        assertThat(o.get("curves").get(1).toString()).isEqualTo(
                "{\"name\":\"likes-per-view\",\"quantity\":\"likes_per_view\",\"primary\":false,"
                + "\"start\":\"2026-03-01T00:00:00Z\",\"step_seconds\":86400,\"values\":[0.05,0.02],"
                + "\"offsets\":[0.5,2.25]}");
        assertThat(o.get("curves").get(2).get("step_seconds").doubleValue()).isEqualTo(1.5);
        assertThat(DetectionJson.toJson(d, false).has("curves")).isFalse();
        assertThat(DetectionJson.toJson(d, true).get("curves")).hasSize(3);
    }

    @Test
    void episodesAreWritten() {
        Detection d = Detection.ok(TestDetectors.counting("mechanism")).summary("s.")
                .episode(new io.viralscope.api.Episode(Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-05T00:00:00Z"), 12_345,
                        io.viralscope.api.Mechanism.TASTEMAKER_SHOCK, "burst to 4.2× the baseline")).build();
        JsonNode o = DetectionJson.toJson(d, false);
        assertThat(o.get("episodes").toString()).isEqualTo("[{\"start\":\"2026-03-01T00:00:00Z\","
                + "\"end\":\"2026-03-05T00:00:00Z\",\"views_above_baseline\":12345,"
                + "\"mechanism\":\"tastemaker-shock\",\"label\":\"burst to 4.2× the baseline\"}]");
    }
}
