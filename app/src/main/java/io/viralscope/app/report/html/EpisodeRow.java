package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Episode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One episode a detector split the series into, numbered in time order as the daily chart shades it.
 *
 * @param number    1, 2, … in time order over every detection's episodes
 * @param from      first day, in words
 * @param to        last day, in words
 * @param start     00:00 UTC of the first day
 * @param end       00:00 UTC of the day after the last, where its shading ends
 * @param views     views above the baseline, compactly
 * @param mechanism the mechanism in plain words
 * @param tone      its colour's CSS class
 * @param label     the detector's label
 * @param detector  which detector found it
 */
public record EpisodeRow(int number, String from, String to, Instant start, Instant end, String views,
                         String mechanism, String tone, String label, String detector) {

    /** The episodes of {@code detections}, numbered in time order. */
    static List<EpisodeRow> of(List<Detection> detections) {
        record Found(Episode episode, String detector) {
        }
        List<Found> all = new ArrayList<>();
        detections.forEach(d -> d.episodes().forEach(e -> all.add(new Found(e, d.detector()))));
        all.sort((a, b) -> a.episode().start().compareTo(b.episode().start()));
        List<EpisodeRow> rows = new ArrayList<>(all.size());
        for (Found f : all) {
            Episode e = f.episode();
            MechanismWords words = MechanismWords.of(e.mechanism());
            rows.add(new EpisodeRow(rows.size() + 1, HumanDates.day(e.start()), HumanDates.day(e.end()), e.start(),
                    e.end().plus(Duration.ofDays(1)), HumanNumbers.count(e.viewsAboveBaseline()), words.phrase(),
                    words.tone(), e.label(), f.detector()));
        }
        return List.copyOf(rows);
    }

    /** "Episode 2, 1 Mar 2026 to 10 Apr 2026: tastemaker shock, 1,234 views above baseline (burst …)". */
    String tooltip() {
        return "Episode " + number + ", " + from + " to " + to + ": " + mechanism + ", " + views
                + " views above baseline (" + label + ")";
    }
}
