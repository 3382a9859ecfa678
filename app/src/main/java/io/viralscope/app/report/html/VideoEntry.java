package io.viralscope.app.report.html;

import io.viralscope.api.VideoSeries;
import io.viralscope.app.Counted;
import io.viralscope.app.analysis.SeriesWindow;
import io.viralscope.app.analysis.VideoAnalysis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the overview shows of every video, however many there are: its row in the comparison table and its small
 * multiple. Kept for every video while the page is built, so it holds text, a small sparkline and the headline
 * cells only, never the series or the detections.
 *
 * @param anchor     id of the video's section in the page, or {@code null} when the page has no section for it
 * @param videoId    YouTube id
 * @param title      title as shown ("untitled" when YouTube gave none)
 * @param url        the video on YouTube
 * @param window     first to last day analysed, in words
 * @param firstIso   first sample's date, ISO
 * @param days       days from first to last
 * @param samples    stored samples analysed
 * @param lastViews  views at the last sample, or {@code null} without samples
 * @param viewsText  those views, compactly
 * @param verdict    the verdict
 * @param spark      the small multiple
 * @param briefs     by detector, what the comparison table's headline cells need of its detection
 */
public record VideoEntry(String anchor, String videoId, String title, String url, String window, String firstIso,
                         long days, int samples, Double lastViews, String viewsText, VerdictView verdict,
                         SvgImage spark, Map<String, HeadlineColumn.Brief> briefs) {

    /** A sparkline is {@value Sparkline#WIDTH} units wide: more points than this add bytes, not shape. */
    static final int SPARK_POINTS = 60;
    /** Points of a sparkline on a page of many videos, where every byte counts ten thousand times. */
    static final int COMPACT_SPARK_POINTS = 24;

    static VideoEntry of(VideoAnalysis v, String anchor) {
        return of(v, anchor, false);
    }

    /**
     * The entry of one video; a {@code compact} one (a page of many videos) has a coarser sparkline and shorter
     * tooltips.
     */
    static VideoEntry of(VideoAnalysis v, String anchor, boolean compact) {
        VideoSeries s = v.series();
        String title = s.title().isBlank() ? "untitled video " + s.videoId() : VideoView.displayTitle(s.title());
        String url = "https://www.youtube.com/watch?v=" + URLEncoder.encode(s.videoId(), StandardCharsets.UTF_8);
        // the UTC days analysed, as the daily chart shows them; a series without a whole day, by its samples
        SeriesWindow w = v.window();
        String window = w.hasDays() ? HumanDates.window(HumanDates.midnight(w.from()), HumanDates.midnight(w.to()))
                : s.isEmpty() ? "no samples" : HumanDates.window(s.firstAt().get(), s.lastAt().get());
        long days = w.hasDays() ? w.to().toEpochDay() - w.from().toEpochDay() + 1
                : s.isEmpty() ? 0 : HumanDates.days(s.firstAt().get(), s.lastAt().get());
        Double last = s.last().map(x -> (double) x.views()).orElse(null);
        VerdictView verdict = VerdictView.of(v.verdict());
        SvgImage spark = Sparkline.of("Cumulative views of " + title + ": " + (s.isEmpty() ? "no samples"
                        : HumanNumbers.compact((double) s.samples().get(0).views()) + " to " + HumanNumbers.compact(last)
                        + " in " + Counted.of(days, "day")) + "; verdict " + verdict.phrase() + ".",
                thinned(VideoCharts.observedViews(s), compact ? COMPACT_SPARK_POINTS : SPARK_POINTS), verdict.tone(),
                compact);
        return new VideoEntry(anchor, s.videoId(), title, url, window, s.firstAt().map(HumanDates::iso).orElse(""),
                days, w.samples(), last, HumanNumbers.compact(last), verdict, spark, HeadlineColumn.briefs(v, compact));
    }

    /** At most {@code max} points, evenly spread by index, the first and last always kept. */
    static List<LineChart.Point> thinned(List<LineChart.Point> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        List<LineChart.Point> out = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            out.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (max - 1))));
        }
        return out;
    }

    /** The window's length, such as "90 days". */
    public String spanText() {
        return Counted.of(days, "day");
    }

    /** True when the page has a section with this video's details. */
    public boolean detailed() {
        return anchor != null;
    }

    /** The verdict's confidence, 0 when there is none. */
    double confidence() {
        return verdict.confidence();
    }
}
