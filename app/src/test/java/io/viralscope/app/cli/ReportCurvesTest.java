package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import io.viralscope.app.plugins.PluginJarBuilder;
import io.viralscope.app.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope report --curves}: schema 2 leaves fitted curves out unless asked, and then writes them compact. */
class ReportCurvesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private List<String> db;

    @BeforeEach
    void importOneVideoAndACurveDetector() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Store.open(dir.resolve("v.db"), Clock.fixed(NOW, ZoneOffset.UTC)).close();
        db = List.of("--db", dir.resolve("v.db").toString(), "--plugins-dir", plugins.toString());
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-01,100,Rick\n"
                + "dQw4w9WgXcQ,2026-03-02,250,Rick\ndQw4w9WgXcQ,2026-03-03,450,Rick\n");
        assertThat(run("import", csv.toString()).exit()).isZero();
        new PluginJarBuilder("fitter").requires(">=1.4.0 & <2.0.0").source("t.f.Fitter", """
                package t.f;
                import io.viralscope.api.*;
                public class Fitter implements Detector {
                  public String id() { return "fitter"; }
                  public String version() { return "1.0.0"; }
                  public String description() { return "Draws the grid's views."; }
                  public Detection detect(VideoSeries s, DetectorContext c) {
                    DailyGrid g = c.grid(s);
                    return Detection.ok(this).summary("Drawn.").metric("days", g.size())
                        .metric("third", 1.0 / 3).unit("third", Unit.RATIO)
                        .curve(FittedCurve.daily("views", CurveQuantity.CUMULATIVE_VIEWS, true, g.start(),
                            g.cumulativeViews())).build(); }
                }
                """, true).writeTo(plugins, "fitter.jar");
    }

    private YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), dir, db, args);
    }

    private JsonNode detection(String... args) throws IOException {
        YoutubeCli.Result r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertThat(report.get("schema").asText()).isEqualTo("viralscope.report/4");
        return report.get("videos").get(0).get("detections").get(0);
    }

    @Test
    void curvesAreLeftOutUnlessAskedFor() throws IOException {
        JsonNode d = detection("report", "--format", "json");
        assertThat(d.get("detector").asText()).isEqualTo("fitter");
        assertThat(d.get("metrics").get("days").asDouble()).isEqualTo(3.0);
        assertThat(d.has("curves")).isFalse();
    }

    @Test
    void askedForTheyAreCompactAndTheSameFromTheCache() throws IOException {
        JsonNode computed = detection("report", "--format", "json", "--curves");
        assertThat(computed.get("curves").toString()).isEqualTo("[{\"name\":\"views\","
                + "\"quantity\":\"cumulative_views\",\"primary\":true,\"start\":\"2026-03-01T00:00:00Z\","
                + "\"step_seconds\":86400,\"values\":[100.0,250.0,450.0]}]");
        // the second run, a new process, reads the detection back from the results table
        YoutubeCli.Result again = run("report", "--format", "json", "--curves", "--fresh");
        JsonNode report = Json.MAPPER.readTree(again.out());
        assertThat(report.get("run").get("cache_hits_store").asInt()).isEqualTo(1);
        assertThat(report.get("videos").get(0).get("detections").get(0)).isEqualTo(computed);
    }

    @Test
    void curvesWithAnotherFormatIsRefused() {
        YoutubeCli.Result r = run("report", "--format", "csv", "--curves");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--curves applies to the JSON report only (the HTML report always draws the"
                + " curves, the CSV report has none); leave it out or use --format json.");
    }

    @Test
    void diagnosticsWithAnotherFormatIsRefused() {
        YoutubeCli.Result r = run("report", "--format", "html", "--diagnostics");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--diagnostics applies to the JSON report only (the HTML report shows every"
                + " metric, the CSV report has a column for each); leave it out or use --format json.");
    }

    @Test
    void eachVideoIsOneCompactLineWithMetricsToFiveDigitsAndUnitsOncePerDetector() throws IOException {
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, "video_id,timestamp,view_count,title\n9bZkp7q19f0,2026-03-01,100,Psy\n"
                + "9bZkp7q19f0,2026-03-02,150,Psy\n");
        assertThat(run("import", csv.toString()).exit()).isZero();
        Path out = dir.resolve("r.json");
        assertThat(run("report", "--format", "json", "--out", out.toString()).exit()).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).filteredOn(l -> l.contains("\"video_id\"")).hasSize(2)
                .allMatch(l -> l.trim().startsWith("{\"video_id\""));
        JsonNode report = Json.MAPPER.readTree(out.toFile());
        assertThat(report.at("/metric_info/fitter/units/third").asText()).isEqualTo("ratio");
        for (JsonNode video : report.get("videos")) {
            JsonNode d = video.get("detections").get(0);
            assertThat(d.has("units")).as("units written once, in metric_info").isFalse();
            assertThat(d.at("/metrics/third").asDouble()).isEqualTo(0.33333);
        }
    }
}
