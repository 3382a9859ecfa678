package io.viralscope.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened at one instant of a series: a peak, an inflection, a change point, a shock.
 *
 * @param type       kebab-case kind, such as {@code peak}, {@code inflection}, {@code changepoint}, {@code shock}
 * @param at         when, inside the series window
 * @param value      the magnitude in the unit the type implies (for example daily views at a peak, cumulative
 *                   views at an inflection); finite
 * @param label      a short human phrase for charts, such as "peak: 12.3k views/day"
 * @param attributes further named figures (finite), such as {@code rate_before} and {@code rate_after}
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record Event(String type, Instant at, double value, String label, Map<String, Double> attributes) {

    /** Validates that the value and attributes are finite. */
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        label = label == null ? type : label;
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        Finite.require("event " + type, value);
        attributes.forEach((k, v) -> Finite.require("event " + type + " attribute " + k, v));
    }

    /** An event with no attributes. */
    public Event(String type, Instant at, double value, String label) {
        this(type, at, value, label, Map.of());
    }
}
