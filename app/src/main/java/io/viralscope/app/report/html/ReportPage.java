package io.viralscope.app.report.html;

import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.report.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * @param rows         the comparison table: every video
 * @param videos       the per-video sections: every video, or the chosen few of a report of many
 * @param matrix       detectors side by side, for the videos with sections
 * @param methods      the methods appendix
 * @param waiting      the videos some detector had too little data for, and what they need
 * @param columns      the comparison table's headline columns, as the detections mark them
 * @param timeline     the shared events across videos, drawn above the comparison table
 * @param window       the days asked for in words ("2026-03-01 to 2026-03-31"), or {@code null} for every day
 * @param multiples    the small multiples: every video
 * @param details      which videos have sections and how to get the others, or {@code null} when all have
 */
public record ReportPage(String generatedAt, List<String> detectorIds, List<VerdictCount> verdicts,
                         List<ComparisonRow> rows, List<VideoView> videos, DetectorMatrix matrix,
                         MethodsView methods, WaitingForData waiting, List<HeadlineColumn> columns,
                         SharedEventTimeline timeline, String window, List<VideoEntry> multiples,
                         String details) {

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

    /** Per-video sections a page has by default: a report of more videos has them for this many only. */
    public static final int DEFAULT_DETAILS = 50;

    /**
     * The order of videos on the page: the most confident verdicts first, so the clearest stories lead, then the
     * most viewed; ties keep the report's order.
     */
    static final Comparator<VideoEntry> PAGE_ORDER = Comparator
            .comparingDouble((VideoEntry v) -> -v.confidence())
            .thenComparingDouble(v -> -(v.lastViews() == null ? 0 : v.lastViews()));

    /** The page of {@code report}, every video with a section when there are at most {@link #DEFAULT_DETAILS}. */
    public static ReportPage of(Report report) {
        return of(report, DEFAULT_DETAILS);
    }

    /**
     * The page of {@code report}. Its videos are read once, one at a time: every video gets its row in the
     * comparison table and its small multiple, and at most {@code details} videos a section of their own
     * ({@link DetailChoice}); the rest of each video is dropped as soon as it has been read.
     */
    public static ReportPage of(Report report, int details) {
        List<String> detectorIds = new ArrayList<>(report.metrics().keySet());
        report.detectors().forEach(d -> {
            if (!detectorIds.contains(d.id())) {
                detectorIds.add(d.id());
            }
        });
        Set<String> chosen = DetailChoice.of(report.summaries(), details);
        // a page of many videos repeats its rows and small multiples thousands of times: they are kept lean
        boolean compact = chosen.size() < report.summaries().size();
        Set<String> anchors = new HashSet<>();
        List<VideoEntry> entries = new ArrayList<>();
        List<VideoAnalysis> detailed = new ArrayList<>();
        List<VideoView> views = new ArrayList<>();
        Map<String, VerdictCount> verdicts = new LinkedHashMap<>();
        HeadlineColumn.Collector columnsSeen = new HeadlineColumn.Collector();
        WaitingForData.Tally waiting = new WaitingForData.Tally();
        DetectorMatrix.Agreement agreement = new DetectorMatrix.Agreement();
        MethodsView.Totals totals = new MethodsView.Totals(detectorIds);
        Map<String, Breakout> breakouts = new HashMap<>();
        report.breakouts().forEach(b -> breakouts.putIfAbsent(b.videoId(), b));
        for (VideoAnalysis v : report.videos()) {
            String id = v.series().videoId();
            boolean withSection = chosen.contains(id);
            VideoEntry entry = VideoEntry.of(v, withSection ? anchor(id, anchors) : null, compact && !withSection);
            entries.add(entry);
            if (withSection) {
                detailed.add(v);
                views.add(VideoView.of(v, entry, breakouts.containsKey(id) ? breakouts.get(id).reasons()
                        : List.of()));
            }
            VerdictView vv = entry.verdict();
            verdicts.merge(vv.phrase(), new VerdictCount(vv.phrase(), vv.tone(), vv.meaning(), 1),
                    (a, b) -> new VerdictCount(a.phrase(), a.tone(), a.meaning(), a.count() + 1));
            columnsSeen.add(v);
            waiting.add(v);
            agreement.add(v);
            totals.add(v);
        }
        List<Integer> order = pageOrder(entries);
        List<VideoEntry> sorted = order.stream().map(entries::get).toList();
        List<Integer> detailOrder = pageOrder(views.stream().map(ReportPage::entryOf).toList());
        List<VideoView> sortedViews = detailOrder.stream().map(views::get).toList();
        List<VideoAnalysis> sortedDetailed = detailOrder.stream().map(detailed::get).toList();
        List<HeadlineColumn> columns = columnsSeen.columns(detectorIds);
        List<ComparisonRow> rows = sorted.stream().map(e -> ComparisonRow.of(e, columns, compact)).toList();
        List<VerdictCount> counts = new ArrayList<>(verdicts.values());
        counts.sort((a, b) -> Long.compare(b.count(), a.count()));
        String note = views.size() == entries.size() ? null : DetailChoice.note(views.size(), entries.size());
        return new ReportPage(HumanDates.timestamp(report.generatedAt()), List.copyOf(detectorIds), counts, rows,
                sortedViews, DetectorMatrix.of(detectorIds, sortedDetailed, sortedViews, agreement),
                MethodsView.of(report, sortedDetailed, detectorIds, sortedViews, totals),
                waiting.note(detectorIds), columns, SharedEventTimeline.of(report, anchorsById(sortedViews), compact),
                report.window().whole() ? null : report.window().describe(), sorted, note);
    }

    /** The indexes of {@code entries} in page order (a stable sort: ties keep the report's order). */
    private static List<Integer> pageOrder(List<VideoEntry> entries) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(entries::get, PAGE_ORDER));
        return order;
    }

    private static VideoEntry entryOf(VideoView v) {
        return new VideoEntry(v.anchor(), v.videoId(), v.title(), v.url(), v.window(), v.firstIso(), v.days(),
                v.samples(), v.lastViews(), v.viewsText(), v.verdict(), v.spark(), Map.of());
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

    /** How many videos the report covers. */
    public int videoCount() {
        return rows.size();
    }
}
