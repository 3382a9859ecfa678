package io.viralscope.app.report.html;

import io.viralscope.app.analysis.VideoAnalysis;

import java.util.List;

/**
 * One row of the overview's comparison table: the figures an analyst compares across videos.
 *
 * @param anchor      id of the video's section in the page
 * @param videoId     YouTube id
 * @param title       title as shown
 * @param url         the video on YouTube
 * @param window      first to last sample
 * @param views       views at the last sample
 * @param model       best growth model and its R²
 * @param saturation  saturation level and how much of it is reached
 * @param bass        Bass q/p: word of mouth versus push
 * @param likes       likes-per-view band
 * @param comments    comments-per-view band
 * @param verdict     verdict in words
 * @param verdictTone CSS class of the verdict's colour
 * @param confidence  verdict confidence; a dash when there is no verdict
 * @param confidencePercent confidence 0..100 for the meter
 * @param determined  false when there is no verdict (no meter then)
 */
public record ComparisonRow(String anchor, String videoId, String title, String url, Cell window, Cell views,
                            Cell model, Cell saturation, Cell bass, Cell likes, Cell comments, Cell verdict,
                            String verdictTone, Cell confidence, long confidencePercent, boolean determined) {

    /** Least R² of the best growth curve for Bass q/p to be read as a mechanism in the table. */
    static final double READ_MIN_R2 = 0.5;

    static ComparisonRow of(VideoAnalysis v, VideoView view) {
        String noGrowth = "No growth-curve fit for this video (detector not loaded, or not enough data).";
        String model = KnownMetrics.text(v, KnownMetrics.GROWTH, KnownMetrics.MODEL);
        Double r2 = KnownMetrics.number(v, KnownMetrics.GROWTH, KnownMetrics.R2);
        Cell modelCell = model == null ? Cell.unknown(noGrowth)
                : Cell.text(model + (r2 == null ? "" : " · R²\u00a0" + HumanNumbers.decimal(floor(r2, 3))),
                "best model by AICc" + (r2 == null ? "" : "; R² of the fit " + r2));

        Double sat = KnownMetrics.number(v, KnownMetrics.GROWTH, KnownMetrics.SATURATION);
        Double last = view.lastViews();
        Cell satCell = sat == null ? Cell.unknown(noGrowth) : Cell.number(HumanNumbers.compact(sat)
                        + (last != null && sat > 0 ? " (" + HumanNumbers.wholePercent(last / sat) + ")" : ""),
                sat, "saturation level of the fitted model" + (last != null && sat > 0 ? "; the last count is "
                        + HumanNumbers.wholePercent(last / sat) + " of it" : ""));

        Double p = KnownMetrics.number(v, KnownMetrics.GROWTH, KnownMetrics.BASS_P);
        Double q = KnownMetrics.number(v, KnownMetrics.GROWTH, KnownMetrics.BASS_Q);
        Cell bassCell;
        if (p == null || q == null || p <= 0) {
            bassCell = Cell.unknown("No Bass fit: q/p is known only when the growth-curve detector fitted Bass.");
        } else {
            double ratio = q / p;
            // q/p reads as word of mouth or push only when a diffusion curve describes the series: not when a
            // straight line fits best, nor when the best fit explains little of the daily views (a shock)
            String unread = "linear".equals(model) ? "a straight line fits better than any diffusion curve"
                    : r2 == null || r2 < READ_MIN_R2 ? "the best fit explains little of the daily views (R² "
                    + (r2 == null ? "unknown" : HumanNumbers.decimal(floor(r2, 3))) + ")" : null;
            String reading = unread != null ? "" : ratio > 1 ? " · word\u00a0of\u00a0mouth" : " · push";
            bassCell = Cell.number(HumanNumbers.ratio(ratio) + reading, ratio,
                    "q (imitation, word of mouth) = " + HumanNumbers.decimal(q) + ", p (innovation, external push) = "
                            + HumanNumbers.decimal(p) + (unread == null ? ""
                            : "; " + unread + ", so this table does not read q/p as a mechanism (the verdict weighs "
                            + "the growth-curve evidence by its R²)"));
        }

        return new ComparisonRow(view.anchor(), view.videoId(), view.title(), view.url(),
                new Cell(view.window(), view.firstIso(), view.samples() + " samples"),
                Cell.number(view.viewsText(), last, last == null ? null : HumanNumbers.count(last.longValue())
                        + " views"),
                modelCell, satCell, bassCell,
                band(v, KnownMetrics.LIKES_BAND, KnownMetrics.LIKES_PER_VIEW, EngagementBands.LIKES),
                band(v, KnownMetrics.COMMENTS_BAND, KnownMetrics.COMMENTS_PER_VIEW, EngagementBands.COMMENTS),
                Cell.text(view.verdict().phrase(), view.verdict().meaning()), view.verdict().tone(),
                view.verdict().determined()
                        ? Cell.number(view.verdict().confidenceText(), v.verdict().confidence(), "confidence of the verdict")
                        : new Cell(HumanNumbers.UNKNOWN, "0", "no verdict, so no confidence"),
                view.verdict().confidencePercent(), view.verdict().determined());
    }

    private static Cell band(VideoAnalysis v, String bandMetric, String ratioMetric,
                             List<EngagementBands.Band> bands) {
        Double ratio = KnownMetrics.number(v, KnownMetrics.ENGAGEMENT, ratioMetric);
        String band = KnownMetrics.text(v, KnownMetrics.ENGAGEMENT, bandMetric);
        if (band == null && ratio != null) {
            band = EngagementBands.nameOf(bands, ratio);
        }
        if (band == null) {
            return Cell.unknown("Unknown: the engagement detector did not report it (hidden counts, or not loaded).");
        }
        return Cell.number(band + (ratio == null ? "" : " · " + HumanNumbers.percent(ratio)), ratio,
                MetricText.name(ratioMetric) + (ratio == null ? " unknown" : " " + HumanNumbers.percent(ratio)));
    }

    /** Rounded down, so a fit of R² 0.9996 reads 0.999 rather than a perfect 1. */
    private static double floor(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.floor(v * f) / f;
    }
}
