package io.viralscope.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One campaign's paid flight on a video, day by day: what the analyst declared was paid for.
 *
 * @param campaign  the campaign's name; untrusted text typed by a person
 * @param stimulus  what the daily figures measure
 * @param currency  the ISO 4217 code of a spend, or {@code null}
 * @param first     the flight's first UTC day
 * @param daily     the figure of each day from {@code first} on (1 for each day of a {@link Stimulus#DAYS_ONLY}
 *                  flight); finite and not negative, at least one day
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
public record CampaignFlight(String campaign, Stimulus stimulus, String currency, LocalDate first,
                             List<Double> daily) {

    /** What a flight's daily figures measure. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
    public enum Stimulus {
        /** Money spent, in the flight's currency. */
        SPEND,
        /** Ad impressions. */
        IMPRESSIONS,
        /** Views the ads bought, as the ad platform counts them. */
        PAID_VIEWS,
        /** Only the days are known: each day's figure is 1. */
        DAYS_ONLY
    }

    /** Validates the flight. */
    public CampaignFlight {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(stimulus, "stimulus");
        Objects.requireNonNull(first, "first");
        daily = List.copyOf(daily);
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("the flight of campaign '" + campaign + "' has no day");
        }
        for (double v : daily) {
            Finite.require("daily figure of campaign " + campaign, v);
            if (v < 0) {
                throw new IllegalArgumentException("a daily figure of campaign '" + campaign + "' is negative: " + v);
            }
        }
    }

    /** The flight's last day. */
    public LocalDate last() {
        return first.plusDays(daily.size() - 1L);
    }

    /** The figure of {@code day}, 0 outside the flight. */
    public double on(LocalDate day) {
        long k = day.toEpochDay() - first.toEpochDay();
        return k < 0 || k >= daily.size() ? 0 : daily.get((int) k);
    }

    /** The sum of the daily figures. */
    public double total() {
        return daily.stream().mapToDouble(Double::doubleValue).sum();
    }
}
