package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.Json;
import io.viralscope.app.analytics.AnalyticsFixtures;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.viralscope.app.analytics.AnalyticsFixtures.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end: {@code analytics pull} from a WireMock token endpoint and {@code reports.query} into a real SQLite
 * store, then {@code report --format json} with the built-in plugins built by this build: the engagement detector
 * reports shares per view of the owner analytics, with its 95% interval, and watch time per view.
 */
class AnalyticsReportIT {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path home;

    @Test
    void aReportOverAnalyticsSamplesShowsSharesPerViewWithItsInterval() throws Exception {
        YoutubeTestClock clock = new YoutubeTestClock(AnalyticsFixtures.PULL_TIME);
        Path config = AnalyticsFixtures.config(home, wm.baseUrl());
        AnalyticsFixtures.signIn(home, clock.instant());
        AnalyticsFixtures.stubRefresh(wm);
        AnalyticsFixtures.stubReports(wm, VIDEO, AnalyticsFixtures.body(AnalyticsFixtures.DAILY));
        String plugins = System.getProperty("viralscope.test.plugins");
        assertThat(plugins).as("failsafe sets viralscope.test.plugins to the built plugin jars").isNotNull();
        List<String> common = List.of("--config", config.toString(), "--db", home.resolve("owner.db").toString(),
                "--plugins-dir", plugins);

        YoutubeCli.Result pull = YoutubeCli.run(clock, Map.of(), home, common, "analytics", "pull", "--video", VIDEO);
        assertThat(pull.exit()).as(pull.err()).isZero();

        Path report = home.resolve("report.json");
        YoutubeCli.Result r = YoutubeCli.run(clock, Map.of(), home, common, "report", "--format", "json", "--out",
                report.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        JsonNode video = Json.MAPPER.readTree(Files.readString(report)).path("videos").path(0);
        assertThat(video.path("video_id").asText()).isEqualTo(VIDEO);
        JsonNode engagement = null;
        for (JsonNode d : video.path("detections")) {
            if (d.path("detector").asText().equals("engagement")) {
                engagement = d;
            }
        }
        assertThat(engagement).as("engagement detection in " + video).isNotNull();
        JsonNode m = engagement.path("metrics");
        // 553 shares of 74,417 views, all from the analytics samples
        assertThat(m.path("shares_per_view").asDouble()).isCloseTo(553.0 / 74_417, within(1e-6));
        assertThat(m.path("shares_per_view_low").asDouble()).isBetween(0.0068, 553.0 / 74_417);
        assertThat(m.path("shares_per_view_high").asDouble()).isBetween(553.0 / 74_417, 0.0081);
        // 227,919 minutes watched over the 74,417 views
        assertThat(m.path("watch_minutes_per_view").asDouble()).isCloseTo(227_919.0 / 74_417, within(1e-3));
        assertThat(engagement.path("summary").asText()).endsWith("; 3.1 minutes watched per view.");
        assertThat(video.path("sample_sources").toString()).isEqualTo("{\"analytics\":15}");
    }
}
