package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long series with dozens of change points: the daily chart labels only the landmarks and the most significant
 * events, as their plugins declared them, and the events table lists them in that order.
 */
class EventLabellingTest {

    private static final int CHANGES = 30;

    private static String report() {
        VideoSeries s = SampleReports.series("manyEvents1", "Many events", 400, t -> 1_000.0 * t, 0.02, 0.001, 3);
        Detection.Builder inflection = Detection.ok(SampleReports.detector("inflection")).summary("Many changes.")
                .event(new Event("peak", SampleReports.START.plus(Duration.ofDays(200)), 1_300, "peak"));
        for (int i = 0; i < CHANGES; i++) {
            // significance not in time order: 1..30 shuffled over the days
            int significance = (i * 7) % CHANGES + 1;
            inflection.event(new Event("changepoint", SampleReports.START.plus(Duration.ofDays(10 + 12L * i)),
                    1_000, "cp " + significance, Map.of("significance", (double) significance, "kink", 0.0)));
        }
        Detection lunar = Detection.ok(SampleReports.detector("lunar-phase")).summary("An eclipse.")
                .event(new Event("eclipse", SampleReports.START.plus(Duration.ofDays(50)), 900, "eclipse"))
                .build();
        return HtmlReportWriterTest.html(SampleReports.report(List.of(SampleReports.analysis(s,
                List.of(inflection.build(), lunar))), List.of("inflection", "lunar-phase")));
    }

    @Test
    void theDailyChartLabelsOnlyLandmarksAndTheMostSignificantEvents() {
        String html = report();
        String chart = html.substring(html.indexOf("id=\"video-manyEvents1-daily-t\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        List<String> labels = all(chart, "class=\"marker-label\"[^>]*>([^<]*)</text>");
        assertThat(labels).hasSizeLessThanOrEqualTo(EventRanking.LABELLED)
                .containsAnyOf("peak", "eclipse", "cp 30", "cp 29")
                .allSatisfy(l -> assertThat(l).isIn("peak", "eclipse", "cp 30", "cp 29", "cp 28", "cp 27"));
        // every event is still marked, with its full text on hover; only labelled ones draw a guide line
        assertThat(all(chart, "<g class=\"marker ")).hasSize(CHANGES + 2);
        assertThat(chart).contains("<title>cp 1 (inflection, ");
        assertThat(all(chart, "class=\"guide\"")).hasSameSizeAs(labels);
        assertThat(chart).contains((CHANGES + 2) + " events marked, the 6 most significant labelled; they are "
                + "listed in the table below.");
    }

    @Test
    void theEventsTableListsLandmarksThenTheMostSignificantFirst() {
        String html = report();
        String table = html.substring(html.indexOf("<caption>Events, landmarks (such as the peak) first, then the "
                + "most significant</caption>"));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> rows = all(table, "<tr><td>[^<]*</td><td>[^<]*</td><td><code>[^<]*</code></td><td>([^<]*)</td>");
        List<String> expected = new ArrayList<>(List.of("eclipse", "peak"));
        for (int sig = CHANGES; sig >= 1; sig--) {
            expected.add("cp " + sig);
        }
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(table).contains("significance 30");
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
