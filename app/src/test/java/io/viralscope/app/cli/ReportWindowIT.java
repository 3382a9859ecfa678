package io.viralscope.app.cli;

import io.viralscope.app.cli.JarInFolder.Result;
import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in detectors on the right days, through the shipped jar: a launch whose biggest day is its first
 * reports that day as its peak, a window too short for a detector is said in words, and windows never share
 * cached results.
 */
class ReportWindowIT {

    private static final String VIDEO = "launchDay01";
    private static final Instant PUBLISHED = Instant.parse("2026-03-01T14:00:00Z");
    private static final Instant DAY_ONE = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path cwd;

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--db", cwd.resolve("v.db").toString()));
        all.addAll(List.of(args));
        return JarInFolder.run(cwd, java.time.Duration.ofSeconds(120), all);
    }

    /**
     * Published 1 Mar 14:00 UTC and sampled daily at 00:00 from 2 Mar: 27M views on launch day, 22.8M the next,
     * then a decay to a steady 300k a day.
     */
    private void importLaunch() throws Exception {
        StringBuilder csv = new StringBuilder("video_id,timestamp,view_count,title,published_at\n");
        long views = 0;
        for (int d = 0; d < 40; d++) {
            long day = d == 0 ? 27_000_000 : d == 1 ? 22_800_000 : Math.round(300_000 + 22_500_000 * Math.pow(0.7, d - 1));
            views += day;
            csv.append(VIDEO).append(',').append(DAY_ONE.plus(d + 1, ChronoUnit.DAYS)).append(',').append(views)
                    .append(",Launch,").append(PUBLISHED).append('\n');
        }
        Files.writeString(cwd.resolve("launch.csv"), csv);
        Result r = java("import", "launch.csv");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private JsonNode report(String... window) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json", "--out", "r.json"));
        args.addAll(List.of(window));
        Result r = java(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Files.readString(cwd.resolve("r.json"));
        assertThat(text).doesNotContain("NaN", "Infinity");
        return Json.MAPPER.readTree(text);
    }

    private static JsonNode detection(JsonNode report, String detector) {
        for (JsonNode d : report.get("videos").get(0).get("detections")) {
            if (d.get("detector").asText().equals(detector)) {
                return d;
            }
        }
        throw new AssertionError("no detection of " + detector);
    }

    private static JsonNode event(JsonNode detection, String type) {
        for (JsonNode e : detection.get("events")) {
            if (e.get("type").asText().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " event in " + detection);
    }

    @Test
    void aLaunchWith27MillionViewsOnDayOneReportsItsPeakOnDayOne() throws Exception {
        importLaunch();
        JsonNode report = report();
        assertThat(report.get("videos").get(0).get("window").get("from").asText()).isEqualTo("2026-03-01");
        JsonNode peak = event(detection(report, "inflection"), "peak");
        assertThat(peak.get("at").asText()).isEqualTo(DAY_ONE.toString());
        assertThat(peak.get("value").asDouble()).isEqualTo(27_000_000.0);
        assertThat(detection(report, "inflection").get("summary").asText()).contains("2026-03-01");
        JsonNode mechanism = detection(report, "mechanism");
        if (mechanism.get("status").asText().equals("ok")) {
            for (JsonNode e : mechanism.get("events")) {
                if (e.get("type").asText().equals("peak")) {
                    assertThat(e.get("at").asText()).isEqualTo(DAY_ONE.toString());
                }
            }
        }
    }

    @Test
    void aWindowOfTwoDaysIsTooShortAndSaysSoInWords() throws Exception {
        importLaunch();
        JsonNode report = report("--from", "2026-03-20", "--to", "2026-03-21");
        for (String id : List.of("growth-curve", "inflection", "mechanism")) {
            JsonNode d = detection(report, id);
            assertThat(d.get("status").asText()).as(id + ": " + d).isEqualTo("insufficient_data");
            assertThat(d.get("summary").asText()).as(id).matches("[A-Z].*[.)]");
        }
        assertThat(report.get("videos").get(0).get("window").get("from").asText()).isEqualTo("2026-03-20");
        assertThat(report.get("videos").get(0).get("window").get("to").asText()).isEqualTo("2026-03-21");
    }

    @Test
    void resultsForDifferentWindowsNeverMix() throws Exception {
        importLaunch();
        JsonNode whole = report();
        assertThat(whole.get("run").get("computed").asInt()).isPositive();
        // made anew (not handed back): every detection from the results cache
        assertThat(report("--fresh").get("run").get("computed").asInt()).isZero();
        JsonNode first = report("--first", "20d");
        assertThat(first.get("run").get("computed").asInt()).isEqualTo(whole.get("run").get("detections").asInt());
        assertThat(first.get("window").get("first").asText()).isEqualTo("20d");
        assertThat(first.get("videos").get(0).get("window").get("to").asText()).isEqualTo("2026-03-20");
        assertThat(report("--first", "20d", "--fresh").get("run").get("computed").asInt()).isZero();
    }
}
