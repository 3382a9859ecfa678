package io.viralscope.simulator;

import io.viralscope.api.Stability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What is known about a {@link CatalogueSeries}: the oracle for detectors on long, seasonal, overdispersed
 * series. Days follow {@link GroundTruth}'s convention: day {@code k} is the views gained from sample {@code k}
 * to sample {@code k + 1}, the UTC day that begins at sample {@code k}, and {@link #instantOfDay(int)} is its
 * 00:00 UTC, where a detector stamps an event about that day.
 *
 * @param videoId        the series' video id
 * @param seed           the seed it was drawn from
 * @param days           number of daily increments
 * @param start          instant of the first sample
 * @param scale          expected daily views of the steady level on day 0 (before weekday and launch)
 * @param dispersion     negative-binomial size of the daily noise
 * @param weekdayFactors the weekly seasonality: expected views of a Monday, Tuesday, … Sunday (UTC) as a multiple
 *                       of the week's geometric mean
 * @param ageing         exponent β of the power-law ageing {@code (1 + k/t₀)^−β}
 * @param ageingDays     its time scale t₀ in days
 * @param trendPerDay    drift of log daily views per day
 * @param wanderSd       standard deviation of the slow random wander of log daily views (an AR(1) process)
 * @param wanderDays     its correlation time in days
 * @param launchSize     expected views of day 0 as a multiple of the steady level (the launch burst)
 * @param shocks         the planted one-day shocks, in day order
 * @param stepDay        first day at the new level of the planted level step, or {@code null}
 * @param stepRatio      its ratio of new to old level, or {@code null}
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record CatalogueTruth(String videoId, long seed, int days, Instant start, double scale, double dispersion,
                             List<Double> weekdayFactors, double ageing, double ageingDays, double trendPerDay,
                             double wanderSd, double wanderDays, double launchSize, List<CatalogueShock> shocks, Integer stepDay, Double stepRatio) {

    /** Copies the lists. */
    public CatalogueTruth {
        Objects.requireNonNull(start, "start");
        weekdayFactors = List.copyOf(weekdayFactors);
        shocks = List.copyOf(shocks);
    }

    /** The instant of day {@code day}, its 00:00 UTC: {@code start + day} days. */
    public Instant instantOfDay(int day) {
        return start.plus(Duration.ofDays(day));
    }

    /** Days of the year (365.25 days) the series spans. */
    public double years() {
        return days / 365.25;
    }

    /** The ground truth as a small JSON object, snake_case keys, instants ISO-8601 with {@code Z}. */
    public String toJson() {
        StringBuilder b = new StringBuilder(1024).append("{\n");
        JsonText.field(b, "family", JsonText.string("catalogue"));
        JsonText.field(b, "description", JsonText.string("multi-year catalogue video: weekly seasonality, "
                + "negative-binomial noise, slow trend and wander, one-day shocks, optionally a level step"));
        JsonText.field(b, "video_id", JsonText.string(videoId));
        JsonText.field(b, "seed", JsonText.number(seed));
        JsonText.field(b, "days", JsonText.number(days));
        JsonText.field(b, "start", JsonText.string(start.toString()));
        JsonText.field(b, "day_convention", JsonText.string(JsonText.DAY_CONVENTION));
        JsonText.field(b, "scale_daily_views", JsonText.number(scale));
        JsonText.field(b, "noise", JsonText.string("negative-binomial"));
        JsonText.field(b, "dispersion", JsonText.number(dispersion));
        StringJoiner week = new StringJoiner(", ", "[", "]");
        weekdayFactors.forEach(f -> week.add(JsonText.number(f)));
        JsonText.field(b, "weekday_factors_monday_first", week.toString());
        JsonText.field(b, "ageing_exponent", JsonText.number(ageing));
        JsonText.field(b, "ageing_days", JsonText.number(ageingDays));
        JsonText.field(b, "trend_per_day", JsonText.number(trendPerDay));
        JsonText.field(b, "wander_sd", JsonText.number(wanderSd));
        JsonText.field(b, "wander_days", JsonText.number(wanderDays));
        JsonText.field(b, "launch_size", JsonText.number(launchSize));
        StringJoiner shockJson = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        for (CatalogueShock s : shocks) {
            shockJson.add("{\"day\": " + s.day() + ", \"at\": " + JsonText.string(instantOfDay(s.day()).toString())
                    + ", \"size\": " + JsonText.number(s.size()) + "}");
        }
        JsonText.field(b, "shocks", shocks.isEmpty() ? "[]" : shockJson.toString());
        JsonText.field(b, "change_point_days", stepDay == null ? "[]" : "[" + stepDay + "]");
        b.append("  \"level_step\": ").append(stepDay == null ? "null" : "{\"day\": " + stepDay + ", \"at\": "
                + JsonText.string(instantOfDay(stepDay).toString()) + ", \"ratio\": " + JsonText.number(stepRatio)
                + "}").append("\n}\n");
        return b.toString();
    }

}
