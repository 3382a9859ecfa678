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

import static org.assertj.core.api.Assertions.assertThat;

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
        fake.delayMillis = 100;
        List<String> all = ids(150);
        List<String> claimedByTheDead = all.subList(0, 50);
        List<String> others = all.subList(50, 150);
        tracking.track(all);
        Settings.YouTube s = settings(10_000, 2, 3); // minimum interval 5 minutes: a claim lives as long

        // the dying poller claims its first batch, sends nothing, and its process is gone: no release
        try (Store dying = Store.open(location, clock)) {
            assertThat(new TrackingStore(dying, clock).claim(claimedByTheDead, clock.instant(),
                    s.minPollInterval(), 4_242L)).isEqualTo(claimedByTheDead);
        }

        try (Store second = Store.open(location, clock)) {
            PollRound a = round(s);
            PollRound b = pollerOn(second, s);

            PollOutcome[] firstRound = together(a, b, all);
            assertThat(fake.requestedIds()).hasSize(100).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(others);
            assertThat(firstRound[0].fetched() + firstRound[1].fetched()).isEqualTo(100);

            // a minute before the claims expire they still hold
            clock.advance(TrackingStore.claimLifetime(s.minPollInterval()).minusMinutes(1));
            fake.requests.clear();
            together(round(s), pollerOn(second, s), claimedByTheDead);
            assertThat(fake.requests).isEmpty();

            clock.advance(Duration.ofMinutes(1));
            PollOutcome[] afterExpiry = together(round(s), pollerOn(second, s), all);
            // the dead poller's videos are fetched once; the others again too, as their interval has passed
            assertThat(fake.requestedIds()).hasSize(150).doesNotHaveDuplicates();
            assertThat(afterExpiry[0].fetched() + afterExpiry[1].fetched()).isEqualTo(150);
        }

        Set<String> withSamples = new HashSet<>(store.query("SELECT DISTINCT video_id FROM samples WHERE source = 'api'",
                rs -> rs.getString(1)));
        assertThat(withSamples).containsExactlyInAnyOrderElementsOf(all);
        assertThat(store.query("SELECT COUNT(*) FROM videos WHERE claimed_by IS NOT NULL", rs -> rs.getInt(1)))
                .containsExactly(0);
        assertThat(new QuotaLedger(store, clock, 10_000).usage().calls()).isEqualTo(fake.requests.size() + 2);
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
