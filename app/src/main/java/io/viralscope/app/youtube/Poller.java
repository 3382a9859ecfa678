package io.viralscope.app.youtube;

import io.viralscope.app.analysis.Progress;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Everything a polling run needs, wired once: the store's tracking data, the quota ledger, the client, the
 * in-memory recent-fetch cache (kept across the rounds of one {@code watch}) and the retention policy.
 */
public final class Poller {

    private final Settings.YouTube settings;
    private final ApiKey key;
    private final Clock clock;
    private final TrackingStore tracking;
    private final QuotaLedger ledger;
    private final RetentionPolicy retention;
    private final PollRound round;

    /**
     * @param store    the store
     * @param settings the {@code youtube} settings
     * @param key      the API key
     * @param clock    the one clock
     * @param sleeper  how to wait between retries
     * @param stop     the run's stop signal
     * @param random   jitter source
     */
    public Poller(Store store, Settings.YouTube settings, ApiKey key, Clock clock, Sleeper sleeper, StopSignal stop,
                  RandomGenerator random) {
        this.settings = settings;
        this.key = key;
        this.clock = clock;
        this.tracking = new TrackingStore(store, clock);
        this.ledger = new QuotaLedger(store, clock, settings.dailyQuota());
        this.retention = RetentionPolicy.of(settings);
        VideosClient client = VideosClient.create(settings.rootUrl(), key, settings.requestTimeout());
        this.round = new PollRound(tracking, ledger, client, new RecentFetches(settings.minPollInterval(), clock),
                settings, clock, sleeper, stop, random);
    }

    public TrackingStore tracking() {
        return tracking;
    }

    public QuotaLedger ledger() {
        return ledger;
    }

    public RetentionPolicy retention() {
        return retention;
    }

    /** Purges API samples past the retention period; returns how many. */
    public int purgeExpired() {
        return retention.purge(tracking, clock);
    }

    /** One round over {@code videoIds}, with a progress bar for a person watching. */
    public PollOutcome poll(List<String> videoIds, Progress progress) {
        return round.run(videoIds, progress);
    }

    /** The sentence for a failure that stopped a round. */
    public String explain(ApiFailure failure) {
        return key.redact(ApiFailureMessage.sentence(failure, settings.rootUrl(), key.origin(),
                settings.dailyQuota(), ledger.nextReset()));
    }
}
