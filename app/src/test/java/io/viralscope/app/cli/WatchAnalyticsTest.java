package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.analytics.AnalyticsFixtures;
import io.viralscope.app.youtube.YoutubeFakeApi;
import io.viralscope.app.youtube.YoutubeFixtures;
import io.viralscope.app.youtube.YoutubeTestClock;
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
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.viralscope.app.analytics.AnalyticsFixtures.VIDEO;
import static io.viralscope.app.analytics.AnalyticsFixtures.json;
import static io.viralscope.app.analytics.AnalyticsFixtures.reports;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code watch --analytics} in simulated time: owner analytics pulled once per Pacific-time day, between polls. */
class WatchAnalyticsTest {

    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(java.time.Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(0, null, null));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path home;

    @Test
    void watchPullsOwnerAnalyticsOncePerDay() throws Exception {
        Instant start = AnalyticsFixtures.PULL_TIME;
        YoutubeTestClock clock = new YoutubeTestClock(start);
        FAKE.clock(clock);
        FAKE.reset();
        FAKE.counts((id, at) -> new YoutubeFakeApi.Counts(80_000 + 1_000 * Duration.between(start, at).toHours(), 1L, 1L));
        FAKE.published.put(VIDEO, Instant.parse("2026-08-31T19:00:00Z"));
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        AnalyticsFixtures.stubRefresh(wm);
        AnalyticsFixtures.stubReports(wm, VIDEO, AnalyticsFixtures.body(AnalyticsFixtures.DAILY));
        wm.stubFor(reports(VIDEO, "day").withQueryParam("startDate", equalTo("2026-09-12")).atPriority(1)
                .willReturn(json(200, AnalyticsFixtures.from(AnalyticsFixtures.body(AnalyticsFixtures.DAILY),
                        "2026-09-12"))));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").withQueryParam("startDate", equalTo("2026-09-12"))
                .atPriority(1).willReturn(json(200, AnalyticsFixtures.from(AnalyticsFixtures.TRAFFIC,
                        "2026-09-12"))));
        Path config = AnalyticsFixtures.config(home, wm.baseUrl());
        AnalyticsFixtures.signIn(home, start);
        Files.createDirectories(home.resolve("no-plugins"));
        List<String> common = List.of("--config", config.toString(), "--db", home.resolve("w.db").toString(),
                "--plugins-dir", home.resolve("no-plugins").toString());
        Map<String, String> env = Map.of("YOUTUBE_API_KEY", "AIzaWatchKey-0123456789");
        assertThat(YoutubeCli.run(clock, env, home, common, "track", "add", VIDEO).exit()).isZero();

        // 19:00 UTC is noon in Los Angeles: the second round, a day later (the pace of one sample is not known, so
        // 4 x 6h), is on the next Pacific day
        YoutubeCli.Result r = YoutubeCli.run(clock, env, home, common, "watch", "--every", "6h", "--for", "26h",
                "--analytics");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2026-09-17 19:00 UTC  polled 1 of 1 video with 1 request: 1 new sample.\n"
                + "Pulled owner analytics of 1 video: 14 days added, 0 revised by YouTube; 15 samples added,"
                + " 0 replaced; 4 traffic-source rows written.\n")
                .contains("2026-09-18 19:00 UTC  polled 1 of 1 video with 1 request: 1 new sample.\n"
                        + "Pulled owner analytics of 1 video: nothing new.\n");
        assertThat(r.out().split("Pulled owner analytics", -1)).hasSize(3);
    }

    @Test
    void watchWithAnalyticsButNoSignInStopsBeforeTheFirstRound() throws Exception {
        YoutubeTestClock clock = new YoutubeTestClock(AnalyticsFixtures.PULL_TIME);
        Path config = AnalyticsFixtures.config(home, wm.baseUrl());
        List<String> common = List.of("--config", config.toString(), "--db", home.resolve("w.db").toString());
        Map<String, String> env = Map.of("YOUTUBE_API_KEY", "AIzaWatchKey-0123456789");
        FAKE.clock(clock);
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        assertThat(YoutubeCli.run(clock, env, home, common, "track", "add", VIDEO).exit()).isZero();

        YoutubeCli.Result r = YoutubeCli.run(clock, env, home, common, "watch", "--for", "1h", "--analytics");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("No YouTube channel is signed in");
    }
}
