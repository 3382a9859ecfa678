package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
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

/**
 * {@code viralscope report --from/--to/--first} as a user meets them: the window in the JSON and CSV, and one
 * sentence with exit 2 for each mistake.
 */
class ReportWindowCliTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private List<String> db;

    @BeforeEach
    void importTenDays() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Store.open(dir.resolve("v.db"), Clock.fixed(NOW, ZoneOffset.UTC)).close();
        db = List.of("--db", dir.resolve("v.db").toString(), "--plugins-dir", plugins.toString());
        StringBuilder csv = new StringBuilder("video_id,timestamp,view_count,title,published_at\n");
        for (int d = 1; d <= 10; d++) {
            csv.append("dQw4w9WgXcQ,2026-03-").append(String.format("%02d", d)).append(',').append(1000L * d * d)
                    .append(",Rick,2026-02-28T15:00:00Z\n");
        }
        Files.writeString(dir.resolve("a.csv"), csv);
        assertThat(run("import", dir.resolve("a.csv").toString()).exit()).isZero();
    }

    private YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), dir, db, args);
    }

    private void assertRefused(String sentence, String... args) {
        YoutubeCli.Result r = run(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(sentence + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDateWindowIsShownInTheJsonReport() throws IOException {
        YoutubeCli.Result r = run("report", "--from", "2026-03-03", "--to", "2026-03-05", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertThat(report.get("window").get("from").asText()).isEqualTo("2026-03-03");
        assertThat(report.get("window").get("to").asText()).isEqualTo("2026-03-05");
        assertThat(report.get("window").get("first").isNull()).isTrue();
        JsonNode video = report.get("videos").get(0);
        assertThat(video.get("window").get("from").asText()).isEqualTo("2026-03-03");
        assertThat(video.get("window").get("to").asText()).isEqualTo("2026-03-05");
        // the stored samples of 3, 4, 5 and 6 Mar 00:00 (the last closes 5 Mar)
        assertThat(video.get("sample_count").asInt()).isEqualTo(4);
        assertThat(video.get("first_at").asText()).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(video.get("last_at").asText()).isEqualTo("2026-03-06T00:00:00Z");
    }

    @Test
    void theFirstDaysCountFromPublicationAndAreShownInTheCsvReport() {
        YoutubeCli.Result r = run("report", "--first", "3d", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains(",breakout,window_from,window_to");
        // published 28 Feb 15:00, so the first three days are 28 Feb, 1 Mar and 2 Mar
        assertThat(lines.get(1)).contains(",no,2026-02-28,2026-03-02");
    }

    @Test
    void withoutAWindowEveryDayIsAnalysedAndTheRequestedWindowIsEmpty() throws IOException {
        YoutubeCli.Result r = run("report", "--format", "json");
        JsonNode report = Json.MAPPER.readTree(r.out());
        assertThat(report.get("window").get("from").isNull()).isTrue();
        assertThat(report.get("window").get("to").isNull()).isTrue();
        assertThat(report.get("window").get("first").isNull()).isTrue();
        // the series starts from 0 views on the publication day, 28 Feb, and ends with 9 Mar, the last whole day
        JsonNode video = report.get("videos").get(0);
        assertThat(video.get("window").get("from").asText()).isEqualTo("2026-02-28");
        assertThat(video.get("window").get("to").asText()).isEqualTo("2026-03-09");
        assertThat(video.get("sample_count").asInt()).isEqualTo(10);
        assertThat(video.get("first_at").asText()).isEqualTo("2026-02-28T00:00:00Z");
    }

    @Test
    void theHtmlHeaderNamesTheWindowAsked() throws IOException {
        Path html = dir.resolve("r.html");
        assertThat(run("report", "--from", "2026-03-02", "--to", "2026-03-04", "--out", html.toString()).exit())
                .isZero();
        String page = Files.readString(html);
        assertThat(page).contains("Window: 2026-03-02 to 2026-03-04.");
        // the comparison table's window column: the days analysed
        assertThat(page).contains("2\u00a0Mar – 4\u00a0Mar\u00a02026");
    }

    @Test
    void aMalformedDateIsOneSentence() {
        assertRefused("--from '2026-13-01' is not a date; write it as YYYY-MM-DD, such as 2026-03-01.",
                "report", "--from", "2026-13-01");
        assertRefused("--to '1 March' is not a date; write it as YYYY-MM-DD, such as 2026-03-01.",
                "report", "--to", "1 March");
    }

    @Test
    void fromAfterToIsOneSentence() {
        assertRefused("--from 2026-03-05 is after --to 2026-03-01; give the earlier date to --from.",
                "report", "--from", "2026-03-05", "--to", "2026-03-01");
    }

    @Test
    void aBadDurationIsOneSentence() {
        assertRefused("--first '90' is not a duration; write a number of days or weeks, such as 90d or 12w.",
                "report", "--first", "90");
        assertRefused("--first '3 months' is not a duration; write a number of days or weeks, such as 90d or 12w.",
                "report", "--first", "3 months");
        assertRefused("--first '0d' must be from 1 day to 36525 days, such as 90d.", "report", "--first", "0d");
    }

    @Test
    void firstWithDatesIsOneSentence() {
        assertRefused("--first cannot be combined with --from or --to; give either the first days of each video"
                + " (--first 90d) or a range of dates (--from 2026-03-01 --to 2026-03-31).",
                "report", "--first", "90d", "--from", "2026-03-01");
    }

    @Test
    void aWindowOutsideTheDataIsOneSentence() {
        assertRefused("The window 2025-01-01 to 2025-01-31 holds no whole day of data: video dQw4w9WgXcQ's samples"
                + " run from 2026-03-01 to 2026-03-10; choose a window inside that range.",
                "report", "--from", "2025-01-01", "--to", "2025-01-31");
        assertRefused("The window from 2026-04-01 holds no whole day of data: video dQw4w9WgXcQ's samples"
                + " run from 2026-03-01 to 2026-03-10; choose a window inside that range.",
                "report", "--from", "2026-04-01");
    }

    @Test
    void aVideoWithoutDataInTheWindowIsReportedWithoutDaysBesideOneThatHasThem() throws IOException {
        Files.writeString(dir.resolve("b.csv"), "video_id,timestamp,view_count,title\n"
                + "9bZkp7q19f0,2026-06-01,5000,Later\n9bZkp7q19f0,2026-06-02,5100,Later\n");
        assertThat(run("import", dir.resolve("b.csv").toString()).exit()).isZero();
        YoutubeCli.Result r = run("report", "--to", "2026-03-04", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode videos = Json.MAPPER.readTree(r.out()).get("videos");
        assertThat(videos.findValuesAsText("video_id")).containsExactly("9bZkp7q19f0", "dQw4w9WgXcQ");
        assertThat(videos.get(0).get("window").get("from").isNull()).isTrue();
        assertThat(videos.get(0).get("sample_count").asInt()).isZero();
        assertThat(videos.get(1).get("window").get("to").asText()).isEqualTo("2026-03-04");
        Path html = dir.resolve("r.html");
        assertThat(run("report", "--to", "2026-03-04", "--out", html.toString()).exit()).isZero();
        assertThat(Files.readString(html)).contains("Window: up to 2026-03-04.");
        assertThat(Files.readString(html)).contains("no samples");
    }

    @Test
    void firstDaysLongBeforeTheDataAreOneSentence() throws IOException {
        // tracked from March 2026, published in 2025: its first 30 days were never sampled
        Files.writeString(dir.resolve("b.csv"), "video_id,timestamp,view_count,title,published_at\n"
                + "9bZkp7q19f0,2026-03-01,5000,Old,2025-01-01T00:00:00Z\n"
                + "9bZkp7q19f0,2026-03-02,5100,Old,2025-01-01T00:00:00Z\n");
        assertThat(run("import", dir.resolve("b.csv").toString()).exit()).isZero();
        assertRefused("The window, each video's first 30d, holds no whole day of data: video 9bZkp7q19f0's samples"
                + " run from 2026-03-01 to 2026-03-02; choose a window inside that range.",
                "report", "--video", "9bZkp7q19f0", "--first", "30d");
    }
}
