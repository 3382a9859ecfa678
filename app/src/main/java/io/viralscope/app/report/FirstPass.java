package io.viralscope.app.report;

import io.viralscope.api.VideoSeries;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.alert.BreakoutRule;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What a report keeps of its first pass over the videos: a summary of each, the breakouts, the metric names and
 * the first series (to probe for settings no detector read). The pass may be made by a cohort detector walking its
 * members ({@link CohortMembers} feeds each member here), so every video is read once for both; whatever that walk
 * left out, {@link #complete} reads. Fed from the cohort detector's thread, completed from the report's.
 */
final class FirstPass {

    private final VideoSource source;
    private final Instant at;
    private final List<VideoSummary> summaries = new ArrayList<>();
    private final List<Breakout> breakouts = new ArrayList<>();
    private final Report.MetricNames metrics;
    private final VideoSpool spool;
    private VideoSeries probe;
    private boolean closed;

    /**
     * @param source    the report's videos
     * @param at        the instant breakouts are evaluated at
     * @param detectors the report's detectors, for the metric names' order
     */
    FirstPass(VideoSource source, Instant at, List<Report.DetectorInfo> detectors) {
        this(source, at, detectors, VideoSpool.NONE);
    }

    /** As above; {@code spool} is handed each video as the pass takes it, in report order. */
    FirstPass(VideoSource source, Instant at, List<Report.DetectorInfo> detectors, VideoSpool spool) {
        this.source = source;
        this.at = at;
        this.metrics = new Report.MetricNames(detectors);
        this.spool = spool;
    }

    /**
     * Takes the next video in report order; false once the pass is closed (a late feed from a cohort detector
     * that outlived its time limit), when it is not taken.
     */
    synchronized boolean accept(VideoSource.Analysed a) {
        if (closed) {
            return false;
        }
        take(a);
        return true;
    }

    private void take(VideoSource.Analysed a) {
        VideoAnalysis v = a.analysis();
        // a breakout is about now: a window that ends before a video's data does not say
        Optional<Breakout> b = v.series().lastAt().equals(a.stored().lastAt())
                ? BreakoutRule.evaluate(v, at) : Optional.empty();
        b.ifPresent(breakouts::add);
        spool.take(v, b, new java.util.TreeMap<>(a.sources()));
        summaries.add(VideoSummary.of(v, b.isPresent()));
        metrics.add(v);
        if (probe == null) {
            probe = v.series();
        }
    }

    /** True while nothing has been taken yet, so a walk from the first video can feed the pass. */
    synchronized boolean fresh() {
        return summaries.isEmpty() && !closed;
    }

    /** Closes the pass to feeds and reads the videos it has not taken yet, in order. */
    void complete(Progress progress) {
        int from;
        synchronized (this) {
            closed = true;
            from = summaries.size();
        }
        // a cohort detector's walk that stopped early still has batches under way: not analysed twice at once
        source.stopReadingAhead();
        Iterator<VideoSource.Analysed> rest = source.analysed(progress, from);
        while (rest.hasNext()) {
            VideoSource.Analysed a = rest.next();
            synchronized (this) {
                take(a);
            }
        }
    }

    synchronized List<VideoSummary> summaries() {
        return List.copyOf(summaries);
    }

    synchronized List<Breakout> breakouts() {
        return List.copyOf(breakouts);
    }

    synchronized java.util.Map<String, java.util.Set<String>> metrics() {
        return metrics.result();
    }

    synchronized Optional<VideoSeries> probe() {
        return Optional.ofNullable(probe);
    }
}
