package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.YoutubeFakeApi;
import io.viralscope.app.youtube.YoutubeFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** A {@code poll} process killed (SIGKILL) in the middle of a round loses no committed sample and duplicates none. */
class PollKillIT {

    static final String KEY = "AIzaKillTestKey-0123456789";
    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(4242, 42L, 4L));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path dir;

    @Test
    void aKilledPollLosesNoCommittedSampleAndWritesNoDuplicate() throws Exception {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        FAKE.reset();
        FAKE.delayByRequest = n -> n == 2 ? 20_000 : 0; // the third batch hangs until the process is killed
        Path db = dir.resolve("kill.db");
        Path config = Files.writeString(dir.resolve("c.yaml"), "youtube:\n  parallel-requests: 1\n");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            ids.add(String.format("kill%07d", i));
        }
        List<String> track = new ArrayList<>(List.of("--db", db.toString(), "track", "add"));
        track.addAll(ids);
        assertThat(YoutubeCli.run(Clock.systemUTC(), Map.of(), dir, track.toArray(String[]::new)).exit()).isZero();

        Process p = YoutubeJar.start(dir, Map.of("YOUTUBE_API_KEY", KEY), "--config", config.toString(), "--db",
                db.toString(), "--api-root", wm.baseUrl(), "poll");
        YoutubeJar.await(Duration.ofSeconds(60), "the third request is under way", () -> FAKE.requests.size() >= 3);
        YoutubeJar.await(Duration.ofSeconds(10), "two batches are committed", () -> samples(db) == 100);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();

        assertThat(samples(db)).isEqualTo(100);
        assertThat(YoutubeJar.out(dir) + YoutubeJar.err(dir)).doesNotContain(KEY);
        FAKE.delayByRequest = n -> 0;
        YoutubeCli.Result again = YoutubeCli.run(Clock.systemUTC(), Map.of("YOUTUBE_API_KEY", KEY), dir,
                "--config", config.toString(), "--db", db.toString(), "--api-root", wm.baseUrl(), "poll");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Polled 150 of 250 videos with 3 requests: 150 new samples, 100 skipped"
                + " (fetched within the minimum poll interval).\n");
        try (Store store = Store.open(db, Clock.systemUTC())) {
            assertThat(store.query("SELECT COUNT(*), COUNT(DISTINCT video_id) FROM samples",
                    rs -> rs.getInt(1) + "/" + rs.getInt(2))).containsExactly("250/250");
            assertThat(store.query("SELECT COUNT(*) FROM videos WHERE claimed_by IS NOT NULL",
                    rs -> rs.getInt(1))).containsExactly(0);
        }
    }

    private static int samples(Path db) {
        try (Store store = Store.open(db, Clock.systemUTC())) {
            return store.query("SELECT COUNT(*) FROM samples", rs -> rs.getInt(1)).get(0);
        }
    }
}
