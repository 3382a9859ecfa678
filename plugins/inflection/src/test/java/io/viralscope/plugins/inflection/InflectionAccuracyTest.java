package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.viralscope.plugins.inflection.SimulatedSeries.PER_FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

/** The inflection of smooth S-curves lies within a day of the truth on at least 95% of simulated series. */
class InflectionAccuracyTest {

    @ParameterizedTest
    @EnumSource(value = SimulatedMechanism.class, names = {"LOGISTIC", "GOMPERTZ", "BASS_WORD_OF_MOUTH"})
    void inflectionWithinOneDay(SimulatedMechanism family) {
        int within = 0;
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            Simulation sim = SimulatedSeries.simulate(family, seed);
            Integer truth = sim.truth().inflectionDay();
            assertThat(truth).isNotNull();
            List<Event> found = SimulatedSeries.detect(sim).events("inflection");
            assertThat(found).hasSizeLessThanOrEqualTo(1);
            if (!found.isEmpty() && Math.abs(SimulatedSeries.day(sim.truth(), found.get(0)) - truth) <= 1) {
                within++;
            } else {
                misses.add("seed " + seed + ": " + SimulatedSeries.days(sim.truth(), found) + " vs " + truth);
            }
        }
        double share = within / (double) PER_FAMILY;
        System.out.printf("inflection %-20s within ±1 day: %d/%d = %.1f%% %s%n", family.cliName(), within,
                PER_FAMILY, 100 * share, misses);
        assertThat(share).as("share within one day, misses %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void bassExternalPushHasNoInnerInflectionButPeaksAtLaunch() {
        int withInflection = 0;
        int peakEarly = 0;
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.BASS_EXTERNAL_PUSH, seed);
            Detection d = SimulatedSeries.detect(sim);
            withInflection += d.events("inflection").size();
            if (SimulatedSeries.day(sim.truth(), d.events("peak").get(0)) <= 3) {
                peakEarly++;
            }
        }
        System.out.printf("bass-external-push: inflection reported on %d/%d, peak within 3 days of launch on %d/%d%n",
                withInflection, PER_FAMILY, peakEarly, PER_FAMILY);
        assertThat(withInflection).isLessThanOrEqualTo(PER_FAMILY / 20);
        assertThat(peakEarly).isGreaterThanOrEqualTo(PER_FAMILY * 9 / 10);
    }

    @Test
    void smoothCurvesPeakNearTheirInflectionAndTheInflectionValueIsCumulative() {
        for (long seed = 1; seed <= 20; seed++) {
            Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.LOGISTIC, seed);
            Detection d = SimulatedSeries.detect(sim);
            Event peak = d.events("peak").get(0);
            assertThat(SimulatedSeries.day(sim.truth(), peak)).isBetween(sim.truth().peakDay() - 3,
                    sim.truth().peakDay() + 3);
            assertThat(d.number("peak_daily_views")).isEqualTo(peak.value());
            if (!d.events("inflection").isEmpty()) {
                Event inflection = d.events("inflection").get(0);
                long cumulative = sim.series().samples().get(SimulatedSeries.day(sim.truth(), inflection) + 1)
                        .views();
                assertThat(inflection.value()).isEqualTo(cumulative);
                assertThat(inflection.attributes()).containsKeys("daily_views", "vertex_days");
            }
        }
    }
}
