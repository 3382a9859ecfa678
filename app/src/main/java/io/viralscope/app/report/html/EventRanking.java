package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a video's events are shown (docs/architecture.md#events): first each detector's landmarks,
 * the events that declare no {@code significance} (a peak, an inflection: one of each), in time order; then
 * every event that declares one, most significant first, ties in time order. The significance is read from the
 * event as its plugin wrote it, never recomputed here: the plugin decides how far an event stands out.
 */
final class EventRanking {

    /** The attribute an event declares its significance in: larger stands out more. */
    static final String SIGNIFICANCE = "significance";

    /** Events labelled on the daily chart; the others are marked without a label and listed in the table. */
    static final int LABELLED = 6;

    /**
     * An event with the detection that reported it.
     *
     * @param event     the event
     * @param detection who found it
     */
    record Ranked(Event event, Detection detection) {

        /** The declared significance, or {@code null} for a landmark. */
        Double significance() {
            Double s = event.attributes().get(SIGNIFICANCE);
            return s == null || s.isNaN() ? null : s;
        }
    }

    private EventRanking() {
    }

    /** Every event of {@code detections}, landmarks first, then the most significant first. */
    static List<Ranked> of(List<Detection> detections) {
        List<Ranked> all = new ArrayList<>();
        detections.forEach(d -> d.events().forEach(e -> all.add(new Ranked(e, d))));
        all.sort(Comparator.comparing((Ranked r) -> r.significance() != null)
                .thenComparing(r -> r.significance() == null ? 0 : -r.significance())
                .thenComparing(r -> r.event().at())); // stable: detector order within a day
        return all;
    }
}
