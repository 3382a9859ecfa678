package io.viralscope.testkit;

import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulator, for plugin authors: series with known ground truth for accuracy tests. Use
 * {@link Simulator#simulate(SimulationSpec)} directly for full control; these are shortcuts.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public final class KitSimulations {

    private KitSimulations() {
    }

    /** One simulation of the named mechanism ({@code logistic}, {@code exogenous-critical}, …), 90 days. */
    public static Simulation of(String mechanism, long seed) {
        return Simulator.simulate(SimulationSpec.of(SimulatedMechanism.fromName(mechanism),
                SimulationSpec.DEFAULT_DAYS, seed));
    }

    /** {@code count} simulations of one mechanism with seeds {@code 1..count}, for accuracy rates. */
    public static List<Simulation> many(String mechanism, int count) {
        List<Simulation> out = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            out.add(of(mechanism, seed));
        }
        return out;
    }

    /** One series of every mechanism the simulator knows, with the given seed. */
    public static List<VideoSeries> oneOfEach(long seed) {
        List<VideoSeries> out = new ArrayList<>();
        for (String name : Simulator.mechanismNames()) {
            out.add(of(name, seed).series());
        }
        return out;
    }
}
