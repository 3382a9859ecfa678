package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.YoutubeFakeApi;
import io.viralscope.app.youtube.YoutubeFixtures;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** SIGINT and SIGTERM stop {@code watch} after the batch under way is stored, with exit code 0. */
class WatchSignalIT {

    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(77, null, null));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalFinishesTheBatchUnderWayThenExitsZero(String signal) throws Exception {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        FAKE.reset();
        FAKE.delayByRequest = n -> n == 0 ? 3_000 : 0;
        Path db = dir.resolve("w.db");
        Files.createDirectories(dir.resolve("no-plugins"));
        YoutubeCli.run(Clock.systemUTC(), Map.of(), dir, "--db", db.toString(), "track", "add", "dQw4w9WgXcQ",
                "9bZkp7q19f0");

        Process p = YoutubeJar.start(dir, Map.of("YOUTUBE_API_KEY", "AIzaSignalKey-0123"), "--db", db.toString(),
                "--plugins-dir", dir.resolve("no-plugins").toString(), "--api-root", wm.baseUrl(), "watch",
                "--every", "5m");
        YoutubeJar.await(Duration.ofSeconds(60), "the first request is under way", () -> FAKE.requests.size() >= 1);
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(YoutubeJar.err(dir)).isZero();
        assertThat(YoutubeJar.err(dir)).contains("Stopping after the current batch (signal " + signal + "; send it"
                + " again to stop at once).\n");
        assertThat(YoutubeJar.out(dir)).contains("  polled 2 of 2 videos with 1 request: 2 new samples.\n")
                .endsWith("Stopped watching after 1 round: 1 request, 2 new samples.\n");
        assertThat(FAKE.requests).hasSize(1);
        try (Store store = Store.open(db, Clock.systemUTC())) {
            assertThat(store.videoIdsWithSamples()).containsExactly("9bZkp7q19f0", "dQw4w9WgXcQ");
        }
    }
}
