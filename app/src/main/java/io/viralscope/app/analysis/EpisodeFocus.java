package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Episode;
import io.viralscope.api.Event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
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
        List<Episode> bySize = episodes.stream()
                .sorted(Comparator.comparingLong(Episode::viewsAboveBaseline).reversed()).toList();
        Optional<Episode> holdingPeak = d.events("peak").stream().map(Event::at)
                .flatMap(at -> episodes.stream().filter(e -> holds(e, at))).findFirst();
        Episode focus = holdingPeak.orElse(bySize.get(0));
        int rank = bySize.indexOf(focus) + 1;
        String which = rank == 1 ? "the largest of " + episodes.size()
                : ordinal(rank) + " largest of " + episodes.size() + (holdingPeak.isPresent() ? ", holding the peak"
                : "");
        return Optional.of(d.detector() + ": this evidence is about the episode " + day(focus.start()) + " to "
                + day(focus.end()) + ", " + which + " (" + focus.label() + "; " + focus.mechanism().phrase()
                + "); the report lists every episode with its own mechanism.");
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
