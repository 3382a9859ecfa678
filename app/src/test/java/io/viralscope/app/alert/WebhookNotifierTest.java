package io.viralscope.app.alert;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookNotifierTest {

    private WireMockServer server;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Breakout breakout = new Breakout("dQw4w9WgXcQ", "<b>Title</b>", Instant.parse("2026-11-25T12:00:00Z"),
            Instant.parse("2026-11-25T06:00:00Z"), List.of("mechanism: the dynamics are endogenous-critical."));

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    // the pauses the notifier asked for, none of them waited for real
    private final List<Duration> pauses = new java.util.ArrayList<>();

    private WebhookNotifier notifier(int retries) {
        return new WebhookNotifier(URI.create(server.baseUrl() + "/hook"), retries, Duration.ofMillis(10),
                pauses::add, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void postsTheAlertAsJson() {
        server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        assertThat(notifier(3).post(breakout)).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo("/hook")).withRequestBody(equalToJson("""
                {"schema": "viralscope.breakout/1", "video_id": "dQw4w9WgXcQ", "title": "<b>Title</b>",
                 "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "detected_at": "2026-11-25T12:00:00Z",
                 "data_until": "2026-11-25T06:00:00Z",
                 "reasons": ["mechanism: the dynamics are endogenous-critical."]}""")));
    }

    @Test
    void retriesAfterAServerErrorThenSucceeds() {
        server.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        assertThat(notifier(3).post(breakout)).isTrue();
        server.verify(2, postRequestedFor(urlEqualTo("/hook")));
    }

    @Test
    void aFailingWebhookIsRetriedABoundedNumberOfTimesAndReported() {
        server.stubFor(post("/hook").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(notifier(2).post(breakout)).isFalse();
        server.verify(3, postRequestedFor(urlEqualTo("/hook")));
        assertThat(pauses).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("The breakout alert for dQw4w9WgXcQ could not"
                + " be posted to the webhook localhost after 3 attempts (").endsWith("); check alerts.webhook-url."
                + " Polling and reports go on.\n");
    }
}
