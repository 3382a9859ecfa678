package io.viralscope.simulator;

import io.viralscope.api.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The critical cascade on a steady background: views simulated one by one, growing steadily and burstily from a
 * background of 5–50 a day with no shock, over 20 seeds of 180 days.
 */
class SteadyBackgroundCascadeTest {

    private static final int SEEDS = 20;
    private static final int DAYS = 180;

    @Test
    void theTruthNamesACriticalCascadeWithASteadyBackgroundAndNoShock() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            GroundTruth t = simulate(seed).truth();
            assertThat(t.mechanism()).isEqualTo(SimulatedMechanism.CRITICAL_BACKGROUND);
            assertThat(t.branchingRatio()).isBetween(0.97, 1.0);
            assertThat(t.parameters().get("background_daily_views")).isBetween(5.0, 50.0);
            assertThat(t.parameters().get("theta")).isBetween(0.3, 0.5);
            assertThat(t.shockDay()).isNull();
            assertThat(t.changePointDays()).isEmpty();
            assertThat(t.relaxationExponent()).isNull();
            assertThat(Double.isInfinite(t.dispersion())).as("the process's own counting noise").isTrue();
        }
    }

    @Test
    void viewsGrowFromTheBackgroundAndPeakLate() {
        int lateGrowth = 0;
        int latePeaks = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Simulation sim = simulate(seed);
            long[] x = daily(sim.series().samples());
            double background = sim.truth().parameters().get("background_daily_views");
            double first = mean(x, 0, DAYS / 3);
            double last = mean(x, DAYS - DAYS / 3, DAYS);
            // a near-critical audience multiplies its background: every view brings about one more
            assertThat(last).as("seed %d", seed).isGreaterThan(2 * background);
            if (last > 1.5 * first) {
                lateGrowth++;
            }
            if (sim.truth().peakDay() >= DAYS / 2) {
                latePeaks++;
            }
        }
        assertThat(lateGrowth).isGreaterThanOrEqualTo(SEEDS * 9 / 10);
        assertThat(latePeaks).isGreaterThanOrEqualTo(SEEDS * 9 / 10);
    }

    @Test
    void aSeedAlwaysGivesTheSameSeriesAndSeedsDiffer() {
        assertThat(simulate(5).series()).isEqualTo(simulate(5).series());
        assertThat(simulate(5).series().samples()).isNotEqualTo(simulate(6).series().samples());
        assertThat(simulate(5).series().samples().get(0).views()).isZero();
    }

    private static Simulation simulate(long seed) {
        return Simulator.simulate(SimulationSpec.of(SimulatedMechanism.CRITICAL_BACKGROUND, DAYS, seed));
    }

    private static long[] daily(List<Sample> samples) {
        long[] x = new long[samples.size() - 1];
        for (int k = 0; k < x.length; k++) {
            x[k] = samples.get(k + 1).views() - samples.get(k).views();
        }
        return x;
    }

    private static double mean(long[] x, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += x[k];
        }
        return sum / (to - from);
    }
}
