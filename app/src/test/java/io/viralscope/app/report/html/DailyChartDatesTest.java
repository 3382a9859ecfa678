package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.analysis.VerdictBuilder;
import io.viralscope.app.analysis.VideoAnalysis;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily chart names each day by its own UTC date, as the daily grid dates it. */
class DailyChartDatesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** Daily views 100, 100, 5000 (3 Mar), 100, 100 from samples taken at {@code hour}:00 UTC. */
    private static VideoSeries burstOnThirdOfMarch(int hour) {
        long[] cumulative = {0, 100, 200, 5_200, 5_300, 5_400};
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < cumulative.length; d++) {
            s.add(Sample.ofViews(T0.plus(Duration.ofDays(d).plusHours(hour)), cumulative[d]));
        }
        return new VideoSeries("dQw4w9WgXcQ", "burst", s);
    }

    private static String dailyChart(VideoSeries s, List<Detection> detections) {
        VideoAnalysis v = new VideoAnalysis(s, s.daily().quality(), detections, VerdictBuilder.combine(detections));
        return new VideoCharts(v, "v", "burst").all().stream().filter(c -> c.id().equals("v-daily")).findFirst()
                .orElseThrow().svg().markup();
    }

    @Test
    void samplesAtMidnightDateTheBurstOnTheDayItHappened() {
        Detection peak = Detection.ok(new TestDetectors.Scripted("peaks", (d, s) -> null)).summary("Peak.")
                .event(new Event("peak", Instant.parse("2026-03-03T00:00:00Z"), 5_000, "peak")).build();
        String svg = dailyChart(burstOnThirdOfMarch(0), List.of(peak));
        assertThat(svg).contains("Views per day from 1 Mar 2026 to 5 Mar 2026; the busiest day was 3 Mar 2026")
                .contains("3 Mar 2026: 5k views");
    }

    @Test
    void samplesAtOtherTimesGiveTheWholeUtcDaysBetweenThem() {
        // samples at 18:00: the grid covers 2 Mar to 5 Mar 00:00, and the burst (3 Mar 18:00 to 4 Mar 18:00)
        // falls mostly on 4 Mar
        String svg = dailyChart(burstOnThirdOfMarch(18), List.of());
        assertThat(svg).contains("Views per day from 2 Mar 2026 to 5 Mar 2026; the busiest day was 4 Mar 2026");
    }

    @Test
    void somethingDatedByADaysMidnightIsDrawnInTheMiddleOfItsBar() {
        assertThat(VideoCharts.onBar(Instant.parse("2026-03-03T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        assertThat(VideoCharts.onBar(Instant.parse("2026-03-03T07:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-03T07:30:00Z"));
    }
}
