package io.viralscope.simulator;

import io.viralscope.api.Stability;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to simulate: a mechanism and the options around it. Build it with {@link #builder(SimulatedMechanism)};
 * every option has a default and {@link Builder#build()} validates them all with a sentence naming the bad value.
 *
 * <p>Options left {@code null} are drawn from the seed (so one seed gives one series), and the drawn values are
 * reported in the {@link GroundTruth}.
 *
 * @param mechanism        what drives the views
 * @param days             number of simulated days; the series holds {@code days + 1} daily samples, so it has
 *                         exactly {@code days} daily increments
 * @param seed             seed of every random draw; the same spec always gives the same series
 * @param start            instant of the first sample
 * @param scale            expected daily views at the peak, or {@code null} to draw it log-uniformly from
 *                         1,000 to 100,000
 * @param videoId          the 11-character id, or {@code null} for a synthetic id derived from every other field
 *                         (the same spec, the same id)
 * @param likeRate         probability that a new view likes, or {@code null} to draw it log-uniformly from 0.5%
 *                         to 6%
 * @param commentRate      probability that a new view comments, or {@code null} to draw it log-uniformly from
 *                         0.03% to 0.6%
 * @param shares           whether to simulate a share count (only owner data has one)
 * @param likesHidden      whether likes are hidden (like counts unknown in every sample)
 * @param commentsDisabled whether comments are off (comment counts unknown in every sample)
 * @param dispersion       size {@code r} of the negative-binomial noise of daily views (variance
 *                         {@code λ + λ²/r}); {@link Double#POSITIVE_INFINITY} for pure Poisson noise; {@code null}
 *                         to draw it log-uniformly from 50 to 200 (a coefficient of variation of 7–14%)
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public record SimulationSpec(SimulatedMechanism mechanism, int days, long seed, Instant start, Double scale,
                             String videoId, Double likeRate, Double commentRate, boolean shares,
                             boolean likesHidden, boolean commentsDisabled, Double dispersion) {

    /** Default number of days. */
    public static final int DEFAULT_DAYS = 90;
    /** Fewest days a mechanism needs to show its shape. */
    public static final int MIN_DAYS = 14;
    /** Most days the simulator accepts (ten years). */
    public static final int MAX_DAYS = 3650;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1L;
    /** Default first instant: a fixed date, so output never depends on the clock. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");
    /** Largest peak daily views accepted. */
    public static final double MAX_SCALE = 1e12;

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

    /** Validates every option. */
    public SimulationSpec {
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(start, "start");
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be from " + MIN_DAYS + " to " + MAX_DAYS
                    + " so the mechanism has room to show its shape, but was " + days + ".");
        }
        if (scale != null && !(scale >= 1 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale (peak daily views) must be from 1 to 1e12 but was "
                    + scale + ".");
        }
        if (videoId != null && !VIDEO_ID.matcher(videoId).matches()) {
            throw new IllegalArgumentException("video id must be 11 characters from A-Z, a-z, 0-9, '_' and '-' "
                    + "but was '" + videoId + "'.");
        }
        requireRate("like rate", likeRate);
        requireRate("comment rate", commentRate);
        if (dispersion != null && !(dispersion > 0)) {
            throw new IllegalArgumentException("dispersion (negative-binomial size) must be above 0, or infinite "
                    + "for Poisson noise, but was " + dispersion + ".");
        }
    }

    /** A builder with every option at its default. */
    public static Builder builder(SimulatedMechanism mechanism) {
        return new Builder(mechanism);
    }

    /** The spec of {@code mechanism} with every option at its default. */
    public static SimulationSpec of(SimulatedMechanism mechanism) {
        return builder(mechanism).build();
    }

    /** The spec of {@code mechanism} with the given days and seed and every other option at its default. */
    public static SimulationSpec of(SimulatedMechanism mechanism, int days, long seed) {
        return builder(mechanism).days(days).seed(seed).build();
    }

    private static void requireRate(String what, Double rate) {
        if (rate != null && !(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(what + " must be from 0 to 1 but was " + rate + ".");
        }
    }

    /** Collects options fluently; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final SimulatedMechanism mechanism;
        private int days = DEFAULT_DAYS;
        private long seed = DEFAULT_SEED;
        private Instant start = DEFAULT_START;
        private Double scale;
        private String videoId;
        private Double likeRate;
        private Double commentRate;
        private boolean shares;
        private boolean likesHidden;
        private boolean commentsDisabled;
        private Double dispersion;

        private Builder(SimulatedMechanism mechanism) {
            this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
        }

        /** Number of simulated days (default 90). */
        public Builder days(int days) {
            this.days = days;
            return this;
        }

        /** Seed of every random draw (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Instant of the first sample (default 2026-01-01T00:00:00Z). */
        public Builder start(Instant start) {
            this.start = start;
            return this;
        }

        /** Expected daily views at the peak; {@code null} draws it from the seed. */
        public Builder scale(Double peakDailyViews) {
            this.scale = peakDailyViews;
            return this;
        }

        /** The video id; {@code null} derives a synthetic one from the seed. */
        public Builder videoId(String videoId) {
            this.videoId = videoId;
            return this;
        }

        /** Probability that a new view likes; {@code null} draws it from the seed. */
        public Builder likeRate(Double likeRate) {
            this.likeRate = likeRate;
            return this;
        }

        /** Probability that a new view comments; {@code null} draws it from the seed. */
        public Builder commentRate(Double commentRate) {
            this.commentRate = commentRate;
            return this;
        }

        /** Whether to simulate a share count (default no). */
        public Builder shares(boolean shares) {
            this.shares = shares;
            return this;
        }

        /** Whether likes are hidden (default no). */
        public Builder likesHidden(boolean hidden) {
            this.likesHidden = hidden;
            return this;
        }

        /** Whether comments are disabled (default no). */
        public Builder commentsDisabled(boolean disabled) {
            this.commentsDisabled = disabled;
            return this;
        }

        /** Negative-binomial size of the daily-view noise; infinite for Poisson; {@code null} draws it. */
        public Builder dispersion(Double dispersion) {
            this.dispersion = dispersion;
            return this;
        }

        /** The validated spec. */
        public SimulationSpec build() {
            return new SimulationSpec(mechanism, days, seed, start, scale, videoId, likeRate, commentRate, shares,
                    likesHidden, commentsDisabled, dispersion);
        }
    }
}
