package io.viralscope.simulator;

import io.viralscope.api.Stability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What is known about a simulated series: the oracle detectors are tested against.
 *
 * <p><b>Days.</b> Day {@code k} means the views gained from sample {@code k} to sample {@code k + 1} (the k-th daily
 * increment, {@code k = 0 … days − 1}, the UTC day that begins at sample {@code k}); {@link #instantOfDay(int)} gives
 * that day's 00:00 UTC, {@code start + k days}, which is where a detector stamps an event about that increment. A change point on
 * day {@code k} means day {@code k} is the first of the new regime (for a kink in log daily views: the vertex).
 *
 * @param mechanism          what drove the views
 * @param videoId            the series' video id
 * @param seed               the seed it was drawn from
 * @param days               number of daily increments
 * @param start              instant of the first sample
 * @param scale              expected daily views at the peak
 * @param dispersion         negative-binomial size of the daily-view noise; infinite for Poisson noise
 * @param parameters         the family's parameters, snake_case (for example {@code growth_rate},
 *                           {@code bass_p}, {@code rate_before})
 * @param changePointDays    days where the regime changes (step and rate families), else empty
 * @param shockDay           day of the exogenous shock (exogenous families), else {@code null}
 * @param inflectionDay      day of the smooth curve's largest expected daily views when it lies inside the window
 *                           (logistic, Gompertz, Bass word of mouth), else {@code null}
 * @param peakDay            day of the largest expected daily views (for cascades: the largest intensity)
 * @param likeRate           probability that a new view likes
 * @param commentRate        probability that a new view comments
 * @param shareRate          probability that a new view shares, or {@code null} when shares are not simulated
 * @param likesHidden        whether the series hides likes (its like counts are unknown)
 * @param commentsDisabled   whether the series has comments off (its comment counts are unknown)
 * @param branchingRatio     branching ratio n of a cascade, else {@code null}
 * @param relaxationExponent relaxation exponent α the burst shows after its peak inside the window: the slope
 *                           of the noise-free views it adds against {@code ln(τ + c)}, each day weighted by what
 *                           its count tells (exogenous and endogenous-critical cascades), else {@code null}; this
 *                           is what a detector can measure
 * @param asymptoticRelaxationExponent the exponent Crane &amp; Sornette's theory gives for the family (PNAS 2008:
 *                           exogenous-subcritical 1 + θ, exogenous-critical 1 − θ, endogenous-critical 1 − 2θ),
 *                           reached only long after the peak: a window of weeks shows 1.0–1.3 for 1 + θ = 1.4
 *                           (later generations of a subcritical cascade hold the decay up for
 *                           {@code c·(1 − n)^−1/θ} days) and 0.3–0.5 for 1 − 2θ = 0.2 (a build-up that began on
 *                           the first day lacks the theory's infinite past); else {@code null}
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public record GroundTruth(SimulatedMechanism mechanism, String videoId, long seed, int days, Instant start,
                          double scale, double dispersion, Map<String, Double> parameters,
                          List<Integer> changePointDays, Integer shockDay, Integer inflectionDay, int peakDay,
                          double likeRate, double commentRate, Double shareRate, boolean likesHidden,
                          boolean commentsDisabled, Double branchingRatio, Double relaxationExponent,
                          Double asymptoticRelaxationExponent) {

    /** Copies the collections. */
    public GroundTruth {
        Objects.requireNonNull(mechanism, "mechanism");
        parameters = Map.copyOf(parameters);
        changePointDays = List.copyOf(changePointDays);
    }

    /** The instant of day {@code day}, its 00:00 UTC: {@code start + day} days (the default start is a midnight). */
    public Instant instantOfDay(int day) {
        return start.plus(Duration.ofDays(day));
    }

    /** The ground truth as a small JSON object, snake_case keys, instants ISO-8601 with {@code Z}. */
    public String toJson() {
        StringBuilder b = new StringBuilder(1024).append("{\n");
        JsonText.field(b, "mechanism", JsonText.string(mechanism.cliName()));
        JsonText.field(b, "description", JsonText.string(mechanism.description()));
        JsonText.field(b, "video_id", JsonText.string(videoId));
        JsonText.field(b, "seed", JsonText.number(seed));
        JsonText.field(b, "days", JsonText.number(days));
        JsonText.field(b, "start", JsonText.string(start.toString()));
        JsonText.field(b, "day_convention", JsonText.string(JsonText.DAY_CONVENTION));
        JsonText.field(b, "scale_peak_daily_views", JsonText.number(scale));
        JsonText.field(b, "noise", JsonText.string(Double.isInfinite(dispersion) ? "poisson" : "negative-binomial"));
        JsonText.field(b, "dispersion", JsonText.number(dispersion));
        StringJoiner params = new StringJoiner(", ", "{", "}");
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> params.add(JsonText.string(e.getKey()) + ": " + JsonText.number(e.getValue())));
        JsonText.field(b, "parameters", params.toString());
        StringJoiner cpDays = new StringJoiner(", ", "[", "]");
        StringJoiner cpAt = new StringJoiner(", ", "[", "]");
        for (int d : changePointDays) {
            cpDays.add(Integer.toString(d));
            cpAt.add(JsonText.string(instantOfDay(d).toString()));
        }
        JsonText.field(b, "change_point_days", cpDays.toString());
        JsonText.field(b, "change_points_at", cpAt.toString());
        dayField(b, "shock", shockDay);
        dayField(b, "inflection", inflectionDay);
        dayField(b, "peak", peakDay);
        JsonText.field(b, "like_rate", JsonText.number(likeRate));
        JsonText.field(b, "comment_rate", JsonText.number(commentRate));
        JsonText.field(b, "share_rate", JsonText.number(shareRate));
        JsonText.field(b, "likes_hidden", Boolean.toString(likesHidden));
        JsonText.field(b, "comments_disabled", Boolean.toString(commentsDisabled));
        JsonText.field(b, "branching_ratio", JsonText.number(branchingRatio));
        JsonText.field(b, "relaxation_exponent", JsonText.number(relaxationExponent));
        b.append("  \"asymptotic_relaxation_exponent\": ").append(JsonText.number(asymptoticRelaxationExponent))
                .append("\n}\n");
        return b.toString();
    }

    private void dayField(StringBuilder b, String name, Integer day) {
        JsonText.field(b, name + "_day", JsonText.number(day));
        JsonText.field(b, name + "_at", day == null ? "null" : JsonText.string(instantOfDay(day).toString()));
    }

}
