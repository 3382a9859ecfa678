package io.viralscope.app.youtube;

import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overlapping runs never ask YouTube twice for a video within the minimum poll interval: across processes the
 * store's claims decide, within a process the Caffeine cache answers first without asking the store.
 */
class YoutubeOverlappingRunsTest extends YoutubePollTestBase {

    @Test
    void twoRunsOnTheSameStoreAtTheSameTimeAskForEachVideoOnce() throws Exception {
        answerLikeYouTube();
        fake.delayMillis = 150;
        tracking.track(ids(200));
        Settings.YouTube s = settings(10_000, 2, 3);
        // a second connection to the same file, as another process (cron poll beside watch) would have
        try (Store other = Store.open(location, clock)) {
            PollRound first = round(s);
            PollRound second = new PollRound(new TrackingStore(other, clock), new QuotaLedger(other, clock, 10_000),
                    VideosClient.create(s.rootUrl(), ApiKey.of(KEY), s.requestTimeout()),
                    new RecentFetches(s.minPollInterval(), clock), s, clock, clock, new StopSignal(),
                    new SplittableRandom(1));

            CompletableFuture<PollOutcome> a = CompletableFuture.supplyAsync(() -> first.run(ids(200)));
            CompletableFuture<PollOutcome> b = CompletableFuture.supplyAsync(() -> second.run(ids(200)));
            PollOutcome oa = a.get();
            PollOutcome ob = b.get();

            assertThat(fake.requestedIds()).hasSize(200).doesNotHaveDuplicates();
            assertThat(oa.fetched() + ob.fetched()).isEqualTo(200);
            assertThat(oa.skippedRecent() + ob.skippedRecent()).isEqualTo(200);
            assertThat(store.query("SELECT COUNT(*) FROM samples", rs -> rs.getInt(1))).containsExactly(200);
            assertThat(new QuotaLedger(store, clock, 10_000).usage().calls()).isEqualTo(oa.calls() + ob.calls());
        }
    }

    @Test
    void withinOneProcessTheCacheAnswersBeforeTheStoreUntilTheIntervalHasPassed() {
        answerLikeYouTube();
        tracking.track(ids(60));
        Settings.YouTube s = settings(10_000, 2, 3);
        RecentFetches recent = new RecentFetches(s.minPollInterval(), clock);
        PollRound round = round(s, recent, new StopSignal());
        round.run(ids(60));

        clock.advance(Duration.ofMinutes(4));
        PollOutcome again = round.run(ids(60));

        assertThat(again.calls()).isZero();
        assertThat(again.skippedRecent()).isEqualTo(60);
        assertThat(recent.hits()).isEqualTo(60); // answered in memory: no claim was even tried

        clock.advance(Duration.ofMinutes(1));
        PollOutcome later = round.run(ids(60));
        assertThat(later.fetched()).isEqualTo(60);
        assertThat(fake.requests).hasSize(4);
    }

    @Test
    void aFreshRunRespectsTheIntervalThroughTheStore() {
        answerLikeYouTube();
        tracking.track(ids(10));
        round(settings(10_000, 1, 3)).run(ids(10));

        clock.advance(Duration.ofMinutes(2));
        PollOutcome o = round(settings(10_000, 1, 3)).run(ids(10)); // new cache, as in a new process

        assertThat(o.calls()).isZero();
        assertThat(o.skippedRecent()).isEqualTo(10);
        assertThat(fake.requests).hasSize(1);
        assertThat(List.copyOf(fake.requestedIds())).hasSize(10);
    }
}
