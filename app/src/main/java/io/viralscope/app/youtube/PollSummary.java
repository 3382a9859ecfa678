package io.viralscope.app.youtube;

import io.viralscope.app.Counted;
import java.util.ArrayList;
import java.util.List;

/** A polling round in one line of plain words, the same for {@code poll} and each round of {@code watch}. */
public final class PollSummary {

    private static final int LISTED_IDS = 10;

    private PollSummary() {
    }

    /** For example "polled 120 of 120 videos with 3 requests: 118 new samples, 2 now unavailable (a, b)." */
    public static String line(PollOutcome o) {
        List<String> parts = new ArrayList<>();
        parts.add(Counted.of(o.samplesAdded(), "new sample"));
        if (o.unchanged() > 0) {
            parts.add(o.unchanged() + " unchanged since the last answer (304)");
        }
        if (!o.newlyUnavailable().isEmpty()) {
            parts.add(o.newlyUnavailable().size() + " now unavailable (deleted, private or unknown: "
                    + ids(o.newlyUnavailable()) + "; their history is kept)");
        }
        if (!o.reappeared().isEmpty()) {
            parts.add(o.reappeared().size() + " available again (" + ids(o.reappeared()) + ")");
        }
        if (o.skippedRecent() > 0) {
            parts.add(o.skippedRecent() + " skipped (fetched within the minimum poll interval)");
        }
        if (o.notPolled() > 0) {
            parts.add(o.notPolled() + " not polled (the round stopped early)");
        }
        return "polled " + o.fetched() + " of " + Counted.of(o.requested(), "video")
                + " with " + Counted.of(o.calls(), "request") + ": " + String.join(", ", parts)
                + ".";
    }

    private static String ids(List<String> ids) {
        return ids.size() <= LISTED_IDS ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, LISTED_IDS)) + " and " + (ids.size() - LISTED_IDS) + " more";
    }
}
