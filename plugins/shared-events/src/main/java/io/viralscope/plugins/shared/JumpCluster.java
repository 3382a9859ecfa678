package io.viralscope.plugins.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Jumps of different videos on one day or the days either side of it: a candidate shared event.
 *
 * <p>Daily samples are taken at any time of day, so one night's release lands in an increment that the daily grid
 * spreads over two dates; one video shows the jump on the day, another on the day before or after. Grouping the
 * neighbouring days keeps one cause one event instead of two half-events.
 *
 * @param day   the day most of the jumps fell on (the earlier of equals): the event's day
 * @param jumps one jump per video, the strongest of each video within the group
 * @param days  how many distinct days the jumps fell on (1 to 3)
 */
record JumpCluster(LocalDate day, List<Jump> jumps, int days) {
}
