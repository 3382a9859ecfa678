package io.viralscope.app.alert;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
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

    /** A detection with one breakout signal, named whatever: the rule reads the signal, not names. */
    private static Detection signalling(String detector, DetectionStatus status, BreakoutSignal.Kind kind, int day,
                                        String finding) {
        return new Detection(detector, "1.0.0", status, "s.", Map.of(), List.of(), List.of(), List.of(), Map.of(),
                List.of(new BreakoutSignal(kind, T0.plusSeconds(86_400L * day), finding)));
    }

    private static Detection burst(int peakDay) {
        return signalling("mechanism", DetectionStatus.OK, BreakoutSignal.Kind.CRITICAL_BURST, peakDay,
                "the dynamics are endogenous-critical (branching ratio 0.97), a cascade that feeds itself.");
    }

    private static Detection acceleration(int day) {
        return signalling("inflection", DetectionStatus.OK, BreakoutSignal.Kind.ACCELERATION, day,
                "growth accelerated on 2026-03-26 (daily views growing 12.0%/day, up from 1.0%/day).");
    }

    @Test
    void aRecentCriticalBurstIsABreakoutAndAnOldOneIsOver() {
        assertThat(BreakoutRule.evaluate(analysis(burst(20)), NOW))
                .hasValueSatisfying(b -> assertThat(b.reasons()).containsExactly("mechanism: the dynamics are"
                        + " endogenous-critical (branching ratio 0.97), a cascade that feeds itself."));
        // 15 days before the last sample (day 29) is too old for a peak; 14 is still recent
        assertThat(BreakoutRule.evaluate(analysis(burst(14)), NOW)).isEmpty();
        assertThat(BreakoutRule.evaluate(analysis(burst(15)), NOW)).isPresent();
    }

    @Test
    void onlyAnAccelerationWithinAWeekOfTheLastSampleCounts() {
        assertThat(BreakoutRule.evaluate(analysis(acceleration(25)), NOW))
                .hasValueSatisfying(b -> assertThat(b.reasons()).containsExactly("inflection: growth accelerated"
                        + " on 2026-03-26 (daily views growing 12.0%/day, up from 1.0%/day)."));
        assertThat(BreakoutRule.evaluate(analysis(acceleration(22)), NOW)).isPresent();
        assertThat(BreakoutRule.evaluate(analysis(acceleration(21)), NOW)).isEmpty();
    }

    @Test
    void anyDetectorsSignalCountsButOnlyFromAnOkDetection() {
        assertThat(BreakoutRule.evaluate(analysis(signalling("my-plugin", DetectionStatus.OK,
                BreakoutSignal.Kind.ACCELERATION, 28, "sales-like surge.")), NOW))
                .hasValueSatisfying(b -> assertThat(b.reasons()).containsExactly("my-plugin: sales-like surge."));
        assertThat(BreakoutRule.evaluate(analysis(signalling("my-plugin", DetectionStatus.INSUFFICIENT_DATA,
                BreakoutSignal.Kind.ACCELERATION, 28, "sales-like surge.")), NOW)).isEmpty();
    }

    @Test
    void metricsWithoutSignalsAreNoBreakout() {
        // a detection saying "critical" only in its metrics is not read: the signal is the contract
        Detection namesOnly = new Detection("mechanism", "1.0.0", DetectionStatus.OK, "s.",
                Map.of("class", "endogenous-critical", "branching_ratio", 0.97), List.of(), List.of(), List.of());
        assertThat(BreakoutRule.evaluate(analysis(namesOnly), NOW)).isEmpty();
        assertThat(BreakoutRule.evaluate(analysis(Detection.failed("mechanism", "1.0.0", "boom.")), NOW)).isEmpty();
    }
}
