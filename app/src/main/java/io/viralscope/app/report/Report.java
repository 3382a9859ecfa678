package io.viralscope.app.report;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, whatever its format. Reports read results, never raw API objects.
 *
 * @param generatedAt when it was made
 * @param detectors   the detectors that ran, in column order
 * @param videos      one analysis per selected video
 * @param stats       run figures (cache hits, failures, time)
 * @param problems    plugins skipped and why, as sentences
 * @param breakouts   videos whose dynamics turned critical
 * @param window      the days asked for (each video's own days: {@link VideoAnalysis#window()})
 */
public record Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos,
                     RunStats stats, List<String> problems, List<Breakout> breakouts, AnalysisWindow window) {

    /** A report over every day of each series. */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems, List<Breakout> breakouts) {
        this(generatedAt, detectors, videos, stats, problems, breakouts, AnalysisWindow.WHOLE);
    }

    /** A report without breakouts. */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems) {
        this(generatedAt, detectors, videos, stats, problems, List.of());
    }

    /** The breakout of one video, if it was flagged. */
    public java.util.Optional<Breakout> breakout(String videoId) {
        return breakouts.stream().filter(b -> b.videoId().equals(videoId)).findFirst();
    }

    /** The JSON report's schema id (docs/architecture.md#json-report). */
    public static final String SCHEMA = "viralscope.report/1";

    /**
     * A detector that ran.
     *
     * @param id          detector id
     * @param version     detector version
     * @param description one sentence
     * @param plugin      id of the plugin providing it
     */
    public record DetectorInfo(String id, String version, String description, String plugin) {
    }
}
