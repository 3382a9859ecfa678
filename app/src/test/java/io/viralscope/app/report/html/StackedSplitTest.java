package io.viralscope.app.report.html;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A detection that splits the daily views into parts ({@link CurveQuantity#DAILY_VIEWS_PART}) has them stacked on
 * the daily chart, whatever detector it is: areas in the order given, each day's top at the sum of the parts.
 */
class StackedSplitTest {

    private static final int DAYS = 60;
    private static final Pattern AREA = Pattern.compile(
            "<g class=\"area k-([a-z0-9]+)\"><title>([^<]*)</title><path d=\"([^\"]+)\"/></g>");

    @Test
    void thePartsAreStackedInOrderAndEachDaysTopIsTheirSum() throws IOException {
        VideoSeries s = SampleReports.series("stacked0001", SampleReports.HOSTILE_TITLE, DAYS,
                        t -> 1_000 * t + (t > 30 ? 800 * (t - 30) : 0), 0.02, 0.001, 1)
                .withPaidMedia(null, List.of(new CampaignFlight("spring", CampaignFlight.Stimulus.SPEND, "EUR",
                        LocalDate.parse("2026-08-31"), List.of(10.0, 10.0, 10.0, 10.0, 10.0))), List.of());
        double[] views = DailyGrid.of(s).dailyViews();
        double[][] parts = split(views);
        Detection d = Detection.builder(SampleReports.detector("splitter"), DetectionStatus.OK)
                .summary("Split the views.")
                .curve(FittedCurve.daily("baseline", CurveQuantity.DAILY_VIEWS_PART, false, SampleReports.START,
                        parts[0]))
                .curve(FittedCurve.daily("paid-driven", CurveQuantity.DAILY_VIEWS_PART, false, SampleReports.START,
                        parts[1]))
                .curve(FittedCurve.daily("<i>earned</i>", CurveQuantity.DAILY_VIEWS_PART, false,
                        SampleReports.START, parts[2]))
                .build();
        String svg = dailySvg(html(s, d));

        Matcher m = AREA.matcher(svg);
        List<String> colours = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<double[][]> paths = new ArrayList<>();
        while (m.find()) {
            colours.add(m.group(1));
            titles.add(m.group(2));
            paths.add(coordinates(m.group(3)));
        }
        // bottom up, in the order the detection gave them, in the report's colour-blind-safe palette
        assertThat(colours).containsExactly("bars", "6", "3");
        assertThat(titles.get(0)).startsWith("splitter: baseline, ").endsWith(" views over the chart (part 1 of 3,"
                + " stacked from the bottom)");
        assertThat(titles.get(2)).startsWith("splitter: &lt;i&gt;earned&lt;/i&gt;, ");
        assertThat(svg).doesNotContain("<i>").doesNotContain("<script>");

        // the plot's scale, as LineChart draws it: no events, so the plot starts 16 below the top
        double top = 16;
        double height = LineChart.HEIGHT - top - 46;
        double maxSum = 0;
        for (int k = 0; k < views.length; k++) {
            maxSum = Math.max(maxSum, Math.max(views[k], parts[0][k] + parts[1][k] + parts[2][k]));
        }
        NiceScale y = NiceScale.covering(0, maxSum, 6);
        double perPixel = (y.max() - y.min()) / height;
        for (int i = 0; i < 3; i++) {
            double[][] path = paths.get(i);
            assertThat(path.length).isEqualTo(2 * views.length); // the top edge, then the bottom edge back
            for (int k = 0; k < views.length; k++) {
                double sum = 0;
                for (int j = 0; j <= i; j++) {
                    sum += parts[j][k];
                }
                double drawn = y.min() + (top + height - path[k][1]) / height * (y.max() - y.min());
                // coordinates are written to 0.1 of a unit: within half of that
                assertThat(drawn).as("top of part %d on day %d", i, k).isCloseTo(sum, within(0.051 * perPixel));
            }
            if (i > 0) {
                // each area stands exactly on the one below it
                for (int k = 0; k < views.length; k++) {
                    assertThat(path[2 * views.length - 1 - k]).containsExactly(paths.get(i - 1)[k]);
                }
            }
        }
        // the observed views are drawn over the areas as a line, not as bars hidden under them
        assertThat(svg).contains("class=\"line data\"").doesNotContain("class=\"bars");
        // the flight stays shaded and named
        assertThat(svg).contains("<g class=\"flight\"><title>Paid flight of campaign spring, 31 Aug 2026 to 4 Sep"
                + " 2026</title>").contains("class=\"flight-label\"");
        assertThat(svg).contains("Stacked beneath the daily views, splitter's split of them, from the bottom up:"
                + " baseline ");
    }

    @Test
    void theLegendNamesEachPartWithItsAreaSwatch() throws IOException {
        VideoSeries s = SampleReports.series("stacked0002", "Two parts", DAYS, t -> 1_000 * t, 0.02, 0.001, 2);
        double[] views = DailyGrid.of(s).dailyViews();
        double[][] parts = split(views);
        Detection d = Detection.builder(SampleReports.detector("splitter"), DetectionStatus.OK)
                .summary("Split the views.")
                .curve(FittedCurve.daily("rest", CurveQuantity.DAILY_VIEWS_PART, false, SampleReports.START,
                        parts[0]))
                .curve(FittedCurve.daily("lifted", CurveQuantity.DAILY_VIEWS_PART, false, SampleReports.START,
                        parts[1]))
                .build();
        String html = html(s, d);
        assertThat(html).contains("Daily views, split by splitter, with events")
                .containsPattern("class=\"area k-bars\"><path d=\"M3 13V4H25V13Z\"/></g></svg>\\s*splitter: rest")
                .containsPattern("class=\"area k-6\"><path d=\"M3 13V4H25V13Z\"/></g></svg>\\s*splitter: lifted");
    }

    @Test
    void oneLonePartIsNoSplitAndTheBarsStay() throws IOException {
        VideoSeries s = SampleReports.series("stacked0003", "One part", DAYS, t -> 1_000 * t, 0.02, 0.001, 3);
        double[] views = DailyGrid.of(s).dailyViews();
        Detection d = Detection.builder(SampleReports.detector("splitter"), DetectionStatus.OK)
                .summary("Split the views.")
                .curve(FittedCurve.daily("all", CurveQuantity.DAILY_VIEWS_PART, false, SampleReports.START, views))
                .build();
        String svg = dailySvg(html(s, d));
        assertThat(svg).contains("class=\"bars").doesNotContain("class=\"area").contains("splitter: all");
    }

    /** Baseline the most of each day, a paid part on days 31-35 and an earned part after it. */
    private static double[][] split(double[] views) {
        double[][] parts = new double[3][views.length];
        for (int k = 0; k < views.length; k++) {
            parts[1][k] = k >= 30 && k <= 34 ? 0.4 * views[k] : 0;
            parts[2][k] = k >= 31 ? 0.2 * views[k] : 0;
            parts[0][k] = Math.max(0, views[k] - parts[1][k] - parts[2][k]);
        }
        return parts;
    }

    private static String html(VideoSeries s, Detection d) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(SampleReports.report(List.of(SampleReports.analysis(s, List.of(d))),
                List.of("splitter")), out);
        return out.toString();
    }

    private static String dailySvg(String html) {
        int title = html.indexOf("-daily-t\"");
        int start = html.lastIndexOf("<svg", title);
        return html.substring(start, html.indexOf("</svg>", title) + 6);
    }

    /** The points of a path of M, L and Z commands. */
    private static double[][] coordinates(String d) {
        List<double[]> points = new ArrayList<>();
        for (String p : d.split("[MLZ]")) {
            if (!p.isBlank()) {
                String[] xy = p.trim().split(" ");
                points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
            }
        }
        return points.toArray(double[][]::new);
    }
}
