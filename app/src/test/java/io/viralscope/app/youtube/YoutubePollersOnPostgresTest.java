package io.viralscope.app.youtube;

import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;
import io.viralscope.app.store.TrackingStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pollers on several machines sharing one PostgreSQL store: each round's videos are fetched once between them,
 * and the claims of a poller that died mid-round come back when they expire by the clock, so nothing is lost.
 */
class YoutubePollersOnPostgresTest extends YoutubePollTestBase {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }

    @Test
    void aPollerThatDiesMidRoundLosesNothingAndNoVideoIsFetchedTwiceInARound() throws Exception {
        answerLikeYouTube();
        List<String> all = ids(150);
        List<String> first = all.subList(0, 50);
        List<String> stalled = all.subList(50, 100);
        List<String> last = all.subList(100, 150);
        tracking.track(all);
        Settings.YouTube s = settings(10_000, 2, 3); // minimum interval 5 minutes: a claim lives as long
        Settings.YouTube oneAtATime = settings(10_000, 1, 3);

        // the poller that dies stores its first batch; while YouTube answers its second, its process is gone
        CountDownLatch secondSent = new CountDownLatch(1);
        fake.delayByRequest = n -> {
            if (n == 1) {
                secondSent.countDown();
                return 1_500; // within the request timeout: no retry
            }
            return 0;
        };
        Store dying = Store.open(location, clock);
        PollRound doomed = pollerOn(dying, oneAtATime);
        CompletableFuture<PollOutcome> crashed = CompletableFuture.supplyAsync(() -> doomed.run(new ArrayList<>(all)));
        assertThat(secondSent.await(30, TimeUnit.SECONDS)).isTrue();
        dying.close(); // its connection is gone with it: nothing more of its round is written or released
        assertThatThrownBy(crashed::join).isInstanceOf(CompletionException.class);
        fake.delayByRequest = n -> 0;
        assertThat(fake.requests).containsExactly(first, stalled);

        try (Store second = Store.open(location, clock)) {
            // at once: the first batch was fetched, the second is still claimed by the dead poller
            PollOutcome[] now = together(round(s), pollerOn(second, s), all);
            assertThat(requestsSince(2)).containsExactlyInAnyOrderElementsOf(last);
            assertThat(now[0].fetched() + now[1].fetched()).isEqualTo(50);

            // a minute before the dead poller's claims expire they still hold
            clock.advance(TrackingStore.claimLifetime(s.minPollInterval()).minusMinutes(1));
            together(round(s), pollerOn(second, s), all);
            assertThat(fake.requests).hasSize(3);

            clock.advance(Duration.ofMinutes(1));
            PollOutcome[] afterExpiry = together(round(s), pollerOn(second, s), all);
            // the stalled batch is fetched once; the others again too, as their interval has passed
            assertThat(requestsSince(3)).hasSize(150).doesNotHaveDuplicates();
            assertThat(afterExpiry[0].fetched() + afterExpiry[1].fetched()).isEqualTo(150);
        }

        Set<String> withSamples = new HashSet<>(store.query("SELECT DISTINCT video_id FROM samples"
                + " WHERE source = 'api'", rs -> rs.getString(1)));
        assertThat(withSamples).containsExactlyInAnyOrderElementsOf(all);
        assertThat(store.query("SELECT COUNT(*) FROM videos WHERE claimed_by IS NOT NULL", rs -> rs.getInt(1)))
                .containsExactly(0);
        // every request sent, the dead poller's two included, was counted once in the shared ledger
        assertThat(new QuotaLedger(store, clock, 10_000).usage().calls()).isEqualTo(fake.requests.size());
    }

    /** The ids of the requests from the {@code from}-th on (0-based). */
    private List<String> requestsSince(int from) {
        List<String> out = new ArrayList<>();
        fake.requests.subList(from, fake.requests.size()).forEach(out::addAll);
        return out;
    }

    private PollRound pollerOn(Store other, Settings.YouTube s) {
        return new PollRound(new TrackingStore(other, clock), new QuotaLedger(other, clock, s.dailyQuota()),
                VideosClient.create(s.rootUrl(), ApiKey.of(KEY), s.requestTimeout()),
                new RecentFetches(s.minPollInterval(), clock), s, clock, clock, new StopSignal(),
                new SplittableRandom(1));
    }

    private static PollOutcome[] together(PollRound a, PollRound b, List<String> ids) throws Exception {
        CompletableFuture<PollOutcome> fa = CompletableFuture.supplyAsync(() -> a.run(new ArrayList<>(ids)));
        CompletableFuture<PollOutcome> fb = CompletableFuture.supplyAsync(() -> b.run(new ArrayList<>(ids)));
        return new PollOutcome[] {fa.get(), fb.get()};
    }
}
