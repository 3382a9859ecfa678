package io.viralscope.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Json;
import io.viralscope.app.cli.CliContext;
import io.viralscope.app.cli.Main;
import io.viralscope.app.config.ConfigLoader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of sameness: a few hundred simulated series of every mechanism, analysed by the job in local mode and by
 * the CLI (import into a fresh SQLite store, then a JSON report, in-process), give the same detections (status,
 * metrics, events) and the same verdicts, video by video; and Parquet inputs with the same columns give the same
 * lines as the CSV files.
 */
class SparkSamenessTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static List<VideoSeries> series;
    private static List<Path> csv;
    private static Map<String, JsonNode> cli;
    private static Map<String, JsonNode> fromCsv;

    @BeforeAll
    static void analyseBothWays() throws IOException {
        spark = SparkSessions.local();
        series = SeriesFiles.simulated(20, 120);
        csv = SeriesFiles.write(dir, series, 3);
        cli = cliReport(csv);
        fromCsv = sparkJson(csv.stream().map(Path::toString).toList(), "from-csv");
    }

    @Test
    void everyDetectionAndVerdictEqualsTheClis() {
        assertThat(series).hasSizeGreaterThanOrEqualTo(200);
        assertThat(fromCsv.keySet()).hasSize(series.size()).isEqualTo(cli.keySet());
        int detections = 0;
        for (Map.Entry<String, JsonNode> e : cli.entrySet()) {
            JsonNode mine = fromCsv.get(e.getKey());
            JsonNode theirs = e.getValue();
            for (String field : List.of("title", "sample_count", "first_at", "last_at", "window", "quality")) {
                assertThat(mine.get(field)).as(e.getKey() + " " + field).isEqualTo(theirs.get(field));
            }
            assertThat(mine.get("detections")).hasSameSizeAs(theirs.get("detections"));
            for (int i = 0; i < theirs.get("detections").size(); i++) {
                JsonNode a = mine.get("detections").get(i);
                JsonNode b = theirs.get("detections").get(i);
                String where = e.getKey() + " " + b.get("detector").asText();
                for (String field : List.of("detector", "version", "status", "summary", "metrics", "events",
                        "evidence")) {
                    assertThat(a.get(field)).as(where + " " + field).isEqualTo(b.get(field));
                }
                detections++;
            }
            assertThat(mine.get("verdict")).as(e.getKey() + " verdict").isEqualTo(theirs.get("verdict"));
        }
        assertThat(detections).isEqualTo(series.size() * 6);
        // not all alike: the simulated mechanisms give the detectors something to tell apart
        assertThat(cli.values().stream().map(v -> v.get("verdict").get("mechanism").asText()).distinct().count())
                .isGreaterThan(2);
    }

    @Test
    void parquetInputsWithTheSameColumnsGiveTheSameLines() {
        // the first file's videos (every third series), its columns as Spark reads them from the CSV: text
        Path parquet = dir.resolve("series-0.parquet.d");
        spark.read().option("header", "true").csv(csv.get(0).toString()).coalesce(1).write()
                .parquet(parquet.toString());
        Map<String, JsonNode> fromParquet = sparkJson(List.of(parquet.toString()), "from-parquet");
        assertThat(fromParquet).hasSize((series.size() + 2) / 3);
        fromParquet.forEach((id, line) -> assertThat(line).as(id).isEqualTo(fromCsv.get(id)));
    }

    @Test
    void parquetOutputHoldsOneRowPerVideoAndDetectorAndOneVerdictPerVideo() throws IOException {
        Path out = dir.resolve("parquet-out");
        // a file of the first few series only: the analysis is the one compared above, the tables are the point
        long videos = 6;
        Path few = SeriesFiles.write(Files.createDirectories(dir.resolve("few")), series.subList(0, 6), 1).get(0);
        job(JobSettings.OutputFormat.PARQUET).run(List.of(few.toString()), out.toString());
        Dataset<Row> detections = spark.read().parquet(out.resolve("detections").toString());
        Dataset<Row> verdicts = spark.read().parquet(out.resolve("verdicts").toString());
        assertThat(detections.count()).isEqualTo(videos * 6);
        assertThat(verdicts.count()).isEqualTo(videos);
        // a metric read back from the map is the report's, to the report's rounding
        String id = series.get(0).videoId();
        Row growth = detections.filter("video_id = '" + id + "' AND detector = 'growth-curve'").first();
        JsonNode reported = find(cli.get(id), "growth-curve");
        assertThat(growth.<String>getAs("status")).isEqualTo(reported.get("status").asText());
        scala.collection.Map<String, Object> metrics = growth.getAs("metrics");
        reported.get("metrics").fields().forEachRemaining(m -> {
            if (m.getValue().isNumber()) {
                double v = (Double) metrics.apply(m.getKey());
                assertThat(v).as(m.getKey()).isCloseTo(m.getValue().asDouble(),
                        org.assertj.core.api.Assertions.withinPercentage(0.005)); // five significant digits
            }
        });
        Row verdict = verdicts.filter("video_id = '" + id + "'").first();
        assertThat(verdict.<String>getAs("mechanism")).isEqualTo(cli.get(id).get("verdict").get("mechanism").asText());
    }

    private static JsonNode find(JsonNode video, String detector) {
        for (JsonNode d : video.get("detections")) {
            if (d.get("detector").asText().equals(detector)) {
                return d;
            }
        }
        throw new AssertionError("no detection of " + detector);
    }

    private static SparkJob job(JobSettings.OutputFormat format) {
        JobSettings settings = JobSettings.of(SparkSessions.plugins().toString(),
                new ConfigLoader(dir.resolve("home")).load(null), format);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new SparkJob(spark, settings, false, quiet, quiet);
    }

    private static Map<String, JsonNode> sparkJson(List<String> inputs, String name) {
        Path out = dir.resolve(name);
        job(JobSettings.OutputFormat.JSON).run(inputs, out.toString());
        Map<String, JsonNode> byVideo = new HashMap<>();
        try (Stream<Path> parts = Files.list(out.resolve("videos"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part)) {
                    JsonNode v = Json.MAPPER.readTree(line);
                    byVideo.put(v.get("video_id").asText(), v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byVideo;
    }

    /** The CLI's view: the files imported into a new store, then its JSON report, each video by id. */
    private static Map<String, JsonNode> cliReport(List<Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir.resolve("home"), false,
                Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));
        String db = dir.resolve("cli.db").toString();
        String plugins = SparkSessions.plugins().toString();
        List<String> importArgs = new ArrayList<>(List.of("--db", db, "--plugins-dir", plugins, "import"));
        files.forEach(f -> importArgs.add(f.toString()));
        assertThat(Main.run(ctx, importArgs.toArray(String[]::new))).as(err.toString()).isZero();
        Path json = dir.resolve("cli-report.json");
        assertThat(Main.run(ctx, "--db", db, "--plugins-dir", plugins, "report", "--format", "json", "--out",
                json.toString())).as(err.toString()).isZero();
        JsonNode report = Json.MAPPER.readTree(json.toFile());
        // a report gives each detector's version once, in its detectors list; a Spark line, read on its own, in
        // each detection: put it back to compare whole detections
        Map<String, String> versions = new HashMap<>();
        report.get("detectors").forEach(d -> versions.put(d.get("id").asText(), d.get("version").asText()));
        Map<String, JsonNode> byVideo = new HashMap<>();
        report.get("videos").forEach(v -> {
            v.get("detections").forEach(d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d)
                    .put("version", versions.get(d.get("detector").asText())));
            byVideo.put(v.get("video_id").asText(), v);
        });
        return byVideo;
    }
}
