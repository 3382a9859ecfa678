package io.viralscope.app.cli;

import io.viralscope.app.cli.JarInFolder.Result;
import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import io.viralscope.app.plugins.PluginLoadingIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped jar, run as a user runs it: {@code java -jar} from another working directory, no extra flags. */
class JarCliIT {

    @TempDir
    Path cwd;

    private Result java(String... args) throws IOException, InterruptedException {
        return JarInFolder.run(cwd, java.time.Duration.ofSeconds(120), List.of(args));
    }

    @Test
    void demoRunsFromAnyFolderAndFindsTheBuiltInDetectors() throws Exception {
        Result r = java("demo", "--out", "demo-out");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("skipped");
        assertThat(r.out()).contains("Reports written:").contains(cwd.resolve("demo-out/report.json").toString())
                // the demo's data ends on 2026-10-29, so the breakout is printed with its date
                .contains("Breakout: demoBreak01 \"Demo: shock igniting a cascade near the end (synthetic)\" "
                        + "(data until 2026-10-29, ", " days ago) — mechanism: the dynamics are exogenous-critical");

        JsonNode report = Json.MAPPER.readTree(cwd.resolve("demo-out/report.json").toFile());
        assertThat(report.get("detectors").findValuesAsText("id")).containsAll(PluginLoadingIT.BUILT_IN);
        JsonNode logistic = null;
        for (JsonNode v : report.get("videos")) {
            if (v.get("video_id").asText().equals("demoLogistc")) {
                logistic = v;
            }
        }
        assertThat(logistic).isNotNull();
        JsonNode growth = null;
        for (JsonNode d : logistic.get("detections")) {
            if (d.get("detector").asText().equals("growth-curve")) {
                growth = d;
            }
        }
        assertThat(growth.get("status").asText()).isEqualTo("ok");
        assertThat(growth.get("metrics").get("model").asText()).isEqualTo("logistic");
        // no NaN, no strings for numbers: the file parsed as JSON and numbers are numbers or null
        assertThat(growth.get("metrics").get("saturation_views").isNumber()).isTrue();

        // the demo's synthetic shapes, each built for one mechanism, get that verdict from all detectors together
        java.util.Map<String, String> verdicts = new java.util.HashMap<>();
        for (JsonNode v : report.get("videos")) {
            verdicts.put(v.get("video_id").asText(), v.get("verdict").get("mechanism").asText());
        }
        assertThat(verdicts).containsEntry("demoBassPsh", "external-push")
                .containsEntry("demoBassWoM", "community-word-of-mouth")
                .containsEntry("demoLogistc", "community-word-of-mouth")
                .containsEntry("demoShock01", "tastemaker-shock")
                .containsEntry("demoBreak01", "tastemaker-shock")
                .containsEntry("demoTrickle", "organic-baseline");
        // the one shock that ignited a cascade 13 days before the end is flagged as breaking out, and only it
        java.util.List<String> breakouts = new java.util.ArrayList<>();
        for (JsonNode v : report.get("videos")) {
            if (v.hasNonNull("breakout")) {
                breakouts.add(v.get("video_id").asText());
            }
        }
        assertThat(breakouts).containsExactly("demoBreak01");
        assertThat(cwd.resolve("demo-out/report.html")).exists();

        // the three catalogue videos one release lifted on the same day are one shared event, and only they
        assertThat(report.get("shared_events")).singleElement().satisfies(e -> {
            assertThat(e.get("day").asText()).isEqualTo("2026-09-18");
            assertThat(e.get("kind").asText()).isEqualTo("jump");
            assertThat(e.get("detector").asText()).isEqualTo("shared-events");
            java.util.List<String> ids = new java.util.ArrayList<>();
            e.get("video_ids").forEach(id -> ids.add(id.asText()));
            assertThat(ids).containsExactlyInAnyOrder("demoCatlg01", "demoCatlg02", "demoCatlg03");
            assertThat(e.get("sizes").get("demoCatlg03").asDouble()).isBetween(3.0, 6.0);
            assertThat(e.get("summary").asText()).startsWith("3 videos jumped together on 2026-09-18 (Fri): ");
        });
        String html = java.nio.file.Files.readString(cwd.resolve("demo-out/report.html"));
        assertThat(html).contains("<h3 id=\"shared-events\">Shared events</h3>").contains("class=\"timeline\"")
                .contains("<time datetime=\"2026-09-18\">18 Sep 2026 (Fri)</time>");
        assertThat(html.indexOf("id=\"shared-events\"")).isLessThan(html.indexOf("<caption>Videos compared"));
        assertThat(r.out()).contains("Shared event: 3 videos jumped together on 2026-09-18 (Fri): demoCatlg03 ");
        // the demo campaign: the answer an analyst reads, for the one video with a flight only
        assertThat(r.out().lines().filter(l -> l.startsWith("Campaign on ")).count()).isEqualTo(1);
        assertThat(r.out()).containsPattern("Campaign on demoCampgn1: The flight of spring-push \\(2026-05-02 to"
                + " 2026-05-20\\) bought about [0-9.]+[kM] views directly and set off about [0-9.]+[kM] more \\([0-9.]+"
                + " earned views for each paid one, 80% interval [0-9.]+–[0-9.]+\\)");
        // its verdict: the flight's ramp is the push (the mechanism detector no longer reads it as word of mouth),
        // and its multiplier (below one earned view per paid one) sets off no word of mouth in the sentence
        assertThat(r.out()).containsPattern("(?m)^  demoCampgn1  external push +0\\.9[0-9]  Demo: product film");
        JsonNode campaignVideo = null;
        for (JsonNode v : report.get("videos")) {
            if (v.get("video_id").asText().equals("demoCampgn1")) {
                campaignVideo = v;
            }
        }
        assertThat(campaignVideo.get("verdict").get("mechanism").asText()).isEqualTo("external-push");
        assertThat(campaignVideo.get("verdict").get("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
        JsonNode campaign = campaignVideo.get("detections").get(0);
        assertThat(campaign.get("detector").asText()).isEqualTo("campaign");
        assertThat(campaign.get("metrics").get("earned_multiplier").isNumber()).isTrue();
        assertThat(campaign.get("metrics").get("earned_share").isNumber()).isTrue();
        // the HTML: its daily chart stacks the campaign's split, and the overview compares multiplier and share
        assertThat(html).contains("<g class=\"area k-6\"><title>campaign: paid-driven, ")
                .contains("title=\"campaign: earned_multiplier\">earned multiplier")
                .contains("title=\"campaign: earned_share\">earned share");
        // the CSV: both metrics are columns, with the campaign video's figures
        java.util.List<String> csv = java.nio.file.Files.readAllLines(cwd.resolve("demo-out/report.csv"));
        java.util.List<String> header = java.util.List.of(csv.get(0).split(",", -1));
        String row = csv.stream().filter(l -> l.startsWith("demoCampgn1,")).findFirst().orElseThrow();
        // the title has no comma, so the row splits as the header does
        java.util.List<String> cells = java.util.List.of(row.split(",", -1));
        assertThat(Double.parseDouble(cells.get(header.indexOf("campaign.earned_multiplier"))))
                .isEqualTo(campaign.get("metrics").get("earned_multiplier").asDouble());
        assertThat(Double.parseDouble(cells.get(header.indexOf("campaign.earned_share"))))
                .isEqualTo(campaign.get("metrics").get("earned_share").asDouble());
    }

    @Test
    void pluginsListsEachDetectorWithVersionAndDescription() throws Exception {
        Result r = java("plugins");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String id : PluginLoadingIT.BUILT_IN) {
            assertThat(r.out()).containsPattern("(?m)^" + id + "\\s+\\d+\\.\\d+\\.\\d+\\s+\\S");
        }
        assertThat(r.out()).containsPattern("(?m)^shared-events\\s+1\\.1\\.2\\s+\\(across videos\\) Days on which");

        Result verbose = java("plugins", "--verbose");
        assertThat(verbose.exit()).as(verbose.err()).isZero();
        assertThat(verbose.out()).containsPattern("(?m)^shared-events\\s+1\\.1\\.2\\s+started\\s+requires >=1\\.3\\.0"
                + " & <2\\.0\\.0\\s+detectors: shared-events$");
    }

    @Test
    void usageErrorsExitOne() throws Exception {
        Result r = java("nonsense");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Unknown command 'nonsense'; the commands are listed below.");
    }
}
