package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Sample;
import io.viralscope.api.SeriesQuality;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ratings hidden and comments turned off, as a person reads them in the report. */
class TurnedOffCountsReportTest {

    private static final String SUMMARY = "Of 1,000,000 views: likes appear turned off (they fell from 430 to 0 on "
            + "2026-08-03, so they are unknown, not 0), comments appear turned off (0 on 100,000 views, so they are "
            + "unknown, not 0), shares unknown.";

    /** 100k views a day; likes 400, 430, then 0 (hidden); comments 0 on every sample. */
    private static VideoSeries series(String id, long viewsPerDay) {
        List<Sample> samples = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Long likes = d == 0 ? 400L : d == 1 ? 430L : 0L;
            samples.add(new Sample(SampleReports.START.plus(Duration.ofDays(d)), viewsPerDay * (d + 1), likes, 0L,
                    null));
        }
        return new VideoSeries(id, "Ratings hidden", samples);
    }

    private static String html(VideoSeries s, Detection engagement) {
        return HtmlReportWriterTest.html(SampleReports.report(List.of(SampleReports.analysis(s,
                List.of(engagement))), List.of("engagement")));
    }

    private static String hiddenLikesAndComments() {
        // as the engagement plugin reports it: turned-off counts are unknown, not 0
        Detection engagement = SampleReports.engagementDeclarations(Detection.ok(SampleReports.detector("engagement"))
                .summary(SUMMARY).metricOrUnknown("likes_per_view", null).metricOrUnknown("comments_per_view", null))
                .build();
        return html(series("offAtEnd001", 100_000), engagement);
    }

    private static String chart(String html, String id) {
        String from = html.substring(html.indexOf("id=\"" + id + "-t\""));
        return from.substring(0, from.indexOf("</figure>"));
    }

    @Test
    void theDataQualityBoxSaysTheCountsAreHiddenAndReadAsUnknown() {
        String html = hiddenLikesAndComments();
        String video = html.substring(html.indexOf("<section class=\"video\" id=\"video-offAtEnd001\""));
        assertThat(video).contains("<li>Likes fell from 430 to 0 on 3 Aug 2026: they appear hidden or turned off, so"
                + " the zeros are read as unknown, not as no likes.</li>", "<li>Comments read 0 on 100,000 views on"
                + " 1 Aug 2026: they appear hidden or turned off, so the zeros are read as unknown, not as no"
                + " comments.</li>")
                .doesNotContain("the samples are clean", "Only 0%");
    }

    @Test
    void theOverviewShowsUnknownWithTheReasonAndTheChartsLeaveTheZerosOut() {
        String html = hiddenLikesAndComments();
        String table = html.substring(html.indexOf("<table class=\"sortable comparison\">"), html.indexOf("</table>"));
        assertThat(table).contains("title=\"Unknown: " + SUMMARY + "\">—</td>").doesNotContain("low · 0%");
        assertThat(chart(html, "video-offAtEnd001-likes")).contains("Observed likes per view from 0.4% to 0.215%.");
        // every comment count is turned off: no comments chart at all, rather than a line at 0%
        assertThat(html).doesNotContain("id=\"video-offAtEnd001-comments-t\"");
    }

    @Test
    void theJsonReportListsTheTurnedOffCountsUnderQuality() {
        Detection engagement = Detection.ok(SampleReports.detector("engagement")).summary(SUMMARY).build();
        String quality = io.viralscope.app.report.JsonReportWriter.toJson(SampleReports.report(List.of(
                SampleReports.analysis(series("offAtEnd001", 100_000), List.of(engagement))), List.of("engagement")))
                .get("videos").get(0).get("quality").toString();
        assertThat(quality).isEqualTo("{\"turned_off\":["
                + "{\"count\":\"likes\",\"at\":\"2026-08-03T00:00:00Z\",\"before\":430,\"views\":300000},"
                + "{\"count\":\"comments\",\"at\":\"2026-08-01T00:00:00Z\",\"before\":0,\"views\":100000}]}");
    }

    @Test
    void noCommentsOnFewViewsAreDrawnUpToTheFirstBandNotOnAHundredPercentAxis() {
        Detection engagement = SampleReports.engagementDeclarations(Detection.ok(SampleReports.detector("engagement"))
                .summary("Of 5,000 views: 8.6% liked (very high), 0% commented (low), shares unknown.")
                .metric("likes_per_view", 0.086).metric("comments_per_view", 0.0)).build();
        String comments = chart(html(series("fewViews001", 500), engagement), "video-fewViews001-comments");
        assertThat(comments).contains(">0.05%</text>").doesNotContain(">100%</text>");
    }

    @Test
    void countsMissingFromEverySampleAreNamedInTheDataQualityBox() {
        VideoSeries viewsOnly = SampleReports.series("viewsOnly01", "Views only", 20, t -> 1_000 * t + 10, 0, 0, 3);
        List<Sample> stripped = viewsOnly.samples().stream().map(x -> Sample.ofViews(x.at(), x.views())).toList();
        assertThat(VideoView.qualityNotes(SeriesQuality.CLEAN, new VideoSeries("viewsOnly01", "Views only",
                stripped))).containsExactly("No sample has a like or comment count (hidden, turned off, or not in"
                + " the data), so engagement per view is unknown.");
    }
}
