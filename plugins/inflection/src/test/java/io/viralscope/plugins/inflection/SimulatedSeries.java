package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.simulator.GroundTruth;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.time.Duration;
import java.util.List;

/** Simulated series and the day an event names, for the accuracy tests. */
final class SimulatedSeries {

    /** Series per family in every accuracy test (the brief asks for at least 50). */
    static final int PER_FAMILY = 60;

    static final InflectionDetector DETECTOR = new InflectionDetector();

    private SimulatedSeries() {
    }

    static Simulation simulate(SimulatedMechanism mechanism, long seed) {
        return Simulator.simulate(SimulationSpec.of(mechanism, 90, seed));
    }

    static Detection detect(Simulation simulation) {
        return DETECTOR.detect(simulation.series(), DetectorContext.empty());
    }

    /** The daily increment an event is about: it is stamped at the day's own 00:00 UTC. */
    static int day(GroundTruth truth, Event event) {
        return (int) Duration.between(truth.start(), event.at()).toDays();
    }

    static List<Integer> days(GroundTruth truth, List<Event> events) {
        return events.stream().map(e -> day(truth, e)).toList();
    }
}
