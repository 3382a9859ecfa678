package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Episode;
import io.viralscope.api.Mechanism;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.analysis.TestDetectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A detection's episodes are listed in a table and shaded, numbered alike, on the daily chart. */
class EpisodesReportTest {

    @Test
    void episodesAreListedAndShadedOnTheDailyChart() throws IOException {
        VideoSeries s = SampleReports.series("episodes001", "Two bursts", 60, t -> 1_000 * t, 0.02, 0.001, 1);
        Detection mechanism = Detection.ok(new TestDetectors.Scripted("mechanism", (d, x) -> null))
                .summary("Two bursts.")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.8, "a one-off shock.")
                .episode(new Episode(Instant.parse("2026-08-10T00:00:00Z"), Instant.parse("2026-08-14T00:00:00Z"),
                        48_200, Mechanism.TASTEMAKER_SHOCK, "burst to 9.5× the baseline, peak on 2026-08-10"))
                .episode(new Episode(Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-09-20T00:00:00Z"),
                        1_250_000, Mechanism.COMMUNITY_WORD_OF_MOUTH,
                        "build-up over 9 days to 4× the baseline, peak on 2026-09-10"))
                .build();
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(SampleReports.report(List.of(SampleReports.analysis(s, List.of(mechanism))),
                List.of("mechanism")), out);
        String html = out.toString();
        assertThat(html).contains("<caption>Episodes: each burst with its relaxation, or build-up, and the "
                + "mechanism behind it (shaded and numbered on the daily chart)</caption>")
                .contains("<tr><td class=\"num\">1</td><td>10 Aug 2026</td><td>14 Aug 2026</td>"
                        + "<td class=\"num\">48,200</td><td><span class=\"chip m-shock\">tastemaker shock</span></td>"
                        + "<td>burst to 9.5× the baseline, peak on 2026-08-10</td><td><code>mechanism</code></td></tr>")
                .contains("<td class=\"num\">2</td><td>1 Sep 2026</td><td>20 Sep 2026</td>"
                        + "<td class=\"num\">1,250,000</td>")
                .contains("<title>Episode 2, 1 Sep 2026 to 20 Sep 2026: community word of mouth, 1,250,000 views "
                        + "above baseline (build-up over 9 days to 4× the baseline, peak on 2026-09-10)</title>")
                .contains("2 episodes shaded and numbered as in the episode table.")
                .contains("episode, numbered as in the episode table")
                .contains("mechanism: this evidence is about the episode 2026-09-01 to 2026-09-20, the largest of 2");
    }

    @Test
    void aVideoWithoutEpisodesHasNoEpisodeTable() throws IOException {
        VideoSeries s = SampleReports.series("episodes002", "Steady", 30, t -> 1_000 * t, 0.02, 0.001, 1);
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(SampleReports.report(List.of(SampleReports.analysis(s, List.of())), List.of()),
                out);
        assertThat(out.toString()).doesNotContain("Episodes:").doesNotContain("class=\"episode\"");
    }
}
