package io.viralscope.plugins.shared;

import java.time.LocalDate;

/**
 * A day on which one video's views stood out above what its own history leads one to expect.
 *
 * @param videoId      the video
 * @param day          the UTC day the views happened in
 * @param size         the day's views as a multiple of the expected day
 * @param significance how many of the video's own typical day-to-day deviations the jump stands above
 */
record Jump(String videoId, LocalDate day, double size, double significance) {
}
