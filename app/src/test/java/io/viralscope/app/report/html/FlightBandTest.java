package io.viralscope.app.report.html;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A declared paid flight is shaded on the daily chart, named, and its untrusted name escaped. */
class FlightBandTest {

    @Test
    void aDeclaredFlightIsShadedNamedAndEscaped() throws IOException {
        VideoSeries s = SampleReports.series("flight00001", "Promoted", 60, t -> 1_000 * t, 0.02, 0.001, 1)
                .withPaidMedia(null, List.of(new CampaignFlight("<b>spring</b>", CampaignFlight.Stimulus.SPEND, "EUR",
                        LocalDate.parse("2026-08-10"), List.of(10.0, 10.0, 10.0))), List.of());
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(SampleReports.report(List.of(SampleReports.analysis(s, List.of())), List.of()),
                out);
        String html = out.toString();
        assertThat(html).contains("<title>Paid flight of campaign &lt;b&gt;spring&lt;/b&gt;, 10 Aug 2026 to 12 Aug"
                        + " 2026</title>")
                .contains("class=\"flight-label\"").contains("paid: &lt;b&gt;spring&lt;/b&gt;")
                .contains("1 paid flight shaded in orange.")
                .contains("paid flight, as declared (viralscope campaign)")
                .doesNotContain("<b>spring</b>");
    }

    @Test
    void noFlightNoBand() throws IOException {
        VideoSeries s = SampleReports.series("flight00002", "Organic", 30, t -> 1_000 * t, 0.02, 0.001, 1);
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(SampleReports.report(List.of(SampleReports.analysis(s, List.of())), List.of()),
                out);
        assertThat(out.toString()).doesNotContain("class=\"flight\"").doesNotContain("paid flight");
    }
}
