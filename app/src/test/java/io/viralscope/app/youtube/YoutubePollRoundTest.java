package io.viralscope.app.youtube;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.TrackedVideo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** One polling round against WireMock: batching, storage, unavailable videos, retries, quota, ETags. */
class YoutubePollRoundTest extends YoutubePollTestBase {

    private void failFirst(int times, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("faults")
                    .whenScenarioStateIs(state).willReturn(failure).willSetStateTo("failed " + i));
            state = "failed " + i;
        }
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("faults").whenScenarioStateIs(state)
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(YoutubeFixtures.body(fixture));
    }

    @Test
    void pollsInBatchesOfFiftyAndStoresEverySampleWithItsMetadata() {
        answerLikeYouTube();
        tracking.track(ids(120));
        fake.published.put("vid00000007", Instant.parse("2026-11-20T08:00:00Z"));

        PollOutcome o = round(settings(10_000, 4, 3)).run(ids(120));

        assertThat(fake.requests).extracting(List::size).containsExactlyInAnyOrder(50, 50, 20);
        assertThat(fake.requestedIds()).containsExactlyInAnyOrderElementsOf(ids(120));
        assertThat(o.calls()).isEqualTo(3);
        assertThat(o.fetched()).isEqualTo(120);
        assertThat(o.samplesAdded()).isEqualTo(120);
        assertThat(o.failure()).isNull();
        assertThat(o.changed()).hasSize(120);
        assertThat(store.series("vid00000007").samples()).containsExactly(new Sample(START, 1000, 10L, 1L, null));
        TrackedVideo v = tracking.tracked("vid00000007").orElseThrow();
        assertThat(v.title()).isEqualTo("Video vid00000007");
        assertThat(v.publishedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(v.lastFetchedAt()).isEqualTo(START);
        assertThat(ledger(10_000).usage().unitsUsed()).isEqualTo(3);
        assertThat(store.query("SELECT DISTINCT source FROM samples", rs -> rs.getString(1))).containsExactly("api");
    }

    @Test
    void idsMissingFromItemsAreMarkedUnavailableWithTheirHistoryKeptAndComeBack() {
        answerLikeYouTube();
        tracking.track(ids(3));
        round(settings(10_000, 1, 3)).run(ids(3));

        clock.advance(Duration.ofHours(1));
        fake.unknown.add("vid00000001");
        PollOutcome gone = round(settings(10_000, 1, 3)).run(ids(3));

        assertThat(gone.newlyUnavailable()).containsExactly("vid00000001");
        assertThat(gone.samplesAdded()).isEqualTo(2);
        TrackedVideo v = tracking.tracked("vid00000001").orElseThrow();
        assertThat(v.unavailableSince()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(store.series("vid00000001").samples()).hasSize(1); // history kept

        clock.advance(Duration.ofHours(1));
        fake.unknown.clear();
        PollOutcome back = round(settings(10_000, 1, 3)).run(ids(3));

        assertThat(back.reappeared()).containsExactly("vid00000001");
        assertThat(tracking.tracked("vid00000001").orElseThrow().unavailableSince()).isNull();
        assertThat(store.series("vid00000001").samples()).hasSize(2);
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffAndJitterThenSucceed() {
        failFirst(2, error(503, "error-503-backendError.json"));
        tracking.track(ids(2));

        PollOutcome o = round(settings(10_000, 1, 5)).run(ids(2));

        assertThat(o.failure()).isNull();
        assertThat(o.calls()).isEqualTo(3);
        assertThat(o.samplesAdded()).isEqualTo(2);
        assertThat(clock.sleeps()).hasSize(2);
        assertThat(clock.sleeps().get(0)).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500));
        assertThat(clock.sleeps().get(1)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(ledger(10_000).usage().unitsUsed()).isEqualTo(3); // every attempt costs its unit
    }

    @Test
    void aRateLimitBacksOffAtLeastThirtySeconds() {
        failFirst(1, error(429, "error-429-rateLimitExceeded-RESOURCE_EXHAUSTED-constructed.json"));
        tracking.track(ids(1));

        PollOutcome o = round(settings(10_000, 1, 5)).run(ids(1));

        assertThat(o.failure()).isNull();
        assertThat(clock.sleeps()).singleElement().satisfies(d ->
                assertThat(d).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(45)));
    }

    @Test
    void aTimeoutThenSuccessLosesNothing() {
        failFirst(1, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(YoutubeFixtures.body("videos-list_empty-items_unknown-id-constructed.json"))
                .withFixedDelay(3000));
        tracking.track(ids(1));
        Settings.YouTube s = settings(10_000, 1, 3);
        Settings.YouTube fast = new Settings.YouTube(s.rootUrl(), null, s.dailyQuota(), s.minPollInterval(),
                Duration.ofMillis(300), 1, s.retry(), s.watchEvery(), 30, "");

        PollOutcome o = round(fast).run(ids(1));

        assertThat(o.failure()).isNull();
        assertThat(o.calls()).isEqualTo(2);
        assertThat(o.samplesAdded()).isEqualTo(1);
    }

    @Test
    void aConnectionResetThenSuccessLosesNothing() {
        failFirst(1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        tracking.track(ids(60));

        PollOutcome o = round(settings(10_000, 1, 3)).run(ids(60));

        assertThat(o.failure()).isNull();
        assertThat(o.calls()).isEqualTo(3);
        assertThat(o.samplesAdded()).isEqualTo(60);
    }

    @Test
    void retriesStopAfterTheConfiguredAttemptsAndTheClaimIsReleased() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(error(500,
                "error-500-backendError-analytics-api.json")));
        tracking.track(ids(2));

        PollOutcome o = round(settings(10_000, 1, 3)).run(ids(2));

        assertThat(o.failure().problem()).isEqualTo(ApiProblem.SERVER_ERROR);
        assertThat(o.failure().attempts()).isEqualTo(3);
        assertThat(o.notPolled()).isEqualTo(2);
        assertThat(store.videoIdsWithSamples()).isEmpty();
        assertThat(tracking.claim(ids(2), clock.instant(), Duration.ofMinutes(5), 1)).containsExactlyElementsOf(ids(2));
    }

    @Test
    void aBodyThatIsNotJsonStopsTheRoundAndKeepsWhatWasStored() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("bad").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)).willSetStateTo("broken"));
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("bad").whenScenarioStateIs("broken")
                .willReturn(aResponse().withStatus(200).withBody("<html>captive portal</html>")));
        tracking.track(ids(150));

        PollOutcome o = round(settings(10_000, 1, 5)).run(ids(150));

        assertThat(o.failure().problem()).isEqualTo(ApiProblem.NOT_AN_API_RESPONSE);
        assertThat(o.calls()).isEqualTo(2); // not retried, third batch not sent
        assertThat(o.samplesAdded()).isEqualTo(50);
        assertThat(o.notPolled()).isEqualTo(100);
        assertThat(store.videoIdsWithSamples()).hasSize(50);
    }

    @Test
    void quotaExceededStopsTheRoundUntilThePacificMidnightReset() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("quota").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)).willSetStateTo("spent"));
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).inScenario("quota").whenScenarioStateIs("spent")
                .willReturn(error(403, "error-403-quotaExceeded.json")));
        tracking.track(ids(150));

        PollOutcome o = round(settings(10_000, 1, 5)).run(ids(150));

        assertThat(o.failure().problem()).isEqualTo(ApiProblem.QUOTA_EXCEEDED);
        assertThat(o.calls()).isEqualTo(2);
        assertThat(o.samplesAdded()).isEqualTo(50);
        assertThat(clock.sleeps()).isEmpty(); // no retry of a spent quota
        assertThat(ledger(10_000).usage().exhaustedAt()).isEqualTo(START);

        clock.advance(Duration.ofHours(4));
        PollOutcome later = round(settings(10_000, 1, 5)).run(ids(150));
        assertThat(later.calls()).isZero();
        assertThat(later.failure().problem()).isEqualTo(ApiProblem.QUOTA_EXCEEDED);
        wm.verify(2, getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)));

        // 2026-11-26 00:00 PST is 08:00 UTC
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-26T08:00:00Z")));
        wm.setScenarioState("quota", Scenario.STARTED);
        PollOutcome nextDay = round(settings(10_000, 1, 5)).run(ids(150));
        assertThat(nextDay.calls()).isGreaterThan(0);
        assertThat(nextDay.samplesAdded()).isEqualTo(50);
    }

    @Test
    void theDailyBudgetIsNeverExceeded() {
        answerLikeYouTube();
        tracking.track(ids(150));

        PollOutcome o = round(settings(2, 4, 5)).run(ids(150));

        assertThat(o.calls()).isEqualTo(2);
        assertThat(o.samplesAdded()).isEqualTo(100);
        assertThat(o.failure().problem()).isEqualTo(ApiProblem.BUDGET_SPENT);
        assertThat(ledger(2).usage().unitsUsed()).isEqualTo(2);

        clock.advance(Duration.ofHours(1));
        assertThat(round(settings(2, 4, 5)).run(ids(150)).calls()).isZero();
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void aPermanentErrorStopsTheRoundAtOnce() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(error(400,
                "error-400-keyInvalid-API_KEY_INVALID-constructed.json")));
        tracking.track(ids(150));

        PollOutcome o = round(settings(10_000, 1, 5)).run(ids(150));

        assertThat(o.failure().problem()).isEqualTo(ApiProblem.KEY_INVALID);
        assertThat(o.calls()).isEqualTo(1);
        assertThat(o.notPolled()).isEqualTo(150);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void theEtagIsSentBackAndANotModifiedAnswerStoresTheUnchangedCounts() {
        answerLikeYouTube();
        fake.counts((id, at) -> new YoutubeFakeApi.Counts(500, null, 3L));
        tracking.track(ids(2));
        round(settings(10_000, 1, 3)).run(ids(2));
        String etag = tracking.etag(PollRound.batchKey(ids(2))).orElseThrow().etag();

        clock.advance(Duration.ofHours(1));
        PollOutcome o = round(settings(10_000, 1, 3)).run(ids(2));

        wm.verify(getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(etag)));
        assertThat(o.unchanged()).isEqualTo(2);
        assertThat(o.samplesAdded()).isEqualTo(2);
        VideoSeries s = store.series("vid00000000");
        assertThat(s.samples()).containsExactly(new Sample(START, 500, null, 3L, null),
                new Sample(START.plus(Duration.ofHours(1)), 500, null, 3L, null));

        clock.advance(Duration.ofHours(1));
        fake.counts((id, at) -> new YoutubeFakeApi.Counts(900, null, 3L));
        PollOutcome changed = round(settings(10_000, 1, 3)).run(ids(2));
        assertThat(changed.unchanged()).isZero();
        assertThat(store.series("vid00000000").last().orElseThrow().views()).isEqualTo(900);
    }

    @Test
    void theEtagIsNotSentWhenAVideoWasFetchedSinceInAnotherBatch() {
        answerLikeYouTube();
        tracking.track(ids(2));
        round(settings(10_000, 1, 3)).run(ids(2));
        clock.advance(Duration.ofHours(1));
        round(settings(10_000, 1, 3)).run(List.of("vid00000000")); // another batch, newer sample

        clock.advance(Duration.ofHours(1));
        round(settings(10_000, 1, 3)).run(ids(2));

        wm.verify(0, getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).withHeader("If-None-Match",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    }

    @Test
    void claimsOfProcessesThatAreGoneAreVoidAndLiveOnesAreRespected() {
        // on one machine only: on a shared server a claim names a run, not a process, and expires instead
        org.junit.jupiter.api.Assumptions.assumeTrue(store.dialect().claimsOfOneMachine());
        answerLikeYouTube();
        tracking.track(ids(4));
        long gone = deadPid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        tracking.claim(ids(2), clock.instant(), Duration.ofMinutes(5), gone);
        tracking.claim(List.of("vid00000002"), clock.instant(), Duration.ofMinutes(5), alive);

        PollOutcome o = round(settings(10_000, 1, 3)).run(ids(4));

        assertThat(o.fetched()).isEqualTo(3);
        assertThat(o.skippedRecent()).isEqualTo(1);
        assertThat(fake.requestedIds()).containsExactlyInAnyOrder("vid00000000", "vid00000001", "vid00000003");
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
