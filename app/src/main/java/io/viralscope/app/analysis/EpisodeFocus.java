package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Episode;
import io.viralscope.api.Event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Which episode a detection's evidence is about, when the detection split the series into several: the one holding
 * its peak event (the burst its findings rest on), else the one with the most views above its baseline. Read from
 * the typed episodes and events the detector reported; the host applies no rule of its own to the views.
 */
final class EpisodeFocus {

    private EpisodeFocus() {
    }

    /**
     * "mechanism: this evidence is about the episode 2026-03-01 to 2026-04-10, the largest of 3 (…)", or empty
     * when the detection reports fewer than two episodes.
     */
    static Optional<String> sentence(Detection d) {
        List<Episode> episodes = d.episodes();
        if (episodes.size() < 2) {
            return Optional.empty();
        }
        // plain loops, not streams: this runs for every video, and a cold report pays for compiling it
        Episode holdingPeak = holdingFirstPeak(d, episodes);
        Episode focus = holdingPeak != null ? holdingPeak : largest(episodes);
        int rank = rankBySize(episodes, focus);
        String which = rank == 1 ? "the largest of " + episodes.size()
                : ordinal(rank) + " largest of " + episodes.size() + (holdingPeak != null ? ", holding the peak"
                : "");
        return Optional.of(d.detector() + ": this evidence is about the episode " + day(focus.start()) + " to "
                + day(focus.end()) + ", " + which + " (" + focus.label() + "; " + focus.mechanism().phrase()
                + "); the report lists every episode with its own mechanism.");
    }

    /** The first episode holding a peak event, taking the peaks in order; {@code null} when none holds one. */
    private static Episode holdingFirstPeak(Detection d, List<Episode> episodes) {
        for (Event event : d.events()) {
            if (!event.type().equals("peak")) {
                continue;
            }
            for (Episode e : episodes) {
                if (holds(e, event.at())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The first of the episodes with the most views above their baseline. */
    private static Episode largest(List<Episode> episodes) {
        Episode best = episodes.get(0);
        for (Episode e : episodes) {
            if (e.viewsAboveBaseline() > best.viewsAboveBaseline()) {
                best = e;
            }
        }
        return best;
    }

    /**
     * 1 for the largest: the place of {@code focus} among the episodes ordered by views above their baseline, largest
     * first, ties in their own order (the first equal episode counts, as a stable sort would place it).
     */
    private static int rankBySize(List<Episode> episodes, Episode focus) {
        int rank = 1;
        int at = episodes.indexOf(focus);
        for (int i = 0; i < episodes.size(); i++) {
            long views = episodes.get(i).viewsAboveBaseline();
            if (views > focus.viewsAboveBaseline() || views == focus.viewsAboveBaseline() && i < at) {
                rank++;
            }
        }
        return rank;
    }

    private static boolean holds(Episode e, Instant at) {
        // an event about a day is stamped within it; the episode's end names its last whole day
        return !at.isBefore(e.start()) && at.isBefore(e.end().plusSeconds(86_400));
    }

    private static String day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
