package io.viralscope.bench;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.plugins.mechanism.MechanismDetector;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mechanism detector on many series whose level steps or whose growth rate changes (half {@code step-change},
 * half {@code rate-change}, 90 and 180 days in turn, seeds 1…N): how many it reads as a critical cascade or flags as
 * a breakout (target at most 1%); and on critical cascades driven by a steady background ({@code critical-background},
 * 180 days): how many it finds endogenous-critical (target at least 85%). Prints the figures; asserts nothing.
 *
 * <p>Arguments (optional): number of step and rate series (default 4,000), number of critical-background series
 * (default 1,000).
 */
public final class MechanismShiftBenchmark {

    private MechanismShiftBenchmark() {
    }

    public static void main(String[] args) {
        int shifts = args.length > 0 ? Integer.parseInt(args[0]) : 4_000;
        int cascades = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        MechanismDetector detector = new MechanismDetector();
        Map<String, Integer> classes = new TreeMap<>();
        int critical = 0;
        int breakouts = 0;
        for (int i = 0; i < shifts; i++) {
            SimulatedMechanism m = i % 2 == 0 ? SimulatedMechanism.STEP_CHANGE : SimulatedMechanism.RATE_CHANGE;
            int days = (i / 2) % 2 == 0 ? 90 : 180;
            Detection d = detector.detect(Simulator.simulate(SimulationSpec.of(m, days, i + 1L)).series(),
                    DetectorContext.empty());
            String k = String.valueOf(d.text("class"));
            classes.merge(m.cliName() + " " + k, 1, Integer::sum);
            if (k.equals("endogenous-critical") || k.equals("exogenous-critical")) {
                critical++;
            }
            if (!d.breakouts().isEmpty()) {
                breakouts++;
            }
        }
        System.out.printf(Locale.ROOT, "mechanism %s on %d step and rate changes (90 and 180 days): critical class "
                + "%d (%.2f%%), breakouts %d (%.2f%%)%n", detector.version(), shifts, critical,
                100.0 * critical / shifts, breakouts, 100.0 * breakouts / shifts);
        classes.forEach((k, n) -> System.out.printf(Locale.ROOT, "    %-40s %d%n", k, n));
        Map<String, Integer> found = new TreeMap<>();
        for (int i = 0; i < cascades; i++) {
            Detection d = detector.detect(Simulator.simulate(SimulationSpec.of(SimulatedMechanism.CRITICAL_BACKGROUND,
                    180, i + 1L)).series(), DetectorContext.empty());
            found.merge(String.valueOf(d.text("class")), 1, Integer::sum);
        }
        int right = found.getOrDefault("endogenous-critical", 0);
        System.out.printf(Locale.ROOT, "mechanism %s on %d critical cascades on a steady background (180 days): "
                + "endogenous-critical %d (%.1f%%) %s%n", detector.version(), cascades, right, 100.0 * right / cascades,
                found);
    }
}
