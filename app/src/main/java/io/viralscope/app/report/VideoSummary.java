package io.viralscope.app.report;

import io.viralscope.api.Sample;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Instant;

/**
 * The few figures of one video a report keeps in memory for the whole run (its analysis is read again when a
 * writer needs it): enough to order, choose and count videos, and to check that cohort findings name days inside
 * each video's window.
 *
 * @param videoId    YouTube id
 * @param title      title as stored
 * @param firstAt    first instant analysed, or {@code null} when the window holds none of its data
 * @param lastAt     last instant analysed, or {@code null}
 * @param lastViews  views at the last instant analysed (0 without samples)
 * @param mechanism  the verdict's mechanism
 * @param confidence the verdict's confidence
 * @param breakout   true when the video was flagged as breaking out
 */
public record VideoSummary(String videoId, String title, Instant firstAt, Instant lastAt, long lastViews,
                           String mechanism, double confidence, boolean breakout) {

    /** The summary of one analysis. */
    public static VideoSummary of(VideoAnalysis v, boolean breakout) {
        return new VideoSummary(v.series().videoId(), v.series().title(), v.series().firstAt().orElse(null),
                v.series().lastAt().orElse(null), v.series().last().map(Sample::views).orElse(0L),
                v.verdict().mechanism(), v.verdict().confidence(), breakout);
    }
}
