package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.Json;
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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: {@code watch} follows a WireMock "YouTube" whose counts grow along a logistic curve over 20 simulated
 * days, with the built-in detector plugins built by this build (failsafe's {@code viralscope.test.plugins}); the
 * report then finds the growth curve ({@code growth-curve} status {@code ok}).
 */
class WatchReportIT {

    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    static final String VIDEO = "dQw4w9WgXcQ";
    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(java.time.Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(0, null, null));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path dir;

    @Test
    void watchingAGrowingVideoGivesAReportWithItsGrowthCurve() throws Exception {
        YoutubeTestClock clock = new YoutubeTestClock(START);
        FAKE.clock(clock);
        FAKE.reset();
        FAKE.published.put(VIDEO, START.minus(Duration.ofHours(2)));
        // logistic growth: 1,000,000 views at saturation, inflection on day 8, rate 0.6 a day
        FAKE.counts((id, at) -> {
            double days = Duration.between(START, at).toMinutes() / 1440.0;
            long views = Math.round(1_000_000 / (1 + Math.exp(-0.6 * (days - 8))));
            return new YoutubeFakeApi.Counts(views, views / 50, views / 400);
        });
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
        String plugins = System.getProperty("viralscope.test.plugins");
        assertThat(plugins).as("failsafe sets viralscope.test.plugins to the built plugin jars").isNotNull();
        List<String> common = List.of("--db", dir.resolve("e2e.db").toString(), "--plugins-dir", plugins,
                "--api-root", wm.baseUrl());
        Map<String, String> env = Map.of("YOUTUBE_API_KEY", "AIzaEndToEnd-0123456789");

        assertThat(YoutubeCli.run(clock, env, dir, common, "track", "add", VIDEO).exit()).isZero();
        YoutubeCli.Result watch = YoutubeCli.run(clock, env, dir, common, "watch", "--every", "2h", "--for",
                "20d");
        assertThat(watch.exit()).as(watch.err()).isZero();
        assertThat(watch.out()).startsWith("Plan: 1 video — 1 rising every 2h,").contains("  analysed 1 changed"
                + " video: ");

        Path report = dir.resolve("report.json");
        YoutubeCli.Result r = YoutubeCli.run(clock, env, dir, common, "report", "--format", "json", "--out",
                report.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        JsonNode video = Json.MAPPER.readTree(Files.readString(report)).path("videos").path(0);
        assertThat(video.path("video_id").asText()).isEqualTo(VIDEO);
        assertThat(video.path("sample_count").asInt()).isGreaterThan(40);
        JsonNode growth = null;
        for (JsonNode d : video.path("detections")) {
            if (d.path("detector").asText().equals("growth-curve")) {
                growth = d;
            }
        }
        assertThat(growth).as("the growth-curve detection is in the report: " + video).isNotNull();
        assertThat(growth.path("status").asText()).as(growth.toString()).isEqualTo("ok");
    }
}
