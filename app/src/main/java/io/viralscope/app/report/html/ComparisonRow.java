package io.viralscope.app.report.html;

import java.util.List;

/**
 * One row of the overview's comparison table: the figures an analyst compares across videos, the headline
 * metrics being those the detections mark as such ({@link HeadlineColumn}).
 *
 * @param anchor      id of the video's section in the page, or {@code null} when it has none
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

    static ComparisonRow of(VideoEntry e, List<HeadlineColumn> columns) {
        return of(e, columns, false);
    }

    /**
     * The row of one video; a {@code compact} one (a page of many videos) leaves out the tooltips that repeat the
     * headings and the verdict's meaning (the tally above the table gives it).
     */
    static ComparisonRow of(VideoEntry e, List<HeadlineColumn> columns, boolean compact) {
        Double last = e.lastViews();
        return new ComparisonRow(e.anchor(), e.videoId(), e.title(), e.url(),
                new Cell(e.window(), e.firstIso(), compact ? null : e.samples() + " samples"),
                Cell.number(e.viewsText(), last, last == null ? null : HumanNumbers.count(last.longValue())
                        + " views"),
                columns.stream().map(c -> c.cell(e.briefs())).toList(),
                Cell.text(e.verdict().phrase(), compact ? null : e.verdict().meaning()), e.verdict().tone(),
                e.verdict().determined()
                        ? Cell.number(e.verdict().confidenceText(), e.confidence(),
                        compact ? null : "confidence of the verdict")
                        : new Cell(HumanNumbers.UNKNOWN, "0", "no verdict, so no confidence"),
                e.verdict().confidencePercent(), e.verdict().determined());
    }

    /** True when the page has a section with this video's details. */
    public boolean detailed() {
        return anchor != null;
    }
}
