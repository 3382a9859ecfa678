package io.viralscope.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One observation of a video's cumulative counters at one instant.
 *
 * <p>Counts are cumulative (total since publication). A {@code null} like, comment or share count means
 * <em>unknown</em> (hidden likes, comments disabled, public data without shares) and is never the same as 0.
 *
 * @param at       when the counters were read, UTC
 * @param views    cumulative views, {@code >= 0}
 * @param likes    cumulative likes, or {@code null} when unknown
 * @param comments cumulative comments, or {@code null} when unknown
 * @param shares   cumulative shares, or {@code null} when unknown (only owner data has shares)
 * @param watchMinutes cumulative minutes watched (YouTube's estimate), or {@code null} when unknown: only owner
 *                 analytics have them (since 1.7.0)
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record Sample(Instant at, long views, Long likes, Long comments, Long shares, Long watchMinutes) {

    /** A sample without watch time (the 1.0.0 constructor). */
    @Stability(level = Stability.Level.STABLE, since = "1.0.0")
    public Sample(Instant at, long views, Long likes, Long comments, Long shares) {
        this(at, views, likes, comments, shares, null);
    }

    /** Validates the sample: an instant is required and no count may be negative. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.7.0")
    public Sample {
        Objects.requireNonNull(at, "at");
        requireNonNegative("views", views);
        if (likes != null) {
            requireNonNegative("likes", likes);
        }
        if (comments != null) {
            requireNonNegative("comments", comments);
        }
        if (shares != null) {
            requireNonNegative("shares", shares);
        }
        if (watchMinutes != null) {
            requireNonNegative("watchMinutes", watchMinutes);
        }
    }

    /** Cumulative minutes watched, or {@code null} when unknown (only owner analytics have them). */
    @Override
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.7.0")
    public Long watchMinutes() {
        return watchMinutes;
    }

    /** A sample with views only; likes, comments and shares unknown. */
    public static Sample ofViews(Instant at, long views) {
        return new Sample(at, views, null, null, null);
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
        }
    }
}
