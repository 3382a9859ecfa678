package io.viralscope.app.alert;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Event;
import io.viralscope.api.Sample;
import io.viralscope.api.SeriesQuality;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.analysis.VerdictBuilder;
import io.viralscope.app.analysis.VideoAnalysis;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BreakoutRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private static VideoAnalysis analysis(Detection... detections) {
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < 30; d++) {
            s.add(Sample.ofViews(T0.plusSeconds(86_400L * d), 1000L * d));
        }
        List<Detection> ds = List.of(detections);
        return new VideoAnalysis(new VideoSeries("dQw4w9WgXcQ", "t", s), SeriesQuality.CLEAN, ds,
                VerdictBuilder.combine(ds));
    }

    private static Detection mechanism(String cls, int peakDay) {
        return new Detection("mechanism", "1.0.0", DetectionStatus.OK, "s.",
                Map.of("class", cls, "branching_ratio", 0.97),
                List.of(new Event("peak", T0.plusSeconds(86_400L * peakDay), 5000, "peak")), List.of(), List.of());
    }

    private static Detection changepoint(int day, double before, double after) {
        return changepoint(day, before, after, 5000, 8000);
    }

    private static Detection changepoint(int day, double before, double after, double levelBefore,
                                         double levelAfter) {
        return new Detection("inflection", "1.0.0", DetectionStatus.OK, "s.", Map.of(),
                List.of(new Event("changepoint", T0.plusSeconds(86_400L * day), levelAfter, "cp",
                        Map.of("rate_before", before, "rate_after", after, "daily_views_before", levelBefore,
                                "daily_views_after", levelAfter))), List.of(), List.of());
    }

    @Test
    void aFasterRateOnADwindlingLevelIsNoBreakout() {
        // a saturated video: 3 views a day falling to none, whose log-slope "accelerates" from -1.8% to +5.8%
        assertThat(BreakoutRule.evaluate(analysis(changepoint(25, -0.018, 0.058, 3, 0)), NOW)).isEmpty();
        assertThat(BreakoutRule.evaluate(analysis(changepoint(25, -0.018, 0.058, 9000, 4000)), NOW)).isEmpty();
    }

    @Test
    void criticalDynamicsAreABreakout() {
        assertThat(BreakoutRule.evaluate(analysis(mechanism("endogenous-critical", 20)), NOW))
                .hasValueSatisfying(b -> assertThat(b.reasons()).containsExactly("mechanism: the dynamics are"
                        + " endogenous-critical (branching ratio 0.97), a cascade that feeds itself."));
        assertThat(BreakoutRule.evaluate(analysis(mechanism("exogenous-subcritical", 20)), NOW)).isEmpty();
        // a critical burst that peaked a month before the last sample is over: no alert
        assertThat(BreakoutRule.evaluate(analysis(mechanism("endogenous-critical", 2)), NOW)).isEmpty();
    }

    @Test
    void onlyARecentAccelerationCounts() {
        assertThat(BreakoutRule.evaluate(analysis(changepoint(25, 0.01, 0.12)), NOW))
                .hasValueSatisfying(b -> assertThat(b.reasons()).containsExactly("inflection: growth accelerated"
                        + " on 2026-03-26 (daily views growing 12.0%/day, up from 1.0%/day)."));
        assertThat(BreakoutRule.evaluate(analysis(changepoint(5, 0.01, 0.12)), NOW)).isEmpty();
        assertThat(BreakoutRule.evaluate(analysis(changepoint(25, 0.12, 0.01)), NOW)).isEmpty();
    }

    @Test
    void failedDetectionsAreIgnored() {
        assertThat(BreakoutRule.evaluate(analysis(Detection.failed("mechanism", "1.0.0", "boom.")), NOW)).isEmpty();
    }
}
