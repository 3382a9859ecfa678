package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.Mechanism;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.viralscope.plugins.inflection.SimulatedSeries.PER_FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

/** Exogenous shocks are found on the exact day on at least 95% of series; other families rarely show one. */
class ShockAccuracyTest {

    @ParameterizedTest
    @EnumSource(value = SimulatedMechanism.class, names = {"EXOGENOUS_CRITICAL", "EXOGENOUS_SUBCRITICAL"})
    void shockOnTheExactDay(SimulatedMechanism family) {
        int exact = 0;
        int extra = 0;
        int tastemaker = 0;
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= PER_FAMILY; seed++) {
            Simulation sim = SimulatedSeries.simulate(family, seed);
            int truth = sim.truth().shockDay();
            Detection d = SimulatedSeries.detect(sim);
            List<Integer> days = SimulatedSeries.days(sim.truth(), d.events("shock"));
            if (days.contains(truth)) {
                exact++;
                extra += days.size() - 1;
                Event shock = d.events("shock").get(days.indexOf(truth));
                assertThat(shock.value()).isEqualTo(sim.series().samples().get(truth + 1).views()
                        - sim.series().samples().get(truth).views());
                assertThat(shock.attributes().get("ratio_to_recent")).isGreaterThanOrEqualTo(5);
            } else {
                misses.add("seed " + seed + ": " + days + " vs " + truth);
                extra += days.size();
            }
            if (d.evidence().stream().anyMatch(e -> e.mechanism() == Mechanism.TASTEMAKER_SHOCK)) {
                tastemaker++;
            }
        }
        double share = exact / (double) PER_FAMILY;
        System.out.printf("shock %-22s exact day: %d/%d = %.1f%%, extra shocks %d, tastemaker evidence %d/%d %s%n",
                family.cliName(), exact, PER_FAMILY, 100 * share, extra, tastemaker, PER_FAMILY, misses);
        assertThat(share).as("exact day; misses %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(extra).isLessThanOrEqualTo(PER_FAMILY / 20);
        assertThat(tastemaker).isGreaterThanOrEqualTo(exact);
    }

    @ParameterizedTest
    @EnumSource(value = SimulatedMechanism.class, names = {"EXOGENOUS_CRITICAL", "EXOGENOUS_SUBCRITICAL"},
            mode = EnumSource.Mode.EXCLUDE)
    void familiesWithoutAShockRarelyShowOne(SimulatedMechanism family) {
        int withShock = 0;
        for (long seed = 1; seed <= PER_FAMILY / 2; seed++) {
            if (!SimulatedSeries.detect(SimulatedSeries.simulate(family, seed)).events("shock").isEmpty()) {
                withShock++;
            }
        }
        System.out.printf("shock false alarms %-22s %d/%d%n", family.cliName(), withShock, PER_FAMILY / 2);
        assertThat(withShock).isLessThanOrEqualTo(1);
    }
}
