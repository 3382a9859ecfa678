package io.viralscope.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;
import io.viralscope.app.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
    void unitsBandsHeadlinesAndBreakoutsAreAddedBesideTheMetrics() throws Exception {
        JsonNode o = Json.MAPPER.readTree(DetectionJson.write(declared()));
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
    void aCachedDetectionReadsBackWithItsDeclarations() {
        Detection d = declared();
        assertThat(DetectionJson.read(DetectionJson.write(d))).isEqualTo(d);
    }

    @Test
    void aDetectionCachedBeforeApi12ReadsWithoutDeclarations() {
        String old = "{\"detector\":\"engagement\",\"version\":\"1.0.0\",\"status\":\"ok\",\"summary\":\"s.\","
                + "\"metrics\":{\"likes_per_view\":0.01},\"events\":[],\"evidence\":[],\"curves\":[]}";
        Detection d = DetectionJson.read(old);
        assertThat(d.info("likes_per_view")).isEqualTo(MetricInfo.PLAIN);
        assertThat(d.breakouts()).isEmpty();
        assertThat(d).isEqualTo(new Detection("engagement", "1.0.0", DetectionStatus.OK, "s.",
                Map.of("likes_per_view", 0.01), List.of(), List.of(), List.of()));
    }

    @Test
    void episodesAreWrittenAndReadBack() {
        Detection d = Detection.ok(TestDetectors.counting("mechanism")).summary("s.")
                .episode(new io.viralscope.api.Episode(Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-05T00:00:00Z"), 12_345,
                        io.viralscope.api.Mechanism.TASTEMAKER_SHOCK, "burst to 4.2× the baseline")).build();
        JsonNode o = DetectionJson.toJson(d, false);
        assertThat(o.get("episodes").toString()).isEqualTo("[{\"start\":\"2026-03-01T00:00:00Z\","
                + "\"end\":\"2026-03-05T00:00:00Z\",\"views_above_baseline\":12345,"
                + "\"mechanism\":\"tastemaker-shock\",\"label\":\"burst to 4.2× the baseline\"}]");
        assertThat(DetectionJson.read(DetectionJson.write(d))).isEqualTo(d);
        assertThat(DetectionJson.read("{\"detector\":\"mechanism\",\"version\":\"1.3.0\",\"status\":\"ok\","
                + "\"summary\":\"s.\",\"metrics\":{},\"events\":[],\"evidence\":[],\"curves\":[]}").episodes())
                .isEmpty();
    }
}
