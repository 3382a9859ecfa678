package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.youtube.YoutubeFakeApi;
import io.viralscope.app.youtube.YoutubeFixtures;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope poll} in-process against WireMock: the sentences users see and the exit codes. */
class PollCommandTest {

    static final String KEY = "AIzaCliSecretKey-0123456789-ABCDEFGHIJK";
    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    static final YoutubeFakeApi FAKE = new YoutubeFakeApi(java.time.Clock.systemUTC(),
            (id, at) -> new YoutubeFakeApi.Counts(0, null, null));

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FAKE)).build();

    @TempDir
    Path home;

    YoutubeTestClock clock;
    Map<String, String> env = Map.of("YOUTUBE_API_KEY", KEY);

    @BeforeEach
    void setUp() {
        clock = new YoutubeTestClock(START);
        FAKE.clock(clock);
        FAKE.reset();
        FAKE.counts((id, at) -> new YoutubeFakeApi.Counts(1000 + Duration.between(START, at).toHours(), 7L, 2L));
    }

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, env, home, List.of("--db", home.resolve("v.db").toString(), "--plugins-dir",
                home.toString(), "--api-root", wm.baseUrl()), args);
    }

    void answerLikeYouTube() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
    }

    void answerError(int status, String fixture) {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(YoutubeFixtures.body(fixture))));
    }

    @Test
    void pollsTheTrackedVideosAndSaysWhatItDid() {
        answerLikeYouTube();
        assertThat(run("track", "add", "dQw4w9WgXcQ", "https://youtu.be/9bZkp7q19f0").exit()).isZero();

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                Polled 2 of 2 videos with 1 request: 2 new samples.
                Quota today: 1 of 10,000 units used, resets at 2026-11-26 08:00 UTC (midnight Pacific time).
                """);
        wm.verify(1, getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .withQueryParam("id", equalTo("9bZkp7q19f0,dQw4w9WgXcQ")).withQueryParam("key", equalTo(KEY)));
    }

    @Test
    void aSecondPollWithinTheMinimumIntervalAsksNothing() {
        answerLikeYouTube();
        run("track", "add", "dQw4w9WgXcQ");
        run("poll");
        clock.advance(Duration.ofMinutes(1));

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Polled 0 of 1 video with 0 requests: 0 new samples, 1 skipped (fetched"
                + " within the minimum poll interval).\n");
        assertThat(FAKE.requests).hasSize(1);
    }

    @Test
    void withNothingTrackedItSaysHowToTrack() {
        run("track", "add", "dQw4w9WgXcQ");
        run("track", "remove", "dQw4w9WgXcQ");

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No video is tracked; add one with 'viralscope track add ID|URL'.\n");
    }

    @Test
    void withoutAKeyItSaysWhereToPutOne() {
        run("track", "add", "dQw4w9WgXcQ");
        env = Map.of();

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("No YouTube API key is set; set the YOUTUBE_API_KEY environment variable, or"
                + " name a file holding the key in youtube.key-file (docs/youtube.md shows how to get a key).\n");
    }

    @Test
    void theKeyCanComeFromTheConfiguredKeyFile() throws IOException {
        answerLikeYouTube();
        Path keyFile = Files.writeString(home.resolve("youtube.key"), "AIzaFromFile-0123456789\n");
        Path config = Files.writeString(home.resolve("c.yaml"), "youtube:\n  key-file: " + keyFile + "\n");
        env = Map.of();
        run("track", "add", "dQw4w9WgXcQ");

        YoutubeCli.Result r = run("--config", config.toString(), "poll");

        assertThat(r.exit()).isZero();
        wm.verify(getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .withQueryParam("key", equalTo("AIzaFromFile-0123456789")));
    }

    @Test
    void aMissingKeyFileIsBadConfiguration() throws IOException {
        Path config = Files.writeString(home.resolve("c.yaml"), "youtube:\n  key-file: " + home.resolve("nope.key")
                + "\n");
        run("track", "add", "dQw4w9WgXcQ");

        YoutubeCli.Result r = run("--config", config.toString(), "poll");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The key file " + home.resolve("nope.key") + " named by youtube.key-file does"
                + " not exist; create it with the API key on one line, or correct the path.\n");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "400|error-400-keyInvalid-legacy-format.json|YouTube rejected the API key as not valid; check that the"
                    + " YOUTUBE_API_KEY environment variable holds the key shown in the Google Cloud console under"
                    + " APIs & Services > Credentials.",
            "400|error-400-keyInvalid-API_KEY_INVALID-constructed.json|YouTube rejected the API key as not valid;"
                    + " check that the YOUTUBE_API_KEY environment variable holds the key shown in the Google Cloud"
                    + " console under APIs & Services > Credentials.",
            "403|error-403-accessNotConfigured-SERVICE_DISABLED.json|The YouTube Data API v3 is not enabled in the"
                    + " API key's Google Cloud project; enable it under APIs & Services > Library, wait a few"
                    + " minutes, and poll again.",
            "403|error-403-accessNotConfigured-legacy-2020.json|The YouTube Data API v3 is not enabled in the API"
                    + " key's Google Cloud project; enable it under APIs & Services > Library, wait a few minutes,"
                    + " and poll again.",
            "403|error-403-forbidden-API_KEY_SERVICE_BLOCKED.json|The API key is not allowed to call the YouTube"
                    + " Data API v3 from here (forbidden: API_KEY_SERVICE_BLOCKED); in the Google Cloud console, add"
                    + " YouTube Data API v3 to the key's API restrictions and allow this machine, or use another"
                    + " key.",
            "403|error-403-quotaExceeded.json|YouTube says the API key's daily quota is used up; polling can resume"
                    + " after the quota reset at midnight Pacific time (2026-11-26 08:00 UTC).",
            "403|error-403-dailyLimitExceeded-legacy-2017.json|YouTube says the API key's daily quota is used up;"
                    + " polling can resume after the quota reset at midnight Pacific time (2026-11-26 08:00 UTC).",
            "503|error-503-backendError.json|YouTube answered HTTP 503 (backendError) 5 attempts in a row; what was"
                    + " fetched is stored; poll again later.",
            "429|error-429-rateLimitExceeded-RESOURCE_EXHAUSTED-constructed.json|YouTube still answered"
                    + " rateLimitExceeded after 5 attempts; what was fetched is stored; poll again in a few minutes,"
                    + " or lower youtube.parallel-requests."})
    void everyApiFailureEndsWithOneSentenceAndExitThree(int status, String fixture, String sentence) {
        answerError(status, fixture);
        run("track", "add", "dQw4w9WgXcQ");

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(sentence + "\n");
        assertThat(r.all()).doesNotContain(KEY);
    }

    @Test
    void afterQuotaExceededNoRequestIsSentUntilTheReset() {
        answerError(403, "error-403-quotaExceeded.json");
        run("track", "add", "dQw4w9WgXcQ");
        run("poll");
        clock.advance(Duration.ofHours(2));

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("YouTube says the API key's daily quota is used up;");
        wm.verify(1, getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)));
        assertThat(run("quota").out()).contains("YouTube reported the key's quota used up at 2026-11-25 10:00 UTC");
    }

    @Test
    void anUnreachableApiRootIsNamed() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run("track", "add", "dQw4w9WgXcQ");
        List<String> args = List.of("--db", home.resolve("v.db").toString(), "--api-root", "http://localhost:" + port,
                "poll");

        YoutubeCli.Result r = YoutubeCli.run(clock, env, home, args.toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("Could not reach the YouTube API at http://localhost:" + port + "/ (connection"
                + " refused) after 5 attempts; check the network connection and --api-root (youtube.root-url).\n");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedAndTheStoreStaysConsistent() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(200)
                .withBody("<!doctype html><title>Sign in to the Wi-Fi</title>")));
        run("track", "add", "dQw4w9WgXcQ");

        YoutubeCli.Result r = run("poll");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("The server at " + wm.baseUrl() + "/ answered videos.list with something that"
                + " is not a YouTube API response (not JSON); check that --api-root (youtube.root-url) points to the"
                + " YouTube Data API.\n");
        YoutubeCli.Result list = run("track", "list");
        assertThat(list.out()).contains("dQw4w9WgXcQ  active").contains("      0  none yet");
    }

    @Test
    void theKeyNeverAppearsInOutputStoreOrReports() throws IOException {
        answerLikeYouTube();
        StringBuilder seen = new StringBuilder();
        seen.append(run("track", "add", "dQw4w9WgXcQ", "9bZkp7q19f0").all());
        seen.append(run("poll").all());
        clock.advance(Duration.ofHours(1));
        FAKE.unknown.add("9bZkp7q19f0");
        seen.append(run("poll").all());
        clock.advance(Duration.ofHours(1));
        answerError(400, "error-400-keyInvalid-API_KEY_INVALID-constructed.json");
        seen.append(run("poll").all());
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\": {\"message\": \"echo " + KEY + "\"}}")));
        clock.advance(Duration.ofHours(1));
        seen.append(run("poll").all());
        seen.append(run("track", "list").all());
        seen.append(run("quota").all());
        Path report = home.resolve("report.json");
        seen.append(run("report", "--format", "json", "--out", report.toString()).all());

        assertThat(seen.toString()).contains("Polled").doesNotContain(KEY);
        assertThat(Files.readString(report)).doesNotContain(KEY);
        try (Stream<Path> files = Files.list(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(KEY);
            }
        }
    }

    @Test
    void apiSamplesPastTheRetentionArePurgedAtEachPoll() {
        answerLikeYouTube();
        run("track", "add", "dQw4w9WgXcQ");
        run("poll");
        clock.advance(Duration.ofDays(31));

        YoutubeCli.Result r = run("poll");

        assertThat(r.out()).startsWith("Purged 1 API samples stored more than 30 days ago (YouTube API policy"
                + " III.E.4).\nPolled 1 of 1 video with 1 request: 1 new sample.\n");
    }
}
