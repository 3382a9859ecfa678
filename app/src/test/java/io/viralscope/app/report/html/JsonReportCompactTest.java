package io.viralscope.app.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.Unit;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.report.JsonReportWriter;
import io.viralscope.app.report.Report;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Schema 3: what the JSON report leaves out unless asked, and that absent means none. */
class JsonReportCompactTest {

    private static Report report() {
        VideoSeries s = SampleReports.series("compact0001", "A launch", 30, t -> 40_000 / (1 + Math.exp(-0.3 * (t - 15))),
                0.02, 0.002, 5);
        Detection growth = Detection.ok(SampleReports.detector("growth-curve"))
                .summary("Best fit: logistic.")
                .metric("model", "logistic").metric("r2", 0.97).headline("r2")
                .metric("aicc_logistic", -120.5).unit("aicc_logistic", Unit.COEFFICIENT).diagnostic("aicc_logistic")
                .metricOrUnknown("shares_per_view", null)
                .event(new Event("changepoint", SampleReports.START.plus(Duration.ofDays(10)), 900, "level 400 → 900",
                        Map.of("rate_before", 0.1, "rate_after", 0.0)))
                .build();
        Detection quiet = Detection.ok(SampleReports.detector("campaign")).summary("No campaign flight is declared.")
                .build();
        return SampleReports.report(List.of(SampleReports.analysis(s, List.of(growth, quiet))),
                List.of("growth-curve", "campaign"));
    }

    private static JsonNode detection(ObjectNode json, int i) {
        return json.get("videos").get(0).get("detections").get(i);
    }

    @Test
    void diagnosticMetricsAndEventAttributesAreLeftOutByDefault() {
        ObjectNode json = JsonReportWriter.toJson(report());
        JsonNode growth = detection(json, 0);
        assertThat(growth.get("metrics").toString()).isEqualTo("{\"model\":\"logistic\",\"r2\":0.97}");
        assertThat(growth.get("events").get(0).has("attributes")).isFalse();
        assertThat(growth.get("events").get(0).get("label").asText()).isEqualTo("level 400 → 900");
        // which metrics were left out is still said, once, for a reader who wants them
        assertThat(json.get("metric_info").get("growth-curve").get("diagnostic").toString())
                .isEqualTo("[\"aicc_logistic\"]");
    }

    @Test
    void askedForTheyAreWritten() {
        JsonNode growth = detection(JsonReportWriter.toJson(report(), false, true), 0);
        assertThat(growth.get("metrics").get("aicc_logistic").doubleValue()).isEqualTo(-120.5);
        assertThat(growth.get("events").get(0).get("attributes").toString())
                .isEqualTo("{\"rate_after\":0.0,\"rate_before\":0.1}");
    }

    @Test
    void emptyListsUnknownMetricsAndNoBreakoutAreAbsent() {
        ObjectNode json = JsonReportWriter.toJson(report());
        JsonNode video = json.get("videos").get(0);
        assertThat(video.has("breakout")).isFalse();
        assertThat(video.get("quality").has("turned_off")).isFalse();
        assertThat(detection(json, 0).get("metrics").has("shares_per_view")).isFalse();
        JsonNode quiet = detection(json, 1);
        assertThat(quiet.toString()).isEqualTo("{\"detector\":\"campaign\",\"version\":\"1.0.0\",\"status\":\"ok\","
                + "\"summary\":\"No campaign flight is declared.\"}");
        assertThat(json.get("metric_info").has("campaign")).isTrue();
        assertThat(json.get("metric_info").get("campaign")).isEmpty();
    }

    @Test
    void theStreamedReportHasTheSameVideosAsTheTree() throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter(false, false).write(report(), out);
        JsonNode streamed = io.viralscope.app.Json.MAPPER.readTree(out.toString());
        ObjectNode tree = JsonReportWriter.toJson(report());
        assertThat(streamed.get("videos")).isEqualTo(tree.get("videos"));
        assertThat(streamed.get("metric_info")).isEqualTo(tree.get("metric_info"));
        assertThat(streamed.get("schema").asText()).isEqualTo("viralscope.report/3");
    }
}
