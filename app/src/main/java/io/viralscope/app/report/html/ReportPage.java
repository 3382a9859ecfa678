package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Sample;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.report.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the HTML page shows, computed from a {@link Report}: the view model the template renders. It holds
 * text and numbers only; the template escapes every string.
 *
 * @param generatedAt  when the report was made, in words
 * @param detectorIds  every detector in the report, in column order
 * @param verdicts     how many videos got each verdict
 * @param rows         the comparison table
 * @param videos       the per-video sections
 * @param matrix       detectors side by side
 * @param methods      the methods appendix
 * @param waiting      the videos some detector had too little data for, and what they need
 * @param columns      the comparison table's headline columns, as the detections mark them
 * @param timeline     the shared events across videos, drawn above the comparison table
 * @param window       the days asked for in words ("2026-03-01 to 2026-03-31"), or {@code null} for every day
 */
public record ReportPage(String generatedAt, List<String> detectorIds, List<VerdictCount> verdicts,
                         List<ComparisonRow> rows, List<VideoView> videos, DetectorMatrix matrix,
                         MethodsView methods, WaitingForData waiting, List<HeadlineColumn> columns,
                         SharedEventTimeline timeline, String window) {

    /**
     * How many videos share a verdict.
     *
     * @param phrase  the verdict in words
     * @param tone    its CSS class
     * @param meaning what it means
     * @param count   how many videos
     */
    public record VerdictCount(String phrase, String tone, String meaning, long count) {
    }

    /**
     * The order of videos on the page: the most confident verdicts first, so the clearest stories lead, then the
     * most viewed; ties keep the report's order.
     */
    static final Comparator<VideoAnalysis> PAGE_ORDER = Comparator
            .comparingDouble((VideoAnalysis v) -> -v.verdict().confidence())
            .thenComparingLong(v -> -v.series().last().map(Sample::views).orElse(0L));

    /** The page of {@code report}. */
    public static ReportPage of(Report report) {
        List<VideoAnalysis> videos = new ArrayList<>(report.videos());
        videos.sort(PAGE_ORDER);
        List<String> detectorIds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        report.detectors().forEach(d -> seen.add(d.id()));
        for (VideoAnalysis v : videos) {
            v.detections().stream().map(Detection::detector).forEach(seen::add);
        }
        detectorIds.addAll(seen);

        List<VideoView> views = new ArrayList<>();
        List<ComparisonRow> rows = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        Map<String, VerdictCount> verdicts = new LinkedHashMap<>();
        List<HeadlineColumn> columns = HeadlineColumn.of(videos, detectorIds);
        for (VideoAnalysis v : videos) {
            VideoView view = VideoView.of(v, anchor(v.series().videoId(), anchors),
                    report.breakout(v.series().videoId()).map(Breakout::reasons).orElse(List.of()));
            views.add(view);
            rows.add(ComparisonRow.of(v, view, columns));
            VerdictView vv = view.verdict();
            verdicts.merge(vv.phrase(), new VerdictCount(vv.phrase(), vv.tone(), vv.meaning(), 1),
                    (a, b) -> new VerdictCount(a.phrase(), a.tone(), a.meaning(), a.count() + 1));
        }
        List<VerdictCount> counts = new ArrayList<>(verdicts.values());
        counts.sort((a, b) -> Long.compare(b.count(), a.count()));
        return new ReportPage(HumanDates.timestamp(report.generatedAt()), List.copyOf(detectorIds), counts, rows,
                views, DetectorMatrix.of(detectorIds, videos, views),
                MethodsView.of(report, videos, detectorIds, views), WaitingForData.of(videos, detectorIds), columns,
                SharedEventTimeline.of(report, anchorsById(views)),
                report.window().whole() ? null : report.window().describe());
    }

    private static Map<String, String> anchorsById(List<VideoView> views) {
        Map<String, String> anchors = new LinkedHashMap<>();
        views.forEach(v -> anchors.putIfAbsent(v.videoId(), v.anchor()));
        return anchors;
    }

    /** A page-unique element id for a video: letters, digits, dashes and underscores only. */
    static String anchor(String videoId, Set<String> taken) {
        String base = "video-" + videoId.replaceAll("[^A-Za-z0-9_-]", "_");
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** How many per-video sections there are. */
    public int videoCount() {
        return videos.size();
    }
}
