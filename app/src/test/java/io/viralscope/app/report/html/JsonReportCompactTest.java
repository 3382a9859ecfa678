package io.viralscope.app.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.Mechanism;
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

/** Schemas 3 and 4: what the JSON report leaves out unless asked, what it says once, and that absent means none. */
class JsonReportCompactTest {

    private static Report report() {
        return report(List.of());
    }

    /** The report's one video, with {@code more} detections after growth-curve and campaign. */
    private static Report report(List<Detection> more) {
        VideoSeries s = SampleReports.series("compact0001", "A launch", 30, t -> 40_000 / (1 + Math.exp(-0.3 * (t - 15))),
                0.02, 0.002, 5);
        Detection growth = Detection.ok(SampleReports.detector("growth-curve"))
                .summary("Best fit: logistic.")
                .metric("model", "logistic").metric("r2", 0.97).headline("r2")
                .metric("aicc_logistic", -120.5).unit("aicc_logistic", Unit.COEFFICIENT).diagnostic("aicc_logistic")
                .metricOrUnknown("shares_per_view", null)
                .event(new Event("changepoint", SampleReports.START.plus(Duration.ofDays(10)), 900, "level 400 → 900",
                        Map.of("rate_before", 0.1, "rate_after", 0.0)))
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.8123456789, "Earlier viewers drive the growth.")
                .breakout(BreakoutSignal.Kind.ACCELERATION, SampleReports.START.plus(Duration.ofDays(10)),
                        "growth accelerated on 2026-08-11")
                .build();
        Detection quiet = Detection.ok(SampleReports.detector("campaign")).summary("No campaign flight is declared.")
                .build();
        List<Detection> detections = new java.util.ArrayList<>(List.of(growth, quiet));
        detections.addAll(more);
        List<String> ids = new java.util.ArrayList<>(List.of("growth-curve", "campaign"));
        more.forEach(d -> ids.add(d.detector()));
        return SampleReports.report(List.of(SampleReports.analysis(s, detections)), ids);
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
                .isEqualTo("{\"rate_after\":0,\"rate_before\":0.1}");
        assertThat(growth.get("breakouts").get(0).get("finding").asText())
                .isEqualTo("growth accelerated on 2026-08-11");
    }

    @Test
    void breakoutSignalsAreDiagnostics() {
        // the video's own breakout is the answer; a detection's signals are what the report weighed to name it
        assertThat(detection(JsonReportWriter.toJson(report()), 0).has("breakouts")).isFalse();
    }

    @Test
    void theVerdictNamesTheDetectorsItWeighedInsteadOfRepeatingTheirFindings() {
        JsonNode video = JsonReportWriter.toJson(report()).get("videos").get(0);
        assertThat(video.get("verdict").toString()).isEqualTo("{\"mechanism\":\"community-word-of-mouth\","
                + "\"confidence\":0.81,\"from\":[\"growth-curve\"],\"evidence\":[\"Only one detector, growth-curve, "
                + "offered evidence on the mechanism (community word of mouth).\"]}");
        // the finding itself is in the detection, once, its weight to five significant digits
        assertThat(detection(JsonReportWriter.toJson(report()), 0).get("evidence").toString())
                .isEqualTo("[{\"mechanism\":\"community-word-of-mouth\",\"weight\":0.81235,"
                        + "\"finding\":\"Earlier viewers drive the growth.\"}]");
    }

    @Test
    void eachDetectionsVersionIsTheOneTheDetectorsListGives() {
        ObjectNode json = JsonReportWriter.toJson(report());
        assertThat(detection(json, 0).has("version")).isFalse();
        assertThat(json.get("detectors").get(0).get("version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void unitsOfMetricsSomeVideosLackAreWrittenOnceToo() {
        Detection withRelaxation = Detection.ok(SampleReports.detector("mechanism")).summary("A shock.")
                .metric("baseline_daily_views", 36.0).unit("baseline_daily_views", Unit.VIEWS_PER_DAY)
                .metric("relaxation_days", 178.0).unit("relaxation_days", Unit.DAYS).build();
        Detection without = Detection.ok(SampleReports.detector("mechanism")).summary("No burst.")
                .metric("baseline_daily_views", 40.0).unit("baseline_daily_views", Unit.VIEWS_PER_DAY).build();
        VideoSeries a = SampleReports.series("units0001", "A", 30, t -> 100 * t, 0.02, 0.002, 5);
        VideoSeries b = SampleReports.series("units0002", "B", 30, t -> 100 * t, 0.02, 0.002, 5);
        Report r = SampleReports.report(List.of(SampleReports.analysis(a, List.of(without)),
                SampleReports.analysis(b, List.of(withRelaxation))), List.of("mechanism"));
        ObjectNode json = JsonReportWriter.toJson(r);
        for (JsonNode video : json.get("videos")) {
            assertThat(video.get("detections").get(0).has("units")).isFalse();
        }
        assertThat(json.get("metric_info").get("mechanism").get("units").toString())
                .isEqualTo("{\"baseline_daily_views\":\"views_per_day\",\"relaxation_days\":\"days\"}");
    }

    @Test
    void diagnosticListsOfDetectionsWithDifferentMetricsAreWrittenOnce() {
        Detection withBuildup = Detection.ok(SampleReports.detector("mechanism")).summary("A burst.")
                .metric("branching_ratio", 0.7).metric("buildup", 0.6).diagnostic("buildup").build();
        Detection without = Detection.ok(SampleReports.detector("mechanism")).summary("No burst.")
                .metric("branching_ratio", 0.4).build();
        VideoSeries a = SampleReports.series("lists0001", "A", 30, t -> 100 * t, 0.02, 0.002, 5);
        VideoSeries b = SampleReports.series("lists0002", "B", 30, t -> 100 * t, 0.02, 0.002, 5);
        ObjectNode json = JsonReportWriter.toJson(SampleReports.report(List.of(SampleReports.analysis(a,
                List.of(without)), SampleReports.analysis(b, List.of(withBuildup))), List.of("mechanism")));
        for (JsonNode video : json.get("videos")) {
            assertThat(video.get("detections").get(0).has("diagnostic")).isFalse();
        }
        assertThat(json.get("metric_info").get("mechanism").get("diagnostic").toString()).isEqualTo("[\"buildup\"]");
    }

    @Test
    void headlinesAreWrittenOnceWhateverMetricsEachDetectionHas() {
        Detection full = Detection.ok(SampleReports.detector("growth-curve")).summary("A fit.")
                .metric("model", "bass").metric("r2", 0.9).headline("model").headline("r2").build();
        Detection noModel = Detection.ok(SampleReports.detector("growth-curve")).summary("No fit.")
                .metric("r2", 0.1).headline("r2").build();
        VideoSeries a = SampleReports.series("lists0001", "A", 30, t -> 100 * t, 0.02, 0.002, 5);
        VideoSeries b = SampleReports.series("lists0002", "B", 30, t -> 100 * t, 0.02, 0.002, 5);
        ObjectNode json = JsonReportWriter.toJson(SampleReports.report(List.of(SampleReports.analysis(a,
                List.of(noModel)), SampleReports.analysis(b, List.of(full))), List.of("growth-curve")));
        for (JsonNode video : json.get("videos")) {
            assertThat(video.get("detections").get(0).has("headline")).isFalse();
        }
        assertThat(json.get("metric_info").get("growth-curve").get("headline").toString())
                .isEqualTo("[\"r2\",\"model\"]");
    }

    @Test
    void aDetectionThatWritesAsAnAnswerWhatAnotherCallsDiagnosticKeepsItsOwnEmptyList() {
        Detection diagnostic = Detection.ok(SampleReports.detector("odd")).summary("a")
                .metric("span", 3.0).diagnostic("span").metric("level", 1.0).build();
        Detection answer = Detection.ok(SampleReports.detector("odd")).summary("b")
                .metric("span", 3.0).metric("level", 1.0).build();
        VideoSeries a = SampleReports.series("lists0001", "A", 30, t -> 100 * t, 0.02, 0.002, 5);
        VideoSeries b = SampleReports.series("lists0002", "B", 30, t -> 100 * t, 0.02, 0.002, 5);
        ObjectNode json = JsonReportWriter.toJson(SampleReports.report(List.of(SampleReports.analysis(a,
                List.of(diagnostic)), SampleReports.analysis(b, List.of(answer))), List.of("odd")));
        JsonNode second = json.get("videos").get(1).get("detections").get(0);
        assertThat(second.get("metrics").toString()).isEqualTo("{\"span\":3,\"level\":1}");
        // "none of mine is diagnostic", not the report's ["span"]
        assertThat(second.get("diagnostic").toString()).isEqualTo("[]");
        assertThat(json.get("videos").get(0).get("detections").get(0).has("diagnostic")).isFalse();
    }

    @Test
    void aDetectionWhoseUnitDiffersKeepsItsOwn() {
        Detection first = Detection.ok(SampleReports.detector("noisy")).summary("a")
                .metric("span", 3.0).unit("span", Unit.DAYS).build();
        Detection other = Detection.ok(SampleReports.detector("noisy")).summary("b")
                .metric("span", 3.0).unit("span", Unit.COUNT).build();
        VideoSeries a = SampleReports.series("units0001", "A", 30, t -> 100 * t, 0.02, 0.002, 5);
        VideoSeries b = SampleReports.series("units0002", "B", 30, t -> 100 * t, 0.02, 0.002, 5);
        ObjectNode json = JsonReportWriter.toJson(SampleReports.report(List.of(SampleReports.analysis(a, List.of(first)),
                SampleReports.analysis(b, List.of(other))), List.of("noisy")));
        assertThat(json.get("videos").get(1).get("detections").get(0).get("units").toString())
                .isEqualTo("{\"span\":\"count\"}");
    }

    @Test
    void emptyListsUnknownMetricsAndNoBreakoutAreAbsent() {
        ObjectNode json = JsonReportWriter.toJson(report());
        JsonNode video = json.get("videos").get(0);
        assertThat(video.has("breakout")).isFalse();
        // a series without gaps, decreases, frozen spans or hidden counts has no quality field
        assertThat(video.has("quality")).isFalse();
        assertThat(detection(json, 0).get("metrics").has("shares_per_view")).isFalse();
        JsonNode quiet = detection(json, 1);
        assertThat(quiet.toString()).isEqualTo("{\"detector\":\"campaign\",\"status\":\"ok\","
                + "\"summary\":\"No campaign flight is declared.\"}");
        assertThat(json.get("metric_info").has("campaign")).isTrue();
        assertThat(json.get("metric_info").get("campaign")).isEmpty();
    }

    @Test
    void aFlawedSeriesSaysOnlyWhatIsWrongWithIt() {
        // the demo's short series: a 5-day gap and one decrease, no frozen span
        JsonNode gappy = null;
        for (JsonNode video : JsonReportWriter.toJson(SampleReports.demo()).get("videos")) {
            if (video.get("video_id").asText().equals("-6Zc8Co2H3w")) {
                gappy = video;
            }
        }
        assertThat(gappy).isNotNull();
        assertThat(gappy.get("quality").toString()).isEqualTo("{\"gaps\":1,\"decreases\":1}");
    }

    @Test
    void theStreamedReportHasTheSameVideosAsTheTree() throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter(false, false).write(report(), out);
        JsonNode streamed = io.viralscope.app.Json.MAPPER.readTree(out.toString());
        ObjectNode tree = JsonReportWriter.toJson(report());
        assertThat(streamed.get("videos")).isEqualTo(tree.get("videos"));
        assertThat(streamed.get("metric_info")).isEqualTo(tree.get("metric_info"));
        assertThat(streamed.get("schema").asText()).isEqualTo("viralscope.report/4");
    }
}
