package io.viralscope.app.youtube;

import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.TrackedVideo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The watch loop in simulated time: adaptive polling, re-analysis hand-off, stop, quota pauses, failures. */
class YoutubeWatchLoopTest extends YoutubePollTestBase {

    static final String YOUNG = "young000001";
    static final String FAST = "fastgrowth1";
    static final String FLAT = "flatoldie01";
    static final String GONE = "deletedvid1";

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final List<Set<String>> changes = new ArrayList<>();
    StopSignal stop = new StopSignal();

    void fourVideos() {
        answerLikeYouTube();
        fake.published.put(YOUNG, START.minus(Duration.ofHours(1)));
        fake.published.put(FAST, Instant.parse("2025-01-01T00:00:00Z"));
        fake.published.put(FLAT, Instant.parse("2025-01-01T00:00:00Z"));
        fake.unknown.add(GONE);
        fake.counts((id, at) -> {
            double hours = Duration.between(START, at).toMinutes() / 60.0;
            long views = switch (id) {
                case FAST -> (long) (10_000 * Math.pow(2, hours / 24)); // doubles every day
                case YOUNG -> (long) (100 + 50 * hours);
                default -> 5_000; // flat
            };
            return new YoutubeFakeApi.Counts(views, null, null);
        });
        tracking.track(List.of(YOUNG, FAST, FLAT, GONE));
    }

    WatchLoop loop(Settings.YouTube s, Duration every, Consumer<Set<String>> onChanged) {
        Poller poller = new Poller(store, s, ApiKey.of(KEY), clock, clock, stop, new SplittableRandom(3));
        return new WatchLoop(poller, new WatchSchedule(every, s.dailyQuota()), clock, clock, stop, out, onChanged);
    }

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    long requestsFor(String id) {
        return fake.requestedIds().stream().filter(id::equals).count();
    }

    @Test
    void youngAndFastVideosArePolledOftenFlatAndGoneOnesRarely() throws Exception {
        fourVideos();

        WatchLoop.Summary s = loop(settings(10_000, 2, 3), Duration.ofHours(1), changes::add)
                .run(START.plus(Duration.ofDays(2)));

        assertThat(printed()).startsWith("Plan: 4 videos — 4 rising every 1h, 0 steady every 4h, 0 settled every 1d;"
                + " about 24 of 10,000 quota units a day.\n"
                + "API samples are kept 30 days (YouTube API policy III.E.4). quota today: 0 of 10,000 units used,"
                + " resets at 2026-11-26 08:00 UTC (midnight Pacific time)\n"
                + "2026-11-25 10:00 UTC  polled 4 of 4 videos with 1 request: 3 new samples, 1 now unavailable"
                + " (deleted, private or unknown: deletedvid1; their history is kept).\n");
        assertThat(requestsFor(YOUNG)).isBetween(46L, 49L);
        assertThat(requestsFor(FAST)).isBetween(46L, 49L);
        assertThat(requestsFor(FLAT)).isBetween(2L, 6L);
        assertThat(requestsFor(GONE)).isBetween(2L, 4L);
        assertThat(s.rounds()).isBetween(46, 50);
        assertThat(s.calls()).isEqualTo(fake.requests.size());
        // a later plan says where the videos went
        assertThat(printed()).contains("Plan: 4 videos — 2 rising every 1h, 0 steady every 4h, 2 settled every 1d;");
        // each request held the due videos together: never more requests than rounds
        assertThat(fake.requests.size()).isEqualTo(s.rounds());
    }

    @Test
    void onlyVideosWhoseSeriesGainedASampleAreHandedOnForAnalysis() throws Exception {
        fourVideos();

        loop(settings(10_000, 2, 3), Duration.ofHours(1), changes::add).run(START.plus(Duration.ofHours(6)));

        Set<String> all = new HashSet<>();
        changes.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrder(YOUNG, FAST, FLAT);
        assertThat(changes.get(0)).containsExactlyInAnyOrder(YOUNG, FAST, FLAT);
        assertThat(changes.subList(1, changes.size())).allSatisfy(c -> assertThat(c).doesNotContain(GONE));
    }

    @Test
    void afterARoundItSaysWhenTheNextIsDue() throws Exception {
        fourVideos();

        loop(settings(10_000, 2, 3), Duration.ofHours(1), c -> { }).run(START.plus(Duration.ofMinutes(90)));

        assertThat(printed()).contains("(deleted, private or unknown: deletedvid1; their history is kept).\n"
                + "Next round at 2026-11-25 11:00:00 UTC, in 1h.\n");
        assertThat(printed()).endsWith("Nothing is due before watching ends at 2026-11-25 11:30:00 UTC (--for).\n");
    }

    @Test
    void withNothingTrackedItSaysSoAndWhenItLooksAgain() throws Exception {
        answerLikeYouTube();

        loop(settings(10_000, 2, 3), Duration.ofMinutes(15), c -> { }).run(START.plus(Duration.ofSeconds(40)));

        assertThat(printed()).contains("Nothing is due before watching ends at 2026-11-25 10:00:40 UTC (--for).\n");
        assertThat(fake.requests).isEmpty();
    }

    @Test
    void withNothingTrackedAndNoEndItSaysWhenItLooksAgain() throws Exception {
        answerLikeYouTube();

        loop(settings(10_000, 2, 3), Duration.ofMinutes(15), c -> { }).run(START.plus(Duration.ofMinutes(20)));

        assertThat(printed()).contains("No video is tracked yet (add one with 'viralscope track add ID|URL');"
                + " looking again at 2026-11-25 10:15:00 UTC, in 15m.\n");
    }

    @Test
    void aStopRequestEndsTheLoopAfterTheRoundUnderWay() throws Exception {
        fourVideos();

        WatchLoop.Summary s = loop(settings(10_000, 2, 3), Duration.ofHours(1), c -> stop.request()).run(null);

        assertThat(s.rounds()).isEqualTo(1);
        assertThat(s.samples()).isEqualTo(3);
        assertThat(store.videoIdsWithSamples()).containsExactlyInAnyOrder(YOUNG, FAST, FLAT);
    }

    @Test
    void whenTheBudgetIsSpentItWaitsForThePacificReset() throws Exception {
        fourVideos();

        loop(settings(3, 1, 3), Duration.ofHours(1), changes::add).run(START.plus(Duration.ofHours(30)));

        // one batch every hour would be 24 units a day; 90% of 3 allows one every 8h 54m
        assertThat(printed()).startsWith("Plan: 4 videos — 4 rising every 8h 54m, 0 steady every 1d 11h 36m,"
                + " 0 settled every 8d 21h 36m; about 3 of 3 quota units a day (base interval stretched from 1h to"
                + " 8h 54m to stay within the budget).\n");
        assertThat(ledger(3).usage().unitsUsed()).isLessThanOrEqualTo(3);
        for (List<String> r : fake.requests) {
            assertThat(r).isNotEmpty();
        }
        assertThat(fake.requests.size()).isLessThanOrEqualTo(6); // 3 on each Pacific day at most
    }

    @Test
    void quotaExceededPausesUntilTheResetThenGoesOn() throws Exception {
        fourVideos();
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(403).withBody(YoutubeFixtures.body("error-403-quotaExceeded.json"))));

        loop(settings(10_000, 1, 3), Duration.ofHours(1), changes::add).run(START.plus(Duration.ofHours(3)));

        assertThat(printed()).contains("YouTube says the API key's daily quota is used up; polling can resume after"
                + " the quota reset at midnight Pacific time (2026-11-26 08:00 UTC).\n");
        assertThat(clock.sleeps()).isNotEmpty();
        assertThat(clock.instant()).isAfterOrEqualTo(START.plus(Duration.ofHours(3)));
        assertThat(fake.requests).isEmpty();
        wm.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)));
    }

    @Test
    void aPassingFailureIsReportedAndTheLoopGoesOn() throws Exception {
        fourVideos();
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1).inScenario("outage")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody(YoutubeFixtures.body("error-503-backendError.json")))
                .willSetStateTo("one"));
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1).inScenario("outage")
                .whenScenarioStateIs("one")
                .willReturn(aResponse().withStatus(503).withBody(YoutubeFixtures.body("error-503-backendError.json")))
                .willSetStateTo("over"));

        loop(settings(10_000, 1, 2), Duration.ofHours(1), changes::add).run(START.plus(Duration.ofHours(3)));

        assertThat(printed()).contains("YouTube answered HTTP 503 (backendError) 2 attempts in a row; what was"
                + " fetched is stored; poll again later.\n");
        assertThat(store.videoIdsWithSamples()).containsExactlyInAnyOrder(YOUNG, FAST, FLAT);
    }

    @Test
    void afterARoundThatFetchedNothingItSaysWhenItTriesAgain() throws Exception {
        fourVideos();
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody(YoutubeFixtures.body("error-503-backendError.json"))));

        loop(settings(10_000, 1, 2), Duration.ofHours(1), changes::add).run(START.plus(Duration.ofMinutes(90)));

        assertThat(printed()).contains("fetched is stored; poll again later.\nNext round at 2026-11-25 11:00:");
        assertThat(printed()).endsWith("Nothing is due before watching ends at 2026-11-25 11:30:00 UTC (--for).\n");
    }

    @Test
    void aWakeUpAMomentBeforeTheEndStartsNoNewRound() throws Exception {
        fourVideos();
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody(YoutubeFixtures.body("error-503-backendError.json"))));
        Settings.YouTube s = settings(10_000, 1, 2);
        Poller poller = new Poller(store, s, ApiKey.of(KEY), clock, clock, stop, new SplittableRandom(3));
        Sleeper early = d -> clock.sleep(d.minusMillis(1)); // as a real sleep of whole milliseconds can
        WatchLoop loop = new WatchLoop(poller, new WatchSchedule(Duration.ofMinutes(15), s.dailyQuota()), clock,
                early, stop, out, changes::add);

        WatchLoop.Summary summary = loop.run(START.plus(Duration.ofSeconds(40)));

        assertThat(summary.rounds()).isEqualTo(1);
        assertThat(printed()).endsWith("Nothing is due before watching ends at 2026-11-25 10:00:40 UTC (--for).\n");
    }

    @Test
    void aFailureOnlyTheUserCanFixEndsTheWatchWithExitThree() {
        fourVideos();
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).atPriority(1).willReturn(aResponse()
                .withStatus(403).withBody(YoutubeFixtures.body("error-403-accessNotConfigured-SERVICE_DISABLED.json"))));

        UserError e = catchThrowableOfType(UserError.class, () ->
                loop(settings(10_000, 1, 3), Duration.ofHours(1), changes::add).run(null));

        assertThat(e.exitCode()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("The YouTube Data API v3 is not enabled");
    }

    @Test
    void videosTrackedDuringTheWatchArePickedUp() throws Exception {
        fourVideos();
        List<TrackedVideo> before = tracking.tracked();

        loop(settings(10_000, 1, 3), Duration.ofHours(1), ids -> {
            if (clock.instant().isAfter(START.plus(Duration.ofHours(2)))) {
                tracking.track(List.of("latecomer01"));
            }
        }).run(START.plus(Duration.ofHours(5)));

        assertThat(before).hasSize(4);
        assertThat(requestsFor("latecomer01")).isPositive();
    }
}
