package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Event;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The case: a catalogue video moving ±10% a day around a weekly rhythm whose Saturdays bring twice a
 * Tuesday's views, lifted 2.4 times overnight by a release. The jump is a shock of about 2.4× the expected day;
 * the Saturdays are not.
 */
class SeasonalShockTest {

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private static final int RELEASE = 250;

    private static VideoSeries catalogue(double releaseSize) {
        SplittableRandom random = new SplittableRandom(12);
        List<Sample> samples = new ArrayList<>();
        double views = 0;
        for (int k = 0; k <= 400; k++) {
            samples.add(Sample.ofViews(T0.plus(Duration.ofDays(k)), Math.round(views)));
            double weekly = k % 7 == 5 ? 2.0 : k % 7 == 6 ? 1.6 : 1.0;
            double lift = k < RELEASE ? 1 : 1 + (releaseSize - 1) * Math.pow(1 + (k - RELEASE), -2);
            views += 50_000 * weekly * lift * Math.exp(0.1 * random.nextGaussian());
        }
        return new VideoSeries("catalogue01", "catalogue", samples);
    }

    @Test
    void aReleaseDayTwicePlusTheExpectedIsAShockAndBusyWeekendsAreNot() {
        Detection d = new InflectionDetector().detect(catalogue(2.4), DetectorContext.empty());
        List<Event> shocks = d.events("shock");
        assertThat(shocks).hasSize(1);
        Event shock = shocks.get(0);
        assertThat(shock.at()).isEqualTo(T0.plus(Duration.ofDays(RELEASE)));
        // one day of ±10% noise on the jump and on its expectation: within about two standard deviations
        assertThat(Math.log(shock.attributes().get("size") / 2.4)).as("size %s", shock.attributes().get("size"))
                .isCloseTo(0, within(0.3));
        assertThat(shock.attributes().get("significance")).isGreaterThan(5);
        assertThat(shock.label()).endsWith(" the expected day");
        assertThat(d.evidence().get(0).finding()).contains("times the expected day, then decay.");
    }

    @Test
    void theThresholdsAreSettings() {
        VideoSeries s = catalogue(2.4);
        InflectionDetector detector = new InflectionDetector();
        assertThat(detector.detect(s, DetectorContext.of("inflection", Map.of("shock-ratio", 3.0)))
                .events("shock")).isEmpty();
        assertThat(detector.detect(s, DetectorContext.of("inflection", Map.of("shock-z", 50)))
                .events("shock")).isEmpty();
        assertThatThrownBy(() -> detector.detect(s, DetectorContext.of("inflection", Map.of("shock-z", 1))))
                .isInstanceOf(DetectorSettings.InvalidSettingException.class)
                .hasMessage("Setting detectors.inflection.shock-z is '1' but must be a number from 2.0 to 100.0.");
    }

    @Test
    void aStepUpIsAChangePointNotAShock() {
        SplittableRandom random = new SplittableRandom(4);
        List<Sample> samples = new ArrayList<>();
        double views = 0;
        for (int k = 0; k <= 500; k++) {
            samples.add(Sample.ofViews(T0.plus(Duration.ofDays(k)), Math.round(views)));
            views += 20_000 * (k >= 300 ? 2.5 : 1) * (k % 7 == 5 ? 1.8 : 1) * Math.exp(0.1 * random.nextGaussian());
        }
        Detection d = new InflectionDetector().detect(new VideoSeries("stepUp00001", "", samples),
                DetectorContext.empty());
        assertThat(d.events("shock")).isEmpty();
        assertThat(d.events("changepoint")).anySatisfy(e -> {
            assertThat(e.at()).isEqualTo(T0.plus(Duration.ofDays(300)));
            assertThat(e.attributes().get("kink")).isZero();
            assertThat(e.attributes().get("significance")).isGreaterThan(10);
        });
    }
}
