package io.viralscope.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One episode of a long series: a burst and its relaxation, or a sustained build-up, with the mechanism that drove
 * it. A detector that splits a series into episodes reports them in time order; the host lists them, shades them on
 * the daily chart and says which one its verdict is about.
 *
 * @param start              00:00 UTC of the episode's first day
 * @param end                00:00 UTC of its last day (the day is included); not before {@code start}
 * @param viewsAboveBaseline views the episode brought beyond the baseline before it, at least 0
 * @param mechanism          how the episode spread
 * @param label              a short plain phrase for reports, such as "burst of 4.1× the baseline"
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record Episode(Instant start, Instant end, long viewsAboveBaseline, Mechanism mechanism, String label) {

    /** Validates that every part is there and the span is in order. */
    public Episode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(mechanism, "mechanism");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an episode cannot end (" + end + ") before it starts (" + start
                    + ")");
        }
        if (viewsAboveBaseline < 0) {
            throw new IllegalArgumentException("an episode's views above baseline cannot be negative");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an episode needs a label");
        }
    }
}
