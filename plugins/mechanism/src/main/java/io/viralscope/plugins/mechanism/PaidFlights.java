package io.viralscope.plugins.mechanism;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.VideoSeries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The paid flights an analyst declared on a video. A burst that peaked on one of their days has a known outside
 * cause: its rise, however gradual (a flight's spend ramps up over days), is the push, and reading its shape as
 * word of mouth would credit viewers with what was paid for. How much of it viewers passed on is not this
 * detector's to measure: that needs the flight's stimulus, which the campaign split models.
 */
final class PaidFlights {

    static final PaidFlights NONE = new PaidFlights(List.of());

    private final List<CampaignFlight> flights;

    private PaidFlights(List<CampaignFlight> flights) {
        this.flights = List.copyOf(flights);
    }

    static PaidFlights of(VideoSeries series) {
        return new PaidFlights(series.flights());
    }

    /** The flight running on the UTC day of {@code day}, if any. */
    Optional<CampaignFlight> on(Instant day) {
        if (flights.isEmpty()) {
            return Optional.empty();
        }
        LocalDate d = Figures.utcDay(day);
        for (CampaignFlight f : flights) {
            if (!d.isBefore(f.first()) && !d.isAfter(f.last())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "the declared paid flight of spring-push (2026-05-02 to 2026-05-20)", its name cut and made printable. */
    static String words(CampaignFlight f) {
        String name = f.campaign().codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "the declared paid flight of " + (name.length() > 60 ? name.substring(0, 59) + "…" : name) + " ("
                + f.first() + " to " + f.last() + ")";
    }
}
