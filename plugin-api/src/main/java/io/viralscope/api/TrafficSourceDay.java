package io.viralscope.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The views one traffic source brought a video on one day, as YouTube Studio reports them.
 *
 * @param day    the day (YouTube Analytics days are Pacific-time days)
 * @param source YouTube's name of the source, such as {@value #PAID}
 * @param views  its views that day, not negative
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.5.0")
public record TrafficSourceDay(LocalDate day, String source, long views) {

    /** The source of paid views: YouTube's own name for views from its ads. */
    public static final String PAID = "YouTube advertising";

    /** Validates the day. */
    public TrafficSourceDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(source, "source");
        if (views < 0) {
            throw new IllegalArgumentException("views from " + source + " on " + day + " are negative: " + views);
        }
    }

    /** True for views YouTube's ads bought. */
    public boolean paid() {
        return PAID.equals(source);
    }
}
