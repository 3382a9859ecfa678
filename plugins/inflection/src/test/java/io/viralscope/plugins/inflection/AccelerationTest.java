package io.viralscope.plugins.inflection;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccelerationTest {

    private static final Instant AT = Instant.parse("2026-03-26T00:00:00Z");

    private static Detection with(ChangePoint c) {
        Detection.Builder d = Detection.ok(new InflectionDetector()).summary("s.");
        Acceleration.add(d, c, AT);
        return d.build();
    }

    private static double level(double dailyViews) {
        return Math.log1p(dailyViews);
    }

    @Test
    void fasterGrowthAtALevelThatMattersIsABreakoutSignal() {
        assertThat(with(new ChangePoint(25, true, 0.01, 0.12, level(5000), level(8000))).breakouts())
                .containsExactly(new BreakoutSignal(BreakoutSignal.Kind.ACCELERATION, AT, "growth accelerated on"
                        + " 2026-03-26 (daily views growing 12.0%/day, up from 1.0%/day)."));
    }

    @Test
    void aFasterRateOnADwindlingLevelOrSlowerGrowthIsNone() {
        // a saturated video: 3 views a day falling to none, whose log-slope "accelerates" from -1.8% to +5.8%
        assertThat(with(new ChangePoint(25, true, -0.018, 0.058, level(3), level(0))).breakouts()).isEmpty();
        assertThat(with(new ChangePoint(25, true, -0.018, 0.058, level(9000), level(4000))).breakouts()).isEmpty();
        assertThat(with(new ChangePoint(25, true, 0.12, 0.01, level(5000), level(8000))).breakouts()).isEmpty();
    }
}
