package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.youtube.YoutubeFakeApi;
import io.viralscope.app.youtube.YoutubeFixtures;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope watch} in-process, in simulated time (the context's clock sleeps by advancing). */
class WatchCommandTest {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(java.time.Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(0, null, null));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path home;

    YoutubeTestClock clock;
    Map<String, String> env = Map.of("YOUTUBE_API_KEY", "AIzaWatchKey-0123456789");

    @BeforeEach
    void setUp() throws Exception {
        clock = new YoutubeTestClock(START);
        FAKE.clock(clock);
        FAKE.reset();
        FAKE.counts((id, at) -> new YoutubeFakeApi.Counts(100 + 10 * Duration.between(START, at).toHours(), 1L, 1L));
        FAKE.published.put("dQw4w9WgXcQ", START.minus(Duration.ofHours(3)));
        FAKE.published.put("9bZkp7q19f0", START.minus(Duration.ofHours(3)));
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        Files.createDirectories(home.resolve("no-plugins"));
    }

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, env, home, List.of("--db", home.resolve("w.db").toString(), "--plugins-dir",
                home.resolve("no-plugins").toString(), "--api-root", wm.baseUrl()), args);
    }

    @Test
    void printsItsPlanPollsOnScheduleAndStopsWhenItsTimeIsUp() {
        run("track", "add", "dQw4w9WgXcQ", "9bZkp7q19f0");

        YoutubeCli.Result r = run("watch", "--every", "1h", "--for", "3h");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                Plan: 2 videos — 2 rising every 1h, 0 steady every 4h, 0 settled every 1d; about 24 of 10,000 quota\
                 units a day.
                API samples are kept 30 days (YouTube API policy III.E.4). quota today: 0 of 10,000 units used,\
                 resets at 2026-11-26 08:00 UTC (midnight Pacific time)
                2026-11-25 10:00 UTC  polled 2 of 2 videos with 1 request: 2 new samples.
                Next round at 2026-11-25 11:00:00 UTC, in 1h.
                2026-11-25 11:00 UTC  polled 2 of 2 videos with 1 request: 2 new samples.
                Next round at 2026-11-25 12:00:00 UTC, in 1h.
                2026-11-25 12:00 UTC  polled 2 of 2 videos with 1 request: 2 new samples.
                Nothing is due before watching ends at 2026-11-25 13:00:00 UTC (--for).
                Stopped watching after 3 rounds: 3 requests, 6 new samples.
                """);
        assertThat(r.err()).isEqualTo("No detector is loaded; watching without analysis.\n");
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(run("track", "list").out()).contains("dQw4w9WgXcQ  active                                   "
                + "     3  2026-11-25 12:00 UTC  Video dQw4w9WgXcQ");
    }

    @Test
    void anIntervalShorterThanTheMinimumIsRefused() {
        YoutubeCli.Result r = run("watch", "--every", "1m");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--every 1m is shorter than the minimum poll interval of 5m"
                + " (youtube.min-poll-interval); choose a longer interval.\n");
    }

    @Test
    void durationsThatAreNotDurationsAreRefused() {
        YoutubeCli.Result every = run("watch", "--every", "often");
        YoutubeCli.Result span = run("watch", "--for", "ever");

        assertThat(every.exit()).isEqualTo(2);
        assertThat(every.err()).isEqualTo("--every 'often' is not a duration such as 30s, 15m, 6h or 1d.\n");
        assertThat(span.exit()).isEqualTo(2);
        assertThat(span.err()).isEqualTo("--for 'ever' is not a duration such as 30s, 15m, 6h or 1d.\n");
    }

    @Test
    void withoutAKeyItDoesNotStart() {
        run("track", "add", "dQw4w9WgXcQ");
        env = Map.of();

        YoutubeCli.Result r = run("watch");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("No YouTube API key is set;");
    }
}
