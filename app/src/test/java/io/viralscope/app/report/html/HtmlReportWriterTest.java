package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.ReportFormat;
import io.viralscope.app.report.ReportService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {

    static String html(Report report) {
        StringWriter out = new StringWriter();
        try {
            new HtmlReportWriter().write(report, out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    @Test
    void escapesEveryStringFromYouTubeAndFromPlugins() {
        String html = html(SampleReports.hostile());

        assertThat(html).doesNotContain(SampleReports.HOSTILE_TITLE, "<img", "<b onmouseover", "<iframe",
                "<svg onload", "</text><script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                "&lt;iframe src=javascript:alert(6)&gt;");
        // the only script element is the page's own sortable-table script
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
        // the title reaches the SVG charts' <title> for screen readers, escaped there too
        assertThat(html).contains("<title id=\"video-hostile0001-cumulative-t\">Cumulative views of “&lt;script&gt;");
        // a bidi override in a title stays inside the title wherever titles are shown
        assertThat(html).contains("td.title a, .multiple .name, .video h3 a { unicode-bidi: isolate; }");
    }

    @Test
    void aHugeTitleWithControlCharactersIsShownCutAndOnOneLine() {
        String title = "Fake\u001b[2J\u0007\r\u202Eok " + "x".repeat(200_000);
        VideoSeries s = SampleReports.series("hugeTitle01", title, 30, t -> 1_000 * t + 10, 0.02, 0.002, 3);
        String html = html(SampleReports.report(List.of(SampleReports.analysis(s, List.of())), List.of()));

        assertThat(html).doesNotContain("\u001b", "\u0007", "\u202E", "x".repeat(VideoView.TITLE_LIMIT));
        assertThat(html).contains("Fake [2J   ok " + "x".repeat(VideoView.TITLE_LIMIT - 15) + "…");
        assertThat(html.length()).as("the page does not carry the title's 200,000 characters").isLessThan(200_000);
    }

    @Test
    void drawsAnUnknownDetectorsMetricsEventsAndCurvesWithoutBeingToldAboutIt() {
        String html = html(SampleReports.unknownDetector());

        assertThat(html).contains("<code>lunar-phase</code>", "Views follow the lunar cycle with a 29.5-day period.");
        assertThat(html).contains("<dt>moon alignment</dt><dd title=\"moon_alignment = 0.42\">0.42</dd>",
                "<dt>tide class</dt>", ">spring</dd>", ">81k views</dd>");
        // the metric it marks as a headline gets a column in the overview, in the unit it declares
        String table = html.substring(html.indexOf("<table class=\"sortable comparison\">"), html.indexOf("</table>"));
        assertThat(table).contains("title=\"lunar-phase: orbital_views\">orbital views</th>", ">81k views</td>");
        // its cumulative curve is overlaid and named in the legend; its likes curve goes on the likes chart
        assertThat(html).contains("lunar-phase: tidal-fit (best fit)", "lunar-phase: lunar-likes");
        String likesChart = html.substring(html.indexOf("id=\"video-lunarVideo1-likes-t\""));
        assertThat(likesChart.substring(0, likesChart.indexOf("</figure>"))).contains("lunar-phase: lunar-likes");
        // its unknown event type is marked on the daily chart, listed, and named in the legend
        assertThat(html).contains("total eclipse (lunar-phase, 21 Aug 2026)", "<td>eclipse</td>",
                "totality hours 1.5");
        // and its parameters have a table in the methods appendix
        assertThat(html).contains("Parameters of <code>lunar-phase</code>");
    }

    @Test
    void bassQOverPIsReadOnlyWithTheBandsTheDetectionDeclares() {
        VideoSeries s = SampleReports.series("lineShock01", "A shock on a line", 60,
                t -> 1_000 * t + (t >= 30 ? 40_000 : 0), 0.02, 0.001, 5);
        // a straight line fits best: the growth-curve plugin declares no q/p bands, so the table does not read it
        Detection growth = SampleReports.growthDeclarations(Detection.ok(SampleReports.detector("growth-curve"))
                .summary("Best fit: linear growth of about 1.0k views a day on average, but one day brought 41 times "
                        + "that: a burst no growth curve follows (see the other detectors).")
                .metric("model", "linear").metric("r2", -0.02).metricOrUnknown("saturation_views", null)
                .metric("bass_q_over_p", 6.0)).build();
        String html = html(SampleReports.report(List.of(SampleReports.analysis(s, List.of(growth))),
                List.of("growth-curve")));
        String table = html.substring(html.indexOf("<table class=\"sortable comparison\">"),
                html.indexOf("</table>"));
        assertThat(table).contains(">×6</td>").doesNotContain("word of mouth", "push ·");
        assertThat(html(SampleReports.demo())).contains(">word of mouth · ×51.4</td>");
    }

    @Test
    void overviewComparesTheHeadlineMetricsTheDetectionsDeclare() {
        String html = html(SampleReports.demo());
        String table = html.substring(html.indexOf("<table class=\"sortable comparison\">"),
                html.indexOf("</table>"));

        assertThat(Pattern.compile("<tr>").matcher(table).results().count()).isEqualTo(1 + 3);
        // the verdict beside the video, then one column per headline metric, in detector order, named in words:
        // however many headline figures the plugins declare, the verdict is in view without scrolling sideways
        assertThat(table).containsSubsequence(">Views</th>", ">Verdict</th>", ">Confidence</th>", ">model</th>", ">saturation views</th>", ">r2</th>",
                ">bass q over p</th>", ">likes per view</th>", ">comments per view</th>");
        assertThat(table).contains("href=\"https://www.youtube.com/watch?v=demoLogistc\"",
                ">logistic</td>", ">0.9987</td>", ">1.21M views</td>", "high · 3.1%", "typical · 0.21%",
                "community word of mouth", "95%");
        // most confident verdicts first
        assertThat(table.indexOf("watch?v=demoLogistc")).isLessThan(table.indexOf("watch?v=demoShock01"));
        assertThat(table.indexOf("watch?v=demoShock01")).isLessThan(table.indexOf("watch?v=-6Zc8Co2H3w"));
        // 0.33% comments per view is "high" by the bands the detection declares, as on its chart
        assertThat(table).contains("high · 0.33%");
        assertThat(section(html, "video--6Zc8Co2H3w")).contains("high 0.3–1%");
        // unknown stays unknown, sorts last, and says why
        assertThat(table).contains("data-sort=\"\" title=\"growth-curve: Only 5 samples over 8 days");
        // sort keys are plain numbers
        assertThat(table).contains("data-sort=\"1.20900e+06\"");
        // small multiples: one panel per video, coloured by verdict
        assertThat(Pattern.compile("class=\"multiple\"").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).contains("class=\"spark m-shock\"", "class=\"spark m-wom\"", "class=\"spark m-none\"");
    }

    @Test
    void perVideoSectionsShowCurvesEventsEngagementVerdictAndDataQuality() {
        String html = html(SampleReports.demo());
        String launch = section(html, "video-demoLogistc");

        assertThat(launch).contains("Cumulative views, with fitted curves", "growth-curve: logistic (best fit)",
                "growth-curve: gompertz", "Daily views, with events", "Likes per view, against typical bands",
                "Comments per view, against typical bands");
        assertThat(launch).contains("high 2–5%", "typical 0.5–2%", "low &lt; 0.5%", "very high &gt; 5%",
                "typical 0.05–0.3%", "high 0.3–1%", "very high &gt; 1%");
        // metrics in the units their detection declares, with the band the value falls in
        assertThat(launch).contains(">3.1% (high)</dd>", ">3.08%</dd>", ">1.21M views</dd>",
                "<dt>peak daily views</dt><dd title=\"peak_daily_views = 33100.0\">33.1k views a day</dd>");
        assertThat(launch).contains(">peak: 33.1k/day</text>", ">acceleration</text>", "<td>change point</td>",
                "rate after 0.11, rate before 0.05");
        assertThat(launch).contains("community word of mouth", "Confidence 95%",
                "growth-curve: Bass q/p = 51: imitation dominates.", "the samples are clean");
        String gappy = section(html, "video--6Zc8Co2H3w");
        assertThat(gappy).contains("One gap between samples", "The view count went down once",
                "gap between samples (interpolated)", "insufficient data", "failed",
                "The detector timed out after 10 s.");
        assertThat(gappy).doesNotContain("<meter"); // no verdict, so no confidence meter
    }

    @Test
    void saysWhereDetectorsDisagree() {
        String html = html(SampleReports.disagreeing());

        String disagreement = "Detectors disagree, which lowers the confidence: growth-curve points to external "
                + "push; mechanism points to tastemaker shock.";
        assertThat(between(section(html, "video-disagree001"), "<div class=\"verdict-box", "</div>"))
                .contains(disagreement);
        assertThat(between(html, "<table class=\"sortable matrix\">", "</table>")).contains(disagreement);
        assertThat(html).contains("Two or more detectors offered evidence on 1 of 1 video: they agree on 0 and "
                + "disagree on 1.", "class=\"disagree-cell\"");
        assertThat(html(SampleReports.demo())).contains("The 2 detectors with evidence agree on community word of "
                + "mouth.");
    }

    @Test
    void theVerdictBoxTheSideBySideRowAndTheLedeReadAgreementAlike() {
        // the mechanism detector's main finding is the shock, with a weaker word-of-mouth nuance; inflection sees
        // the shock too: two detectors agreeing, with a nuance that lowers the confidence, not "mixed evidence"
        VideoSeries s = SampleReports.series("nuanced001", "A shock that spread", 40,
                t -> 1_000 * t + (t >= 20 ? 50_000 : 0), 0.02, 0.001, 4);
        Detection mechanism = Detection.ok(SampleReports.detector("mechanism")).summary("A shock, slowly relaxing.")
                .evidence(io.viralscope.api.Mechanism.TASTEMAKER_SHOCK, 0.9, "a shock that ignited a cascade")
                .evidence(io.viralscope.api.Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.36, "viewers passing it on")
                .build();
        Detection inflection = Detection.ok(SampleReports.detector("inflection")).summary("A one-day jump.")
                .evidence(io.viralscope.api.Mechanism.TASTEMAKER_SHOCK, 0.4, "a one-day jump").build();
        String html = html(SampleReports.report(List.of(SampleReports.analysis(s, List.of(mechanism, inflection))),
                List.of("mechanism", "inflection")));

        String agreement = "The 2 detectors with evidence agree on tastemaker shock; mechanism also found some "
                + "evidence of community word of mouth, which lowers the confidence.";
        assertThat(between(section(html, "video-nuanced001"), "<div class=\"verdict-box", "</div>"))
                .contains(agreement).doesNotContain("mixed", "disagree");
        assertThat(between(html, "<table class=\"sortable matrix\">", "</table>")).contains(agreement)
                .doesNotContain("disagree-cell");
        assertThat(html).contains("Two or more detectors offered evidence on 1 of 1 video: they agree on 1 and "
                + "disagree on 0.");
    }

    @Test
    void aCardWhoseEvidenceOutweighsTheVerdictCapSaysWhyTheVerdictClaimsLess() {
        VideoSeries s = SampleReports.series("surecard001", "A sure detector", 40, t -> 1_000 * t, 0.02, 0.001, 4);
        Detection sure = Detection.ok(SampleReports.detector("lunar-phase")).summary("Tides drive the views.")
                .evidence(io.viralscope.api.Mechanism.ORGANIC_BASELINE, 0.99, "the tides").build();
        String video = section(html(SampleReports.report(List.of(SampleReports.analysis(s, List.of(sure))),
                List.of("lunar-phase"))), "video-surecard001");
        assertThat(video).contains("Confidence 95%", "Evidence weight 0.99 is this detector's own strength of "
                + "evidence; the verdict claims at most 95% confidence, since it is inferred from public counts.");
        assertThat(section(html(SampleReports.disagreeing()), "video-disagree001"))
                .doesNotContain("the verdict claims at most");
    }

    @Test
    void theOverviewSaysHowManyVideosWaitForMoreDataAndWhatTheyNeed() {
        String overview = between(html(SampleReports.demo()), "<section id=\"overview\"", "</table>");
        assertThat(overview).contains("1 of 3 videos waits for more data: some detector found the series too short, "
                + "flat or in gaps to analyse. Each video's verdict says what every detector still needs; keep "
                + "tracking it.", "growth-curve could not analyse 1 video yet; it says: “Only 5 samples over 8 "
                + "days: a growth curve needs at least 10 daily points.”");
        assertThat(between(html(SampleReports.disagreeing()), "<section id=\"overview\"", "</table>"))
                .doesNotContain("for more data");
        // the video's own verdict says it too
        assertThat(section(html(SampleReports.demo()), "video--6Zc8Co2H3w")).contains("growth-curve needs more "
                + "data: Only 5 samples over 8 days: a growth curve needs at least 10 daily points.");
    }

    @Test
    void negligibleEvidenceIsNoDisagreementInTheReportEither() {
        VideoSeries s = SampleReports.series("negligible1", "A shock", 40, t -> 1_000 * t + (t >= 20 ? 50_000 : 0),
                0.02, 0.001, 4);
        Detection growth = Detection.ok(SampleReports.detector("growth-curve")).summary("A poor S-curve fit.")
                .evidence(io.viralscope.api.Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.0, "S-curve, R² −0.02").build();
        Detection mechanism = Detection.ok(SampleReports.detector("mechanism")).summary("A shock.")
                .evidence(io.viralscope.api.Mechanism.TASTEMAKER_SHOCK, 0.9, "a shock").build();
        String html = html(SampleReports.report(List.of(SampleReports.analysis(s, List.of(growth, mechanism))),
                List.of("growth-curve", "mechanism")));
        assertThat(html).doesNotContain("Detectors disagree", "class=\"disagree-cell\"")
                .contains("On no video did two or more detectors offer evidence, so there is no agreement to "
                        + "compare.");
    }

    @Test
    void methodsAppendixHasDetectorsVersionsParametersCacheAndTime() {
        String html = html(SampleReports.demo());
        String methods = html.substring(html.indexOf("<section id=\"methods\""));

        assertThat(methods).contains("25 Nov 2026, 12:00 UTC", "420 ms", "1 (1 in memory, 0 from the store)",
                "<td><code>growth-curve</code></td><td>1.0.0</td>", "Parameters of <code>growth-curve</code>",
                "<th scope=\"col\">r2</th>", "0.9987", "−412.7", "logistic (best), gompertz");
        // the days analysed: the last sample, 6 Oct 00:00, closes 5 Oct, the last whole day
        assertThat(methods).contains("28 Sep 2017", "5 Oct 2017");
    }

    @Test
    void isSelfContainedAndItsPolicyAllowsExactlyItsOwnStyleAndScript() throws Exception {
        String html = html(SampleReports.demo());

        assertThat(html).doesNotContain("<link", "src=", "@import", "url(");
        Matcher urls = Pattern.compile("https?://[^\"'<\\s)]+").matcher(html);
        while (urls.find()) {
            assertThat(urls.group()).matches("http://www\\.w3\\.org/2000/svg|https://www\\.youtube\\.com/watch\\?v=.*");
        }
        String css = between(html, "<style>", "</style>");
        String script = between(html, "<script>", "</script>");
        String policy = "default-src 'none'; style-src 'sha256-" + sha256(css) + "'; script-src 'sha256-"
                + sha256(script) + "'; base-uri 'none'; form-action 'none'";
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
                + policy.replace("'", "&#39;") + "\">");
    }

    @Test
    void chartsAreLabelledForScreenReaders() {
        String html = html(SampleReports.demo());
        Matcher svg = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"[^\"]+\" class=\"chart\""
                + " role=\"img\" aria-labelledby=\"([\\w-]+)-t \\1-d\"><title id=\"\\1-t\">[^<]+</title>"
                + "<desc id=\"\\1-d\">[^<]+</desc>").matcher(html);
        assertThat(svg.results().count()).isEqualTo(4 + 4 + 4);
        assertThat(html).contains("Cumulative views from 1 Aug 2026 to 29 Oct 2026, from 27.1k to 1.2M views.");
    }

    @Test
    void withoutDetectorsTheReportShowsTheDataAndSaysWhy() {
        String html = html(SampleReports.withoutDetectors());

        assertThat(html).contains("No detectors were loaded", "viralscope plugins --verbose",
                "Cumulative views, with fitted curves", "No detectors ran.");
    }

    @Test
    void theReportCommandWritesHtml() {
        assertThat(ReportService.writerFor(ReportFormat.HTML)).isInstanceOf(HtmlReportWriter.class);
    }

    private static String section(String html, String anchor) {
        int start = html.indexOf("<section class=\"video\" id=\"" + anchor + "\"");
        assertThat(start).as("section " + anchor).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open) + open.length();
        return s.substring(a, s.indexOf(close, a));
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
