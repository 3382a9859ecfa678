package com.example.velocity;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VelocityDetectorTest {

    /** Hourly samples whose velocity grows by 10 views/hour every hour. */
    private static VideoSeries accelerating() {
        List<Sample> s = new ArrayList<>();
        long views = 0;
        for (int h = 0; h <= 72; h++) {
            s.add(Sample.ofViews(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(3600L * h), views));
            views += 100 + 10L * h;
        }
        return new VideoSeries("abcdefghijk", "accelerating", s);
    }

    @Test
    void measuresVelocityAndAcceleration() {
        Detection d = new VelocityDetector().detect(accelerating(), DetectorContext.empty());
        // the last 24 intervals gain 100 + 10h views for h = 48..71: mean 695 views/hour
        assertThat(d.number("views_per_hour")).isCloseTo(695.0, within(1e-9));
        // the 24 before them average 455: (695 - 455) / 24 = 10 views/hour per hour
        assertThat(d.number("acceleration_per_hour")).isCloseTo(10.0, within(1e-9));
        assertThat(d.summary()).isEqualTo("695 views per hour over the last 24 hours, speeding up.");
    }

    @Test
    void windowComesFromTheSettings() {
        Detection d = new VelocityDetector().detect(accelerating(),
                DetectorContext.of("velocity", Map.of("window-hours", 12)));
        assertThat(d.number("window_hours")).isEqualTo(12.0);
        assertThat(d.number("views_per_hour")).isCloseTo(755.0, within(1e-9));
    }
}
