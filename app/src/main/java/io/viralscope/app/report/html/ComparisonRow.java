package io.viralscope.app.report.html;

import io.viralscope.app.analysis.VideoAnalysis;

import java.util.List;

/**
 * One row of the overview's comparison table: the figures an analyst compares across videos, the headline
 * metrics being those the detections mark as such ({@link HeadlineColumn}).
 *
 * @param anchor      id of the video's section in the page
 * @param videoId     YouTube id
 * @param title       title as shown
 * @param url         the video on YouTube
 * @param window      first to last sample
 * @param views       views at the last sample
 * @param headlines   one cell per headline column, in the page's column order
 * @param verdict     verdict in words
 * @param verdictTone CSS class of the verdict's colour
 * @param confidence  verdict confidence; a dash when there is no verdict
 * @param confidencePercent confidence 0..100 for the meter
 * @param determined  false when there is no verdict (no meter then)
 */
public record ComparisonRow(String anchor, String videoId, String title, String url, Cell window, Cell views,
                            List<Cell> headlines, Cell verdict, String verdictTone, Cell confidence,
                            long confidencePercent, boolean determined) {

    static ComparisonRow of(VideoAnalysis v, VideoView view, List<HeadlineColumn> columns) {
        Double last = view.lastViews();
        return new ComparisonRow(view.anchor(), view.videoId(), view.title(), view.url(),
                new Cell(view.window(), view.firstIso(), view.samples() + " samples"),
                Cell.number(view.viewsText(), last, last == null ? null : HumanNumbers.count(last.longValue())
                        + " views"),
                columns.stream().map(c -> c.cell(v)).toList(),
                Cell.text(view.verdict().phrase(), view.verdict().meaning()), view.verdict().tone(),
                view.verdict().determined()
                        ? Cell.number(view.verdict().confidenceText(), v.verdict().confidence(), "confidence of the verdict")
                        : new Cell(HumanNumbers.UNKNOWN, "0", "no verdict, so no confidence"),
                view.verdict().confidencePercent(), view.verdict().determined());
    }
}
