package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Episode;
import io.viralscope.api.Mechanism;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A series with one burst is one episode, dated from the burst's first day, with the class's mechanism. */
class EpisodesTest {

    private final MechanismDetector detector = new MechanismDetector();

    @Test
    void aSeriesWithOneShockHasOneEpisodeStartingOnTheShockDay() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.EXOGENOUS_SUBCRITICAL, 180, 1));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(s.truth().shockDay()).isEqualTo(86);
        assertThat(d.episodes()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(Instant.parse("2026-03-28T00:00:00Z"));
            assertThat(e.label()).isEqualTo("burst to 52× the baseline, peak on 2026-03-28");
            assertThat(e.mechanism()).isEqualTo(Mechanism.TASTEMAKER_SHOCK);
            assertThat(e.viewsAboveBaseline()).isPositive();
        });
    }

    @Test
    void aSteadySeriesHasNoEpisode() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL, 180, 1));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.episodes()).isEmpty();
    }

    /** A ratio in a label reads as String.valueOf of the ratio rounded to tenths did: "4.2×", "10.0×", "37×". */
    @Test
    void ratiosInLabelsAreWrittenAsBefore() {
        java.util.Random random = new java.util.Random(4);
        for (int trial = 0; trial < 200_000; trial++) {
            double ratio = trial % 2 == 0 ? 12 * random.nextDouble() : random.nextInt(120) / 10.0 + 0.05;
            String before = (ratio >= 10 ? String.valueOf(Math.round(ratio))
                    : String.valueOf(Math.round(ratio * 10) / 10.0)) + "×";
            org.assertj.core.api.Assertions.assertThat(Episodes.times(ratio)).as("%s", ratio).isEqualTo(before);
        }
    }
}
