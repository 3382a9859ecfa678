package io.viralscope.app.cli;

import io.viralscope.api.Sample;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.PolledBatch;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.store.VideoMetadata;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope track add | list | remove} and {@code viralscope quota}, in-process. */
class TrackCommandTest {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path home;

    final YoutubeTestClock clock = new YoutubeTestClock(START);

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, Map.of(), home, List.of("--db", home.resolve("t.db").toString()), args);
    }

    @Test
    void addsIdsAndLinksOfEveryFormOnce() {
        YoutubeCli.Result r = run("track", "add", "dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=9bZkp7q19f0&t=42s", "https://youtu.be/kJQP7kiw5Fk?si=x",
                "https://www.youtube.com/shorts/OPf0YbXqDm0", "https://www.youtube.com/embed/JGwWNGJdvx8",
                "https://www.youtube.com/live/RgKAFK5djSk", "https://m.youtube.com/watch?v=dQw4w9WgXcQ");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                Tracking dQw4w9WgXcQ.
                Tracking 9bZkp7q19f0.
                Tracking kJQP7kiw5Fk.
                Tracking OPf0YbXqDm0.
                Tracking JGwWNGJdvx8.
                Tracking RgKAFK5djSk.
                Now tracking 6 videos; run 'viralscope poll' (or 'viralscope watch') to fetch their counts.
                """);
        assertThat(run("track", "add", "dQw4w9WgXcQ").out()).startsWith("Already tracking dQw4w9WgXcQ.\n");
    }

    @Test
    void idsStartingWithADashAreIdsNotOptions() {
        YoutubeCli.Result r = run("track", "add", "-abc_DEF123");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Tracking -abc_DEF123.\n");
        assertThat(run("track", "remove", "-abc_DEF123").out()).isEqualTo("Stopped tracking -abc_DEF123; its 0"
                + " samples stay in the store.\n");
        YoutubeCli.Result none = run("track", "add");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).startsWith("Missing required parameter: 'ID|URL'\n");
    }

    @Test
    void oneBadArgumentIsNamedAndNothingIsAdded() {
        YoutubeCli.Result r = run("track", "add", "dQw4w9WgXcQ", "https://vimeo.com/12345", "9bZkp7q19f0");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("'https://vimeo.com/12345' is not a YouTube video id or video link; give the"
                + " 11-character id (such as dQw4w9WgXcQ) or a link such as"
                + " https://www.youtube.com/watch?v=dQw4w9WgXcQ.\n");
        // not even a store was created
        assertThat(run("track", "list").err()).startsWith("There is no store at " + home.resolve("t.db"));
    }

    @Test
    void listShowsTitleLastSampleSamplesHeldAndState() {
        run("track", "add", "dQw4w9WgXcQ", "9bZkp7q19f0");
        try (Store store = Store.open(home.resolve("t.db"), clock)) {
            TrackingStore tracking = new TrackingStore(store, clock);
            tracking.record(new PolledBatch(List.of("dQw4w9WgXcQ", "9bZkp7q19f0"), START,
                    List.of(new VideoMetadata("dQw4w9WgXcQ", "Never\u202Egonna\tgive you up", null)),
                    List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(START, 100), "api")),
                    List.of("9bZkp7q19f0"), "k", null));
        }

        YoutubeCli.Result r = run("track", "list");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                VIDEO        STATE                                   SAMPLES  LAST SAMPLE           TITLE
                9bZkp7q19f0  unavailable since 2026-11-25 10:00 UTC        0  none yet             \s
                dQw4w9WgXcQ  active                                        1  2026-11-25 10:00 UTC  Never gonna give you up
                2 tracked videos.
                Quota today: 0 of 10,000 units used, resets at 2026-11-26 08:00 UTC (midnight Pacific time).
                """);
    }

    @Test
    void removeKeepsTheSamplesAndRefusesAVideoNotTracked() {
        run("track", "add", "dQw4w9WgXcQ");
        try (Store store = Store.open(home.resolve("t.db"), clock)) {
            store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(START, 5), "api"),
                    new NewSample("dQw4w9WgXcQ", Sample.ofViews(START.plusSeconds(60), 6), "api")));
        }

        YoutubeCli.Result r = run("track", "remove", "https://youtu.be/dQw4w9WgXcQ");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Stopped tracking dQw4w9WgXcQ; its 2 samples stay in the store.\n");
        YoutubeCli.Result again = run("track", "remove", "dQw4w9WgXcQ");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("Video dQw4w9WgXcQ is not tracked; 'viralscope track list' shows the"
                + " tracked videos.\n");
        try (Store store = Store.open(home.resolve("t.db"), clock)) {
            assertThat(store.series("dQw4w9WgXcQ").size()).isEqualTo(2);
        }
    }

    @Test
    void trackWithoutASubcommandIsAUsageError() {
        YoutubeCli.Result r = run("track");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Missing subcommand: name one of add, list, remove (viralscope track --help"
                + " explains them).\n");
    }

    @Test
    void quotaShowsTodaysUseAndTheReset() {
        try (Store store = Store.open(home.resolve("t.db"), clock)) {
            io.viralscope.app.youtube.QuotaLedger ledger = new io.viralscope.app.youtube.QuotaLedger(store, clock,
                    10_000);
            ledger.tryReserve();
            ledger.tryReserve();
        }
        clock.advance(Duration.ofMinutes(30));

        YoutubeCli.Result r = run("quota");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                Quota day 2026-11-25 (Pacific time): 2 of 10,000 units used by 2 requests, 9,998 left.
                Resets at 2026-11-26 08:00 UTC (midnight Pacific time), in 21 h 30 min.
                """);
    }

    @Test
    void theMissingCommandMessageNamesTheNewCommands() {
        YoutubeCli.Result r = YoutubeCli.run(clock, Map.of(), home);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Missing command: name one of demo, import, track, poll, watch, quota, report,"
                + " plugins, simulate, auth, analytics (viralscope --help lists them).");
    }
}
