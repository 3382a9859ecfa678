package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.viralscope.app.analytics.AnalyticsFixtures;
import io.viralscope.app.analytics.AnalyticsStore;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.viralscope.app.analytics.AnalyticsFixtures.ACCESS_TOKEN;
import static io.viralscope.app.analytics.AnalyticsFixtures.CLIENT_SECRET;
import static io.viralscope.app.analytics.AnalyticsFixtures.DAILY;
import static io.viralscope.app.analytics.AnalyticsFixtures.OTHER_VIDEO;
import static io.viralscope.app.analytics.AnalyticsFixtures.REFRESH_TOKEN;
import static io.viralscope.app.analytics.AnalyticsFixtures.REPORTS_PATH;
import static io.viralscope.app.analytics.AnalyticsFixtures.TOKEN_PATH;
import static io.viralscope.app.analytics.AnalyticsFixtures.VIDEO;
import static io.viralscope.app.analytics.AnalyticsFixtures.body;
import static io.viralscope.app.analytics.AnalyticsFixtures.json;
import static io.viralscope.app.analytics.AnalyticsFixtures.reports;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code viralscope analytics pull} and {@code auth status|logout} in-process against a WireMock token endpoint and
 * {@code reports.query}: what is stored, the sentences users see, the exit codes, and that no secret shows anywhere.
 */
class AnalyticsPullCliTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path home;

    YoutubeTestClock clock;
    Path config;
    Path db;
    Map<String, String> env = Map.of();

    @BeforeEach
    void setUp() throws IOException {
        clock = new YoutubeTestClock(AnalyticsFixtures.PULL_TIME);
        config = AnalyticsFixtures.config(home, wm.baseUrl());
        db = home.resolve("v.db");
        AnalyticsFixtures.signIn(home, clock.instant());
        AnalyticsFixtures.stubRefresh(wm);
    }

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, env, home, List.of("--config", config.toString(), "--db", db.toString()), args);
    }

    @Test
    void aPullStoresExactCumulativeSamplesFromPublicationAndTheTrafficSources() {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));

        YoutubeCli.Result r = run("analytics", "pull", "--video", "https://youtu.be/" + VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Pulled owner analytics of 1 video: 14 days added, 0 revised by YouTube;"
                + " 15 samples added, 0 replaced; 4 traffic-source rows written.\n");
        try (Store store = Store.open(db, clock)) {
            var series = store.series(VIDEO);
            assertThat(series.samples()).hasSize(15);
            // the day before the first day ends at 0; each later sample is the running sum of the days
            assertThat(series.samples().get(0).views()).isZero();
            assertThat(series.samples().get(0).at()).hasToString("2026-09-01T07:00:00Z");
            assertThat(series.samples().get(14).views()).isEqualTo(74_417);
            assertThat(series.samples().get(14).shares()).isEqualTo(553);
            assertThat(series.samples().get(14).watchMinutes()).isEqualTo(227_919);
            assertThat(series.samples().get(14).at()).hasToString("2026-09-15T07:00:00Z");
            assertThat(store.query("SELECT source, COUNT(*) FROM samples GROUP BY source",
                    rs -> rs.getString(1) + "=" + rs.getInt(2))).containsExactly("analytics=15");
            assertThat(store.query("SELECT source, views FROM traffic_source_days WHERE day = '2026-09-10'"
                    + " ORDER BY source", rs -> rs.getString(1) + "=" + rs.getLong(2)))
                    .containsExactly("YouTube advertising=9000", "YouTube search=2291");
            assertThat(store.query("SELECT COUNT(*) FROM analytics_days WHERE provisional = 1",
                    rs -> rs.getInt(1))).containsExactly(3);
        }
        // from an unknown publication the pull asks from YouTube's first day; the API leaves out empty days
        wm.verify(getRequestedFor(urlPathEqualTo(REPORTS_PATH)).withQueryParam("dimensions", equalTo("day"))
                .withQueryParam("metrics", equalTo("views,likes,comments,shares,estimatedMinutesWatched,"
                        + "subscribersGained"))
                .withQueryParam("startDate", equalTo("2005-04-23")).withQueryParam("endDate", equalTo("2026-09-17"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void aRepeatedPullAddsNothing() {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        assertThat(run("analytics", "pull", "--video", VIDEO).exit()).isZero();

        wm.stubFor(reports(VIDEO, "day").withQueryParam("startDate", equalTo("2026-09-12")).atPriority(1)
                .willReturn(json(200, AnalyticsFixtures.from(body(DAILY), "2026-09-12"))));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").withQueryParam("startDate", equalTo("2026-09-12"))
                .atPriority(1).willReturn(json(200, AnalyticsFixtures.from(AnalyticsFixtures.TRAFFIC, "2026-09-12"))));

        YoutubeCli.Result again = run("analytics", "pull");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("Pulled owner analytics of 1 video: nothing new.\n");
        // the second pull starts at the first provisional day, anchored to what the store holds
        wm.verify(getRequestedFor(urlPathEqualTo(REPORTS_PATH)).withQueryParam("dimensions", equalTo("day"))
                .withQueryParam("startDate", equalTo("2026-09-12")));
    }

    @Test
    void aLaterPullReplacesARevisedProvisionalDayAndRecordsTheRevision() {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        assertThat(run("analytics", "pull", "--video", VIDEO).exit()).isZero();
        wm.resetAll();
        AnalyticsFixtures.stubRefresh(wm);
        AnalyticsFixtures.stubReports(wm, VIDEO, AnalyticsFixtures.from(
                AnalyticsFixtures.dailyWithRevisedDay("2026-09-13", 1300, 11), "2026-09-12"));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").willReturn(json(200,
                AnalyticsFixtures.from(AnalyticsFixtures.TRAFFIC, "2026-09-12"))));
        clock.advance(Duration.ofDays(1));

        YoutubeCli.Result r = run("analytics", "pull");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Pulled owner analytics of 1 video: 0 days added, 1 revised by YouTube;"
                + " 0 samples added, 2 replaced; 0 traffic-source rows written.\n");
        try (Store store = Store.open(db, clock)) {
            assertThat(store.query("SELECT day, old_views, new_views, old_shares, new_shares FROM analytics_revisions",
                    rs -> rs.getString(1) + " " + rs.getLong(2) + "->" + rs.getLong(3) + " " + rs.getLong(4) + "->"
                            + rs.getLong(5))).containsExactly("2026-09-13 1228->1300 8->11");
            var last = store.series(VIDEO).last().orElseThrow();
            assertThat(last.views()).isEqualTo(74_417 + 72);
            assertThat(last.shares()).isEqualTo(556);
        }
    }

    @Test
    void aVideoTheChannelDoesNotOwnIsNamedAndSkipped() {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        wm.stubFor(reports(OTHER_VIDEO, "day").willReturn(json(403,
                body("error-403-forbidden_video-not-owned_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", OTHER_VIDEO, "--video", VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Skipped " + OTHER_VIDEO + ": the channel \"Brand Channel\""
                + " (UCconstructedChannel00) does not own it (YouTube Analytics answered 403 forbidden).\n"
                + "Pulled owner analytics of 1 video: 14 days added, 0 revised by YouTube; 15 samples added,"
                + " 0 replaced; 4 traffic-source rows written.\n");
    }

    @Test
    void a401IsAnsweredByRefreshingTheTokenOnce() {
        wm.stubFor(reports(VIDEO, "day").inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(401, body("error-401-authError_constructed.json"))).willSetStateTo("refreshed"));
        wm.stubFor(reports(VIDEO, "day").inScenario("expired").whenScenarioStateIs("refreshed")
                .willReturn(json(200, body(DAILY))));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").willReturn(json(200, AnalyticsFixtures.TRAFFIC)));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("14 days added");
        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("refresh_token=" + REFRESH_TOKEN.replace("/", "%2F"))));
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void a401AfterARefreshMeansSigningInAgain() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(401, body("error-401-authError_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("YouTube refused the signed-in channel's access even with a new token"
                + " (HTTP 401, authError); run `viralscope auth login` to sign in again.\n");
    }

    @Test
    void a503IsRetriedAfterTheDataApisBackoff() {
        wm.stubFor(reports(VIDEO, "day").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(503, io.viralscope.app.youtube.YoutubeFixtures.body("error-503-backendError.json")))
                .willSetStateTo("up"));
        wm.stubFor(reports(VIDEO, "day").inScenario("busy").whenScenarioStateIs("up")
                .willReturn(json(200, body(DAILY))));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").willReturn(json(200, AnalyticsFixtures.TRAFFIC)));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("14 days added");
        // youtube.retry.first-backoff 1s, with up to 50% jitter
        assertThat(clock.sleeps()).hasSize(1);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
    }

    @Test
    void serverErrorsEveryTimeStopThePullWithTheDataApisSentence() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(503, "")));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("YouTube answered HTTP 503 5 attempts in a row for video " + VIDEO
                + "; what was pulled is stored; pull again later.\n");
        assertThat(clock.sleeps()).hasSize(4);
    }

    @Test
    void aQuotaErrorSaysWhenTheQuotaResets() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(403, "{\"error\": {\"code\": 403, \"message\": \"Quota"
                + " exceeded\", \"errors\": [{\"message\": \"Quota exceeded\", \"domain\": \"usageLimits\","
                + " \"reason\": \"quotaExceeded\"}]}}")));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("YouTube says the Analytics API quota of the OAuth client's project is used"
                + " up; what was pulled is stored; pull again after the quota reset at midnight Pacific time"
                + " (2026-09-18 07:00 UTC).\n");
    }

    @Test
    void theAnalyticsApiNotEnabledIsSaidPlainly() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(403,
                body("error-403-accessNotConfigured_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("The YouTube Analytics API is not enabled in the OAuth client's Google Cloud"
                + " project; enable it under APIs & Services > Library, wait a few minutes, and pull again.\n");
    }

    @Test
    void aRequestTheApiRefusesIsNamedWithItsReason() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(400, body("error-400-badRequest_filters_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("The server at " + wm.baseUrl() + "/ refused reports.query for video " + VIDEO
                + " with HTTP 400 (badRequest); check that youtube.analytics-root points to the YouTube Analytics"
                + " API.\n");
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void aMalformedBodyStopsThePullWithNothingOfTheVideoWritten() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(200, body(DAILY))));
        wm.stubFor(reports(VIDEO, "day,insightTrafficSourceType").willReturn(json(200,
                "{\"kind\": \"youtubeAnalytics#resultTable\", \"columnHeaders\": [], \"rows\": [[1]]}")));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("The server at " + wm.baseUrl() + "/ answered reports.query for video "
                + VIDEO + " with something that is not a YouTube Analytics result table (columns [] instead of"
                + " [day, insightTrafficSourceType, views]); nothing of that video was stored; check that"
                + " youtube.analytics-root points to the YouTube Analytics API.\n");
        try (Store store = Store.open(db, clock)) {
            assertThat(store.query("SELECT COUNT(*) FROM samples", rs -> rs.getInt(1))).containsExactly(0);
            assertThat(store.query("SELECT COUNT(*) FROM analytics_days", rs -> rs.getInt(1))).containsExactly(0);
            assertThat(store.query("SELECT COUNT(*) FROM traffic_source_days", rs -> rs.getInt(1)))
                    .containsExactly(0);
        }
    }

    @Test
    void noDataYetIsSaidAndNothingIsStored() {
        wm.stubFor(reports(VIDEO, "day").willReturn(json(200, body("reports-query_no-rows-key_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("No analytics for " + VIDEO + " from 2005-04-23 to 2026-09-17 yet (YouTube"
                + " reports days after two or three days).\nPulled owner analytics of 0 videos: nothing new.\n");
    }

    @Test
    void aLaterStartIsAnchoredToTheLifetimeTotalsBeforeIt() throws IOException {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        wm.stubFor(reports(VIDEO, null).willReturn(json(200, "{\"kind\": \"youtubeAnalytics#resultTable\","
                + " \"columnHeaders\": [" + String.join(",", List.of("views", "likes", "comments", "shares",
                "estimatedMinutesWatched", "subscribersGained").stream().map(m -> "{\"name\": \"" + m + "\","
                + " \"columnType\": \"METRIC\", \"dataType\": \"INTEGER\"}").toList()) + "],"
                + " \"rows\": [[50000, 2000, 100, 300, 150000, 40]]}")));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO, "--since", "2026-09-01");

        assertThat(r.exit()).as(r.err()).isZero();
        try (Store store = Store.open(db, clock)) {
            var series = store.series(VIDEO);
            assertThat(series.samples().get(0).views()).isEqualTo(50_000);
            assertThat(series.last().orElseThrow().views()).isEqualTo(50_000 + 74_417);
            assertThat(series.last().orElseThrow().shares()).isEqualTo(300 + 553);
        }
        wm.verify(getRequestedFor(urlPathEqualTo(REPORTS_PATH)).withQueryParam("dimensions",
                com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withQueryParam("startDate", equalTo("2005-04-23")).withQueryParam("endDate", equalTo("2026-08-31")));
    }

    @Test
    void aRevokedRefreshTokenMeansSigningInAgain() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(400,
                body("token_invalid_grant_constructed.json"))));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("Google refused the saved sign-in (HTTP 400, invalid_grant: it was revoked"
                + " or has expired); run `viralscope auth login` to sign in again.\n");
    }

    @Test
    void withoutASignInThePullSaysToSignIn() throws IOException {
        Files.delete(home.resolve(".viralscope/youtube-oauth.json"));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("No YouTube channel is signed in (there is no "
                + home.resolve(".viralscope/youtube-oauth.json") + "); run `viralscope auth login`, or on a server"
                + " set YOUTUBE_OAUTH_REFRESH_TOKEN with YOUTUBE_OAUTH_CLIENT_ID and YOUTUBE_OAUTH_CLIENT_SECRET"
                + " (docs/youtube.md).\n");
    }

    @Test
    void aSignInFileOthersCanReadIsRefused() throws IOException {
        Path file = home.resolve(".viralscope/youtube-oauth.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The sign-in file " + file + " can be read or changed by other users"
                + " (rw-r--r--), so Viralscope will not use it; run chmod 600 " + file + " if only you had access,"
                + " or delete it and run `viralscope auth login` again.\n");
    }

    @Test
    void onAServerTheEnvironmentGivesTheClientAndTheRefreshToken() throws IOException {
        Files.delete(home.resolve(".viralscope/youtube-oauth.json"));
        Files.writeString(config, Files.readString(config).replaceAll("  oauth-client-file: .*\n", ""));
        env = Map.of("YOUTUBE_OAUTH_CLIENT_ID", AnalyticsFixtures.CLIENT_ID, "YOUTUBE_OAUTH_CLIENT_SECRET",
                CLIENT_SECRET, "YOUTUBE_OAUTH_REFRESH_TOKEN", REFRESH_TOKEN);
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("14 days added");
        wm.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("client_secret="
                + CLIENT_SECRET)));
        assertThat(home.resolve(".viralscope/youtube-oauth.json")).doesNotExist();
        assertThat(run("auth", "status").out()).isEqualTo("Owner analytics use the refresh token in"
                + " YOUTUBE_OAUTH_REFRESH_TOKEN (with YOUTUBE_OAUTH_CLIENT_ID and YOUTUBE_OAUTH_CLIENT_SECRET); the"
                + " saved sign-in, if any, is not used while it is set.\n");
    }

    @Test
    void statusNamesTheChannelAndTheLastRefreshAndLogoutRevokesAndDeletes() {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        clock.advance(Duration.ofMinutes(30));
        assertThat(run("analytics", "pull", "--video", VIDEO).exit()).isZero();

        YoutubeCli.Result status = run("auth", "status");
        assertThat(status.out()).isEqualTo("Signed in as \"Brand Channel\" (UCconstructedChannel00) since"
                + " 2026-09-17 19:00 UTC; the access token was last refreshed 2026-09-17 19:30 UTC. The sign-in is"
                + " kept in " + home.resolve(".viralscope/youtube-oauth.json") + ".\n");

        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(200, "{}")));
        YoutubeCli.Result logout = run("auth", "logout");
        assertThat(logout.exit()).isZero();
        assertThat(logout.out()).isEqualTo("Revoked the sign-in of \"Brand Channel\" (UCconstructedChannel00) at"
                + " Google and deleted " + home.resolve(".viralscope/youtube-oauth.json") + ".\n");
        wm.verify(postRequestedFor(urlPathEqualTo("/revoke")).withRequestBody(equalTo("token="
                + REFRESH_TOKEN.replace("/", "%2F"))));
        assertThat(home.resolve(".viralscope/youtube-oauth.json")).doesNotExist();
        assertThat(run("auth", "status").out()).isEqualTo("No YouTube channel is signed in; run `viralscope auth"
                + " login`.\n");
    }

    @Test
    void noSecretReachesTheStoreTheReportsOrTheOutput() throws IOException {
        AnalyticsFixtures.stubReports(wm, VIDEO, body(DAILY));
        wm.stubFor(reports(OTHER_VIDEO, "day").willReturn(json(403,
                body("error-403-forbidden_video-not-owned_constructed.json"))));
        StringBuilder output = new StringBuilder();
        output.append(run("analytics", "pull", "--video", VIDEO, "--video", OTHER_VIDEO).all());
        output.append(run("auth", "status").all());
        Path plugins = Files.createDirectories(home.resolve("no-plugins"));
        for (String format : List.of("json", "csv", "html")) {
            Path out = home.resolve("report." + format);
            YoutubeCli.Result r = run("report", "--plugins-dir", plugins.toString(), "--format", format, "--out",
                    out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            output.append(r.all()).append(Files.readString(out));
        }
        wm.stubFor(reports(VIDEO, "day").willReturn(json(503, "")));
        output.append(run("analytics", "pull", "--video", VIDEO).all());
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(400,
                body("token_invalid_grant_constructed.json"))));
        clock.advance(Duration.ofHours(2));
        output.append(run("analytics", "pull", "--video", VIDEO).all());

        String store = new String(Files.readAllBytes(db), java.nio.charset.StandardCharsets.ISO_8859_1)
                + readIfExists(Path.of(db + "-wal"));
        for (String secret : List.of(REFRESH_TOKEN, CLIENT_SECRET, ACCESS_TOKEN)) {
            assertThat(output.toString()).as("output").doesNotContain(secret);
            assertThat(store).as("store").doesNotContain(secret);
        }
        assertThat(output.toString()).contains("does not own it", "YouTube answered HTTP 503",
                "run `viralscope auth login`");
    }

    private static String readIfExists(Path p) throws IOException {
        return Files.exists(p) ? new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1) : "";
    }
}
