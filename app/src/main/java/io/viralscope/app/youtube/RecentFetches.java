package io.viralscope.app.youtube;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The videos this process fetched within the minimum poll interval, in memory (Caffeine) in front of the store's
 * fetch times and claims: a round skips them without a store round trip, and entries expire on their own when
 * the interval has passed. Runs in other processes are kept apart by the store's claims
 * ({@link io.viralscope.app.store.TrackingStore#claim}); this cache spares the store the questions it can
 * already answer. Expiry follows the run's clock, so simulated time expires entries too. Thread-safe.
 */
public final class RecentFetches {

    private final Cache<String, Instant> fetched;
    private final boolean enabled;
    private final AtomicLong hits = new AtomicLong();

    /**
     * @param minInterval how long a fetched video stays recent; zero disables the cache
     * @param clock       the run's clock
     */
    public RecentFetches(Duration minInterval, Clock clock) {
        this.enabled = !minInterval.isZero() && !minInterval.isNegative();
        this.fetched = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? minInterval.toNanos() : 1, TimeUnit.NANOSECONDS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .maximumSize(2_000_000)
                .build();
    }

    /** True when this process fetched {@code videoId} within the interval. */
    public boolean isRecent(String videoId) {
        if (enabled && fetched.getIfPresent(videoId) != null) {
            hits.incrementAndGet();
            return true;
        }
        return false;
    }

    /** Remembers that {@code videoIds} were fetched at {@code at}. */
    public void recordFetched(Collection<String> videoIds, Instant at) {
        if (enabled) {
            for (String id : videoIds) {
                fetched.put(id, at);
            }
        }
    }

    /** Videos skipped because this cache knew they were fetched recently. */
    public long hits() {
        return hits.get();
    }
}
