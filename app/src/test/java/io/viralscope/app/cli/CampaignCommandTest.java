package io.viralscope.app.cli;

import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope campaign add | import | list | remove}, in-process, on a real SQLite store. */
class CampaignCommandTest {

    @TempDir
    Path home;

    final YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T10:00:00Z"));

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, Map.of(), home, List.of("--db", home.resolve("c.db").toString()), args);
    }

    /** Two videos with daily counts from 2026-03-01 to 2026-04-29. */
    @BeforeEach
    void importCounts() throws IOException {
        StringBuilder csv = new StringBuilder("video_id,timestamp,view_count\n");
        for (String id : List.of("dQw4w9WgXcQ", "9bZkp7q19f0")) {
            for (int k = 0; k < 60; k++) {
                csv.append(id).append(',').append(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400L * k))
                        .append(',').append(1000 * k).append('\n');
            }
        }
        Path file = home.resolve("counts.csv");
        Files.writeString(file, csv);
        assertThat(run("import", file.toString()).exit()).isZero();
    }

    @Test
    void campaignWithoutASubcommandNamesThemAll() {
        YoutubeCli.Result r = run("campaign");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Missing subcommand: name one of add, import, list, remove (viralscope"
                + " campaign --help explains them).\n");
    }

    @Test
    void addsAFlightWithItsSpendSpreadEvenlyAndListsIt() {
        YoutubeCli.Result r = run("campaign", "add", "spring-launch", "--video", "dQw4w9WgXcQ",
                "https://youtu.be/9bZkp7q19f0", "--from", "2026-03-03", "--to", "2026-03-17", "--spend", "3000",
                "--currency", "eur");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Campaign 'spring-launch': a flight of 15 days (2026-03-03 to 2026-03-17) on 2"
                + " videos, 3,000.00 EUR spread evenly over them.\n");
        assertThat(run("campaign", "list").out()).isEqualTo("""
                CAMPAIGN                  VIDEO        FROM        TO          DAYS  FIGURES
                spring-launch             9bZkp7q19f0  2026-03-03  2026-03-17    15  spend 1,500.00 EUR
                spring-launch             dQw4w9WgXcQ  2026-03-03  2026-03-17    15  spend 1,500.00 EUR
                """);
    }

    @Test
    void importsDailyFiguresAllOrNothingAndNamesEveryBadRow() throws IOException {
        Path good = home.resolve("flights.csv");
        Files.writeString(good, "campaign,video_id,day,paid_views\nsummer,dQw4w9WgXcQ,2026-04-01,1200\n"
                + "summer,dQw4w9WgXcQ,2026-04-02,900\n");
        YoutubeCli.Result ok = run("campaign", "import", good.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("Imported 2 flight days of 1 campaign from " + good + ".\n");
        assertThat(run("campaign", "list").out()).contains("summer                    dQw4w9WgXcQ  2026-04-01"
                + "  2026-04-02     2  2,100 paid views");

        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "campaign,video_id,day,spend,currency\nautumn,dQw4w9WgXcQ,2026-04-10,10,EUR\n"
                + "autumn,not a video,2026-04-11,10,EUR\nautumn,dQw4w9WgXcQ,11 April,10,EUR\n"
                + "autumn,dQw4w9WgXcQ,2026-04-12,-5,EUR\nautumn,dQw4w9WgXcQ,2026-04-13,5,EUROS\n");
        YoutubeCli.Result r = run("campaign", "import", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Nothing was imported: 4 rows are not sound.",
                "bad.csv:3: 'not a video' is not a YouTube video id or video link",
                "bad.csv:4: the day '11 April' is not a date such as 2026-03-03.",
                "bad.csv:5: spend '-5' is negative; give 0 or more.",
                "bad.csv:6: the currency 'EUROS' is not an ISO 4217 currency code such as EUR, USD or GBP.");
        assertThat(run("campaign", "list").out()).doesNotContain("autumn");
    }

    @Test
    void importsImpressionsAsTheDailyFigure() throws IOException {
        Path file = home.resolve("reach.csv");
        Files.writeString(file, "campaign,video_id,day,impressions\nreach,9bZkp7q19f0,2026-04-05,250000\n"
                + "reach,9bZkp7q19f0,2026-04-06,180000\nreach,9bZkp7q19f0,2026-04-07,0\n");
        YoutubeCli.Result ok = run("campaign", "import", file.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("Imported 3 flight days of 1 campaign from " + file + ".\n");
        assertThat(run("campaign", "list").out()).contains("reach                     9bZkp7q19f0  2026-04-05"
                + "  2026-04-07     3  430,000 impressions");
    }

    @Test
    void refusesWhatAFlightMustNotBeWithOneSentenceAndStoresNothing() {
        assertThat(run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-17", "--to",
                "2026-03-03").err()).contains("--from 2026-03-17 is after --to 2026-03-03; the flight's first day"
                + " comes first.");
        assertThat(run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-03", "--to",
                "2026-03-04", "--spend", "-1", "--currency", "EUR").err()).contains("--spend -1.0 is negative;"
                + " give the flight's total spend, 0 or more.");
        assertThat(run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-03", "--to",
                "2026-03-04", "--spend", "10", "--currency", "XYZ").err()).contains("--currency 'XYZ' is not an"
                + " ISO 4217 currency code such as EUR, USD or GBP.");
        assertThat(run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-03", "--to",
                "2026-03-04", "--spend", "10").err()).contains("--spend needs --currency CODE (ISO 4217, such as"
                + " EUR), so reports can say what an earned view cost.");
        YoutubeCli.Result outside = run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-06-01",
                "--to", "2026-06-10");
        assertThat(outside.exit()).isEqualTo(2);
        assertThat(outside.err()).contains("The flight of campaign 'x' on video dQw4w9WgXcQ (2026-06-01 to"
                + " 2026-06-10) lies outside the video's data (2026-03-01 to 2026-04-29); import or track its counts"
                + " over the flight first.");
        assertThat(run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-03", "--to",
                "2026-03-10").exit()).isZero();
        YoutubeCli.Result overlap = run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-08",
                "--to", "2026-03-12");
        assertThat(overlap.exit()).isEqualTo(2);
        assertThat(overlap.err()).contains("Campaign 'x' already has a flight on video dQw4w9WgXcQ on 2026-03-08;"
                + " flights of one campaign on one video must not overlap (remove the campaign first: viralscope"
                + " campaign remove x).");
        assertThat(run("campaign", "list").out()).contains("2026-03-03  2026-03-10     8  days only")
                .doesNotContain("2026-03-12");
    }

    @Test
    void removesACampaignAndSaysWhenThereIsNone() {
        run("campaign", "add", "x", "--video", "dQw4w9WgXcQ", "--from", "2026-03-03", "--to", "2026-03-10");
        assertThat(run("campaign", "remove", "x").out()).isEqualTo("Removed campaign 'x' and its flights.\n");
        assertThat(run("campaign", "remove", "x").err()).contains("There is no campaign 'x'; 'viralscope campaign"
                + " list' shows them.");
        assertThat(run("campaign", "list").out()).startsWith("No campaign yet;");
    }

    @Test
    void importReadsStudioTrafficSourceChartsApartFromCounts() throws IOException {
        Path chart = home.resolve("Chart data.csv");
        Files.writeString(chart, "Date,Traffic source,Views\n2026-03-05,YouTube advertising,1200\n"
                + "2026-03-05,Browse features,300\n");
        YoutubeCli.Result r = run("import", chart.toString(), "--video", "dQw4w9WgXcQ");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Imported 2 daily traffic-source counts from 1 file into "
                + home.resolve("c.db") + ".\n");

        YoutubeCli.Result noVideo = run("import", chart.toString());
        assertThat(noVideo.exit()).isEqualTo(2);
        assertThat(noVideo.err()).contains("File " + chart + " has no Content column, so it does not say which"
                + " video it is about; name it with --video ID.");
        YoutubeCli.Result stray = run("import", home.resolve("counts.csv").toString(), "--video", "dQw4w9WgXcQ");
        assertThat(stray.err()).contains("--video names the video of a traffic-source export, and none of the"
                + " files is one; leave it out.");
    }
}
