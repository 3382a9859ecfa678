package io.viralscope.app.report;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.Map;
import java.util.Optional;

/**
 * What a writer keeps of each video as a report's first pass takes it, in report order (see
 * {@link ReportWriter#spool}). Called from one thread at a time. A spool that cannot keep a video (a full disk,
 * say) gives up quietly: the writer then reads the videos again, as it would without one.
 */
public interface VideoSpool {

    /** A spool that keeps nothing. */
    VideoSpool NONE = (video, breakout, sampleSources) -> {
    };

    /**
     * Keeps what the writer needs of {@code video}.
     *
     * @param breakout      the video's breakout, if the first pass found one
     * @param sampleSources how many of its stored samples each source gave
     */
    void take(VideoAnalysis video, Optional<Breakout> breakout, Map<String, Integer> sampleSources);
}
