package io.viralscope.app.cli;

import io.viralscope.api.Sample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.VideoInfo;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code viralscope import} of YouTube Studio "Advanced mode" exports, with the real exports in
 * src/test/resources/studio-export (see the README there for their sources).
 */
class StudioImportTest {

    @TempDir
    Path home;

    final YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T10:00:00Z"));

    Path fixture(String name) throws IOException {
        Path target = home.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream("/studio-export/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    YoutubeCli.Result importing(String... args) {
        return YoutubeCli.run(clock, Map.of(), home, List.of("--db", home.resolve("s.db").toString(), "import"),
                args);
    }

    Store store() {
        return Store.open(home.resolve("s.db"), clock);
    }

    @Test
    void aRealChartExportBecomesCumulativeDailySamplesFromPublication() throws IOException {
        Path chart = fixture("clipizator_2026-08/Chart data (first 28 rows only).csv");

        YoutubeCli.Result r = importing(chart.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(chart + ": YouTube Studio export, 28 rows, 8 good samples\n"
                + "Imported 8 new samples of 1 video into " + home.resolve("s.db") + ".\n");
        try (Store store = store()) {
            // days end at midnight Pacific time (07:00 UTC in August); the zero days before publication on
            // 2026-08-18 are left out but for the day before it, the 0 baseline
            assertThat(store.series("8UPQYKDRCCw").samples()).containsExactly(
                    Sample.ofViews(Instant.parse("2026-08-18T07:00:00Z"), 0),
                    Sample.ofViews(Instant.parse("2026-08-19T07:00:00Z"), 521),
                    Sample.ofViews(Instant.parse("2026-08-20T07:00:00Z"), 525),
                    Sample.ofViews(Instant.parse("2026-08-21T07:00:00Z"), 577),
                    Sample.ofViews(Instant.parse("2026-08-22T07:00:00Z"), 577),
                    Sample.ofViews(Instant.parse("2026-08-23T07:00:00Z"), 577),
                    Sample.ofViews(Instant.parse("2026-08-24T07:00:00Z"), 577),
                    Sample.ofViews(Instant.parse("2026-08-25T07:00:00Z"), 578));
            VideoInfo v = store.video("8UPQYKDRCCw").orElseThrow();
            assertThat(v.title()).isEqualTo("0.5% of The World #lovablepartner #LovablePartner");
            assertThat(v.publishedAt()).isEqualTo(Instant.parse("2026-08-18T07:00:00Z"));
            assertThat(store.query("SELECT DISTINCT source FROM samples", rs -> rs.getString(1)))
                    .containsExactly("studio");
        }
        // the same total as the export's Table data (Engaged views 578 for this video)
        assertThat(importing(chart.toString()).out()).endsWith("Imported 0 new samples of 1 video into "
                + home.resolve("s.db") + " (8 already present).\n");
    }

    @Test
    void sharesLikesAndCommentsAccumulateAndAnEmptyCellIsUnknownFromThatDayOn() throws IOException {
        Path chart = Files.writeString(home.resolve("Chart data.csv"), """
                Date,Content,Video title,Video publish time,Duration,Views,Likes,Comments added,Shares
                2026-03-02, -abc_DEF123,Launch,"Mar 1, 2026",60,100,10,,4
                2026-03-01, -abc_DEF123,Launch,"Mar 1, 2026",60,50,5,1,1
                2026-03-03, -abc_DEF123,Launch,"Mar 1, 2026",60,25,,2,0
                """);

        YoutubeCli.Result r = importing(chart.toString());

        assertThat(r.exit()).isZero();
        try (Store store = store()) {
            assertThat(store.series("-abc_DEF123").samples()).containsExactly(
                    new Sample(Instant.parse("2026-03-02T08:00:00Z"), 50, 5L, 1L, 1L),
                    new Sample(Instant.parse("2026-03-03T08:00:00Z"), 150, 15L, null, 5L),
                    new Sample(Instant.parse("2026-03-04T08:00:00Z"), 175, null, null, 5L));
        }
    }

    @Test
    void aRepeatedDayIsAnErrorAndNothingIsImported() throws IOException {
        Path chart = Files.writeString(home.resolve("Chart data.csv"), """
                Date,Content,Video title,Video publish time,Duration,Views
                2026-03-01,dQw4w9WgXcQ,A,"Mar 1, 2026",60,50
                2026-03-01,dQw4w9WgXcQ,A,"Mar 1, 2026",60,50
                """);

        YoutubeCli.Result r = importing(chart.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Chart data.csv:3: column 'Date': video dQw4w9WgXcQ already has a row for"
                + " 2026-03-01 (line 2); each day may appear once (video dQw4w9WgXcQ's days from 2026-03-01 are left"
                + " out, since their cumulative counts would miss this row)\n"
                + "Nothing was imported: 1 row has errors (listed above); fix them, or run again with --skip-invalid"
                + " to import the 1 good row.\n");
    }

    @Test
    void skippingABadDayLeavesOutTheVideosLaterDaysButKeepsOtherVideos() throws IOException {
        Path chart = Files.writeString(home.resolve("Chart data.csv"), """
                Date,Content,Video title,Video publish time,Duration,Views
                2026-03-01,dQw4w9WgXcQ,A,"Mar 1, 2026",60,50
                2026-03-02,dQw4w9WgXcQ,A,"Mar 1, 2026",60,lots
                2026-03-03,dQw4w9WgXcQ,A,"Mar 1, 2026",60,20
                2026-03-01,9bZkp7q19f0,B,3-Mar-26,60,7
                2026-03-02,9bZkp7q19f0,B,3-Mar-26,60,8
                """);

        YoutubeCli.Result r = importing(chart.toString(), "--skip-invalid");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("skipped Chart data.csv:3: column 'Views': 'lots' is not a whole number >= 0"
                + " of views that day (video dQw4w9WgXcQ's days from 2026-03-02 are left out, since their"
                + " cumulative counts would miss this row)\n");
        try (Store store = store()) {
            assertThat(store.series("dQw4w9WgXcQ").samples()).containsExactly(
                    Sample.ofViews(Instant.parse("2026-03-02T08:00:00Z"), 50));
            assertThat(store.series("9bZkp7q19f0").samples()).extracting(Sample::views).containsExactly(7L, 15L);
            assertThat(store.video("9bZkp7q19f0").orElseThrow().publishedAt())
                    .isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
        }
    }

    @Test
    void exportsWithoutDatesOrVideosAreRefusedWithWhatToExportInstead() throws IOException {
        Path table = fixture("clipizator_2026-08/Table data.csv");
        Path totals = fixture("clipizator_2026-08/Totals.csv");
        Path byDate = fixture("mycomm599_date-table_2024/Table data (first 32 lines only).csv");
        Path bySubscription = fixture("mycomm599_date-table_2024/Chart data - Subscription status (first 11 lines"
                + " only).csv");

        for (Path p : List.of(totals, byDate, bySubscription)) {
            YoutubeCli.Result r = importing(p.toString());
            assertThat(r.exit()).as(p.toString()).isEqualTo(2);
            assertThat(r.err()).startsWith("File " + p + " looks like a YouTube Studio export without a Content"
                    + " (video) column: in Studio's Advanced mode choose the Content dimension and export again (your"
                    + " own CSV needs the columns video_id, timestamp, view_count; found: Date, ");
        }
        YoutubeCli.Result r = importing(table.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("File " + table + " is a YouTube Studio 'Table data' export without dates;"
                + " import its 'Chart data.csv' instead, which has one row per day.\n");
        try (Store store = store()) {
            assertThat(store.videoIdsWithSamples()).isEmpty();
        }
    }

    @Test
    void theSubscriptionStatusTableIsNotMistakenForAnExportWithVideos() throws IOException {
        Path p = fixture("mycomm599_date-table_2024/Table data - Subscription status.csv");

        YoutubeCli.Result r = importing(p.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("File " + p + " is not in Viralscope's CSV schema nor a YouTube Studio"
                + " export");
    }
}
