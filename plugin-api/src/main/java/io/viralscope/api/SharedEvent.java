package io.viralscope.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something several videos went through on the same UTC day, most likely from one outside cause (a release, a
 * broadcast, a campaign): a {@link CohortDetector}'s finding.
 *
 * @param day     the UTC day the views happened in
 * @param kind    kebab-case kind, such as {@code jump} (each video's views jumped that day)
 * @param videos  each video involved with the size of its move, at least two, distinct video ids, biggest first
 *                or in any order the detector finds meaningful
 * @param summary one plain sentence for the analyst
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record SharedEvent(LocalDate day, String kind, List<Participant> videos, String summary) {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates the event: a day, a kebab-case kind, two or more distinct videos, a summary sentence. */
    public SharedEvent {
        Objects.requireNonNull(day, "day");
        if (kind == null || !KEBAB_CASE.matcher(kind).matches()) {
            throw new IllegalArgumentException("shared event kind '" + kind + "' must be kebab-case");
        }
        videos = List.copyOf(Objects.requireNonNull(videos, "videos"));
        if (videos.size() < 2) {
            throw new IllegalArgumentException("a shared event on " + day + " needs at least two videos but has "
                    + videos.size());
        }
        Set<String> ids = new HashSet<>();
        for (Participant p : videos) {
            if (!ids.add(p.videoId())) {
                throw new IllegalArgumentException("a shared event on " + day + " names video " + p.videoId()
                        + " twice");
            }
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a shared event on " + day + " needs a summary sentence");
        }
    }

    /** The ids of the videos involved, in the event's order. */
    public List<String> videoIds() {
        return videos.stream().map(Participant::videoId).toList();
    }

    /**
     * One video's part in a shared event.
     *
     * @param videoId the video
     * @param size    how big its move was: for a {@code jump}, the day's views as a multiple of the day the
     *                video's own history leads one to expect (2.4 means 2.4×); finite and positive
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
    public record Participant(String videoId, double size) {

        /** Validates the id and the size. */
        public Participant {
            Objects.requireNonNull(videoId, "videoId");
            Finite.require("size of video " + videoId + "'s part", size);
            if (!(size > 0)) {
                throw new IllegalArgumentException("size of video " + videoId + "'s part must be above 0 but was "
                        + size);
            }
        }
    }
}
