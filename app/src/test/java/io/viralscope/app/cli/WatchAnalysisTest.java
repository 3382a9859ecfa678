package io.viralscope.app.cli;

import io.viralscope.api.Detection;
import io.viralscope.api.Sample;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** During watch only changed videos are re-analysed; the result cache answers for the rest. */
class WatchAnalysisTest {

    @TempDir
    Path dir;


    @Test
    void unchangedSeriesComeFromTheCacheAndChangedOnesAreComputed() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T10:00:00Z"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TestDetectors.Scripted detector = new TestDetectors.Scripted("counting",
                (d, series) -> Detection.ok(d).summary("Seen " + series.size() + " samples.").build());
        try (Store store = Store.open(dir.resolve("a.db"), clock);
             WatchAnalysis analysis = WatchAnalysis.of(List.of(detector), store, new ConfigLoader(dir).load(null),
                     new PrintStream(bytes, true, StandardCharsets.UTF_8), clock)) {
            Instant t = clock.instant();
            store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(t, 1), "api"),
                    new NewSample("9bZkp7q19f0", Sample.ofViews(t, 2), "api")));

            analysis.analyse(Set.of("dQw4w9WgXcQ", "9bZkp7q19f0"));
            analysis.analyse(Set.of("dQw4w9WgXcQ"));
            store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(t.plusSeconds(3600), 5),
                    "api")));
            analysis.analyse(Set.of("dQw4w9WgXcQ"));

            assertThat(detector.calls).hasValue(3);
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                      analysed 2 changed videos: 2 detections computed, 0 from the cache.
                      analysed 1 changed video: 0 detections computed, 1 from the cache.
                      analysed 1 changed video: 1 detection computed, 0 from the cache.
                    """);
        }
    }

    /** A stand-in for the mechanism detector that always finds critical dynamics. */
    /** Always finds an endogenous-critical burst peaking on the last sample. */
    private static TestDetectors.Scripted criticalMechanism() {
        return new TestDetectors.Scripted("mechanism", (d, series) -> Detection.ok(d).summary("Critical.")
                .metric("class", "endogenous-critical").metric("branching_ratio", 0.98)
                .event("peak", series.lastAt().orElseThrow(), 1, "peak")
                .breakout(io.viralscope.api.BreakoutSignal.Kind.CRITICAL_BURST, series.lastAt().orElseThrow(),
                        "the dynamics are endogenous-critical (branching ratio 0.98), a cascade that feeds itself.")
                .build());
    }


    @Test
    void aVideoTurningCriticalAlertsOnceAndIsPostedToTheWebhook() throws java.io.IOException {
        com.github.tomakehurst.wiremock.WireMockServer hook = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort());
        hook.start();
        try {
            hook.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/hook")
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
            Path config = dir.resolve("c.yaml");
            java.nio.file.Files.writeString(config, "alerts:\n  webhook-url: " + hook.baseUrl() + "/hook\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T10:00:00Z"));
            try (Store store = Store.open(dir.resolve("b.db"), clock);
                 WatchAnalysis analysis = WatchAnalysis.of(List.of(criticalMechanism()), store,
                         new ConfigLoader(dir).load(config), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                         clock)) {
                Instant t = clock.instant();
                store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(t, 1), "api")));
                analysis.analyse(Set.of("dQw4w9WgXcQ"));
                store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(t.plusSeconds(60), 9),
                        "api")));
                analysis.analyse(Set.of("dQw4w9WgXcQ"));
            }
            String printed = bytes.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("Breakout: dQw4w9WgXcQ");
            assertThat(printed.indexOf("Breakout:")).isEqualTo(printed.lastIndexOf("Breakout:"));
            hook.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/hook")));
        } finally {
            hook.stop();
        }
    }
}
