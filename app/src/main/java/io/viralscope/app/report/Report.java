package io.viralscope.app.report;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.VideoAnalysis;

import io.viralscope.api.Detection;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param summaries   one small summary per video, in the order of {@code videos}: what a report keeps of every
 *                    video while the analyses themselves are read again when a writer needs them
 * @param metrics     every metric name each detector reported on some video, in the order first seen (the CSV
 *                    report's columns)
 */
public record Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos,
                     RunStats stats, List<String> problems, List<Breakout> breakouts,
                     List<SharedEventFinding> sharedEvents, AnalysisWindow window, List<VideoSummary> summaries,
                     Map<String, Set<String>> metrics) {

    /**
     * A report over analyses already in memory (tests, small reports): the summaries and metric names are read
     * from them.
     */
    public Report(Instant generatedAt, List<DetectorInfo> detectors, List<VideoAnalysis> videos, RunStats stats,
                  List<String> problems, List<Breakout> breakouts, List<SharedEventFinding> sharedEvents,
                  AnalysisWindow window) {
        this(generatedAt, detectors, videos, stats, problems, breakouts, sharedEvents, window,
                summaries(videos, breakouts), metricsOf(detectors, videos));
    }

    private static List<VideoSummary> summaries(List<VideoAnalysis> videos, List<Breakout> breakouts) {
        Set<String> flagged = breakouts.stream().map(Breakout::videoId).collect(Collectors.toSet());
        return videos.stream().map(v -> VideoSummary.of(v, flagged.contains(v.series().videoId()))).toList();
    }

    /** Every metric name per detector, detectors in report order, then any other detector as met. */
    static Map<String, Set<String>> metricsOf(List<DetectorInfo> detectors, Iterable<VideoAnalysis> videos) {
        MetricNames names = new MetricNames(detectors);
        videos.forEach(names::add);
        return names.result();
    }

    /** Collects metric names per detector as analyses go by. */
    static final class MetricNames {
        private final Map<String, Set<String>> names = new LinkedHashMap<>();

        MetricNames(List<DetectorInfo> detectors) {
            detectors.forEach(d -> names.put(d.id(), new LinkedHashSet<>()));
        }

        void add(VideoAnalysis v) {
            for (Detection d : v.detections()) {
                names.computeIfAbsent(d.detector(), k -> new LinkedHashSet<>()).addAll(d.metrics().keySet());
            }
        }

        Map<String, Set<String>> result() {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            names.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
            return Collections.unmodifiableMap(out);
        }
    }

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

    /** How many videos the report covers. */
    public int videoCount() {
        return summaries.size();
    }

    /**
     * The JSON report's schema id (docs/architecture.md#json-report): 2 since fitted curves are absent unless
     * asked for, and compact when present (docs/report.md).
     */
    public static final String SCHEMA = "viralscope.report/4";

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
