package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.simulator.GroundTruth;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.viralscope.plugins.inflection.SimulatedSeries.PER_FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted change points are found within two days on at least 90% of series, with at most one false change per
 * series on average; a change of growth rate is reported as one kink with its rates, a level shift as a step.
 */
class ChangePointAccuracyTest {

    @ParameterizedTest
    @EnumSource(value = SimulatedMechanism.class, names = {"STEP_CHANGE", "RATE_CHANGE"})
    void changePointWithinTwoDays(SimulatedMechanism family) {
        int located = 0;
        int falsePositives = 0;
        int rightKind = 0;
        double[] rateErrors = new double[PER_FAMILY];
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            Simulation sim = SimulatedSeries.simulate(family, seed);
            GroundTruth truth = sim.truth();
            int tau = truth.changePointDays().get(0);
            Detection d = SimulatedSeries.detect(sim);
            Event hit = null;
            for (Event e : d.events("changepoint")) {
                if (hit == null && Math.abs(SimulatedSeries.day(truth, e) - tau) <= 2) {
                    hit = e;
                } else {
                    falsePositives++;
                }
            }
            assertThat(d.number("changepoint_count")).isEqualTo(d.events("changepoint").size());
            if (hit == null) {
                misses.add("seed " + seed + ": " + SimulatedSeries.days(truth, d.events("changepoint")) + " vs " + tau);
                rateErrors[(int) seed - 1] = Double.NaN;
                continue;
            }
            located++;
            assertThat(hit.attributes()).containsKeys("rate_before", "rate_after", "kink");
            boolean kink = hit.attributes().get("kink") == 1.0;
            if (kink == (family == SimulatedMechanism.RATE_CHANGE)) {
                rightKind++;
            }
            if (family == SimulatedMechanism.RATE_CHANGE) {
                rateErrors[(int) seed - 1] = Math.max(
                        Math.abs(hit.attributes().get("rate_before") - truth.parameters().get("rate_before")),
                        Math.abs(hit.attributes().get("rate_after") - truth.parameters().get("rate_after")));
            }
        }
        double share = located / (double) PER_FAMILY;
        double fpPerSeries = falsePositives / (double) PER_FAMILY;
        double medianRateError = median(rateErrors);
        System.out.printf("changepoint %-12s within ±2 days: %d/%d = %.1f%%, false positives %.2f per series, "
                        + "right kind %d/%d, median rate error %.4f/day; misses %s%n", family.cliName(), located,
                PER_FAMILY, 100 * share, fpPerSeries, rightKind, located, medianRateError, misses);
        assertThat(share).as("located within two days; misses %s", misses).isGreaterThanOrEqualTo(0.90);
        assertThat(fpPerSeries).isLessThanOrEqualTo(1.0);
        assertThat(rightKind).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * located));
        if (family == SimulatedMechanism.RATE_CHANGE) {
            assertThat(medianRateError).isLessThan(0.01);
        }
    }

    private static double median(double[] values) {
        double[] known = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        return known.length == 0 ? 0 : known[known.length / 2];
    }
}
