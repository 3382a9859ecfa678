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
 * @param sharedEvents what the cohort detectors found across the videos (days several videos jumped together), by
 *                    day
 * @param window      the days asked for (each video's own days: {@link VideoAnalysis#window()})
 */
public record Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos,
                     RunStats stats, List<String> problems, List<Breakout> breakouts,
                     List<SharedEventFinding> sharedEvents, AnalysisWindow window) {

    /** A report over every day of each series, without shared events. */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems, List<Breakout> breakouts) {
        this(generatedAt, detectors, videos, stats, problems, breakouts, List.of(), AnalysisWindow.WHOLE);
    }

    /** A report over every day of each series. */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems, List<Breakout> breakouts, List<SharedEventFinding> sharedEvents) {
        this(generatedAt, detectors, videos, stats, problems, breakouts, sharedEvents, AnalysisWindow.WHOLE);
    }

    /** A report without shared events. */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems, List<Breakout> breakouts, AnalysisWindow window) {
        this(generatedAt, detectors, videos, stats, problems, breakouts, List.of(), window);
    }

    /** The shared events video {@code videoId} took part in, by day. */
    public List<SharedEventFinding> sharedEventsOf(String videoId) {
        return sharedEvents.stream().filter(f -> f.event().videoIds().contains(videoId)).toList();
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

    /**
     * The JSON report's schema id (docs/architecture.md#json-report): 2 since fitted curves are absent unless
     * asked for, and compact when present (docs/report.md).
     */
    public static final String SCHEMA = "viralscope.report/2";

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
