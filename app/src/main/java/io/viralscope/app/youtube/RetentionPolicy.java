package io.viralscope.app.youtube;

import io.viralscope.app.config.Settings;
import io.viralscope.app.store.TrackingStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * YouTube API Services Developer Policies III.E.4: statistics fetched with an API key may not be stored longer
 * than 30 days without refresh. Each poll therefore deletes API samples stored more than
 * {@code youtube.retention-days} ago (30 by default); the configuration refuses a longer retention unless
 * {@code youtube.retention-basis} states why it is allowed. Imported samples (CSV, Studio) are the user's own data
 * and never purged.
 */
public final class RetentionPolicy {

    /** The longest retention YouTube allows for API-key data without another basis. */
    public static final int POLICY_DAYS = 30;

    private final int days;
    private final String basis;

    /**
     * @param days  days API samples are kept
     * @param basis why more than 30 days are allowed; empty otherwise
     */
    public RetentionPolicy(int days, String basis) {
        this.days = days;
        this.basis = basis;
    }

    /** The policy of the configuration. */
    public static RetentionPolicy of(Settings.YouTube settings) {
        return new RetentionPolicy(settings.retentionDays(), settings.retentionBasis());
    }

    /** Days API samples are kept. */
    public int days() {
        return days;
    }

    /** The instant before which stored API samples are purged, at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    /** Deletes the API samples stored before the cutoff; returns how many. */
    public int purge(TrackingStore tracking, Clock clock) {
        return tracking.purgeApiSamplesStoredBefore(cutoff(clock.instant()));
    }

    /** One sentence describing the policy in force, for {@code watch}'s plan. */
    public String describe() {
        return days <= POLICY_DAYS
                ? "API samples are kept " + days + " days (YouTube API policy III.E.4)."
                : "API samples are kept " + days + " days, beyond YouTube's 30, on the stated basis: " + basis + ".";
    }
}
