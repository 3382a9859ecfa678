package io.viralscope.app.alert;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class BreakoutAnnouncerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private WireMockServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private BreakoutAnnouncer announcer() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new BreakoutAnnouncer(print, new WebhookNotifier(URI.create(server.baseUrl() + "/hook"), 1,
                Duration.ofMillis(10), d -> { }, print));
    }

    private static Breakout breakout(String id, Instant dataUntil) {
        return new Breakout(id, "Title " + id, NOW, dataUntil, List.of("mechanism: the dynamics are critical."));
    }

    @Test
    void aBreakoutInFreshDataIsPrintedAndPosted() {
        announcer().announce(List.of(breakout("freshVideo1", NOW.minus(Duration.ofHours(20)))), NOW);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Breakout: freshVideo1 \"Title freshVideo1\" — mechanism: the dynamics are critical.\n");
        server.verify(1, postRequestedFor(urlEqualTo("/hook"))
                .withRequestBody(matchingJsonPath("$.data_until", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("2026-11-24T16:00:00Z"))));
    }

    @Test
    void aBreakoutInOldDataIsPrintedWithItsDateButNotPosted() {
        announcer().announce(List.of(breakout("staleVideo1", Instant.parse("2026-10-29T00:00:00Z"))), NOW);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Breakout: staleVideo1 \"Title staleVideo1\" "
                + "(data until 2026-10-29, 27 days ago; not posted, as it is not news) — mechanism: the dynamics "
                + "are critical.\n");
        server.verify(0, postRequestedFor(urlEqualTo("/hook")));
    }

    @Test
    void printingOnlySaysNothingAboutPosting() {
        BreakoutAnnouncer.printingOnly(new PrintStream(out, true, StandardCharsets.UTF_8))
                .announce(List.of(breakout("staleVideo2", Instant.parse("2026-10-29T00:00:00Z"))), NOW);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Breakout: staleVideo2 \"Title staleVideo2\" "
                + "(data until 2026-10-29, 27 days ago) — mechanism: the dynamics are critical.\n");
    }

    @Test
    void aHostileTitleIsPrintedOnOneSafeBoundedLine() {
        String hostile = "\u001b[2J\u001b]0;owned\u0007Fake\rsafe \u202Etxt.exe" + "x".repeat(200_000);
        BreakoutAnnouncer.printingOnly(new PrintStream(out, true, StandardCharsets.UTF_8)).announce(List.of(
                new Breakout("hostileVid1", hostile, NOW, NOW, List.of("mechanism:\u001b[31m critical."))), NOW);
        String line = out.toString(StandardCharsets.UTF_8);
        assertThat(line).doesNotContain("\u001b", "\u0007", "\r", "\u202E").hasLineCount(1);
        assertThat(line).startsWith("Breakout: hostileVid1 \"[2J ]0;owned Fake safe  txt.exexxx")
                .endsWith("xx…\" — mechanism: [31m critical.\n");
        assertThat(line.length()).isLessThan(200);
    }

    @Test
    void manyBreakoutsInOldDataAreCountedAfterTheFirstTenWhileFreshOnesAreAllPrinted() {
        List<Breakout> many = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            many.add(breakout("staleVid%03d".formatted(i), Instant.parse("2026-10-29T00:00:00Z")));
        }
        many.add(breakout("freshVideo9", NOW.minus(Duration.ofHours(2))));
        BreakoutAnnouncer.printingOnly(new PrintStream(out, true, StandardCharsets.UTF_8)).announce(many, NOW);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(9)).startsWith("Breakout: staleVid009 ");
        assertThat(lines.get(10)).startsWith("Breakout: freshVideo9 ");
        assertThat(lines.get(11)).isEqualTo("… and 3 more breakouts in data that is not recent; the report marks"
                + " every one.");
    }
}
