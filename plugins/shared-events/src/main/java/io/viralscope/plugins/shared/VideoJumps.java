package io.viralscope.plugins.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The jumps of one video and the days on which a jump could have been judged at all.
 *
 * @param videoId  the video
 * @param firstDay the first day judged (a week of history before it), or {@code null} when none was
 * @param lastDay  the last day judged, or {@code null} when none was
 * @param jumps    the days that stood out, in day order
 */
record VideoJumps(String videoId, LocalDate firstDay, LocalDate lastDay, List<Jump> jumps) {

    static VideoJumps none(String videoId) {
        return new VideoJumps(videoId, null, null, List.of());
    }

    /** True when {@code day} was one of the days judged. */
    boolean judged(LocalDate day) {
        return firstDay != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
