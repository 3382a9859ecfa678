package io.viralscope.app.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * One {@code reports.query} of the YouTube Analytics API v2 for one video of the signed-in channel
 * ({@code ids=channel==MINE}, {@code filters=video==ID}).
 *
 * @param videoId    the video
 * @param startDate  first day, inclusive
 * @param endDate    last day, inclusive
 * @param dimensions {@code day}, {@code day,insightTrafficSourceType}, or none for totals over the range
 * @param metrics    the metrics, in the order the answer's columns must have them
 */
public record ReportQuery(String videoId, LocalDate startDate, LocalDate endDate, List<String> dimensions,
                          List<String> metrics) {

    /** The daily figures of a video. */
    public static ReportQuery daily(String videoId, LocalDate start, LocalDate end) {
        return new ReportQuery(videoId, start, end, List.of("day"), DayFigures.METRICS);
    }

    /** The totals of a video over a range (no dimension): what a later start is anchored to. */
    public static ReportQuery totals(String videoId, LocalDate start, LocalDate end) {
        return new ReportQuery(videoId, start, end, List.of(), DayFigures.METRICS);
    }

    /** Daily views by traffic source. */
    public static ReportQuery trafficSources(String videoId, LocalDate start, LocalDate end) {
        return new ReportQuery(videoId, start, end, List.of("day", "insightTrafficSourceType"), List.of("views"));
    }
}
