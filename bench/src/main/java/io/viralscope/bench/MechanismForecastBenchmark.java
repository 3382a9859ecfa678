package io.viralscope.bench;

import io.viralscope.api.Detector;
import io.viralscope.api.VideoSeries;
import io.viralscope.plugins.forecast.ForecastDetector;
import io.viralscope.plugins.mechanism.MechanismDetector;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times the mechanism and forecast detectors: 1,000 simulated series of 180 days (every family of the simulator in
 * turn, seeds 1…1,000), one warm-up pass per detector, then one timed pass on a single thread. Each call is a
 * whole {@code detect}: daily grid, fits, the detection with its curves. Prints the median, p90 and mean time per
 * series, the CPU time per series (which other processes do not inflate) and the throughput; asserts nothing.
 *
 * <p>Arguments (optional): number of series, days per series.
 */
public final class MechanismForecastBenchmark {

    private MechanismForecastBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        SimulatedMechanism[] families = SimulatedMechanism.values();
        List<VideoSeries> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            series.add(Simulator.simulate(SimulationSpec.of(families[i % families.length], days, i + 1L)).series());
        }
        System.out.printf(Locale.ROOT, "mechanism and forecast benchmark: %d simulated series x %d days, 1 thread, "
                + "%s %s%n", count, days, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        time(new MechanismDetector(), series, "class");
        time(new ForecastDetector(), series, null);
    }

    private static void time(Detector detector, List<VideoSeries> series, String tallied) {
        Map<String, Integer> tally = new TreeMap<>();
        DetectorTiming t = DetectorTiming.of(detector, series, 1, d -> { }, d -> tally.merge(
                tallied == null ? d.status().wireName() : String.valueOf(d.text(tallied)), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "  %s %s%n", detector.id(), detector.version());
        System.out.printf(Locale.ROOT, "    warm-up pass      %.2f s%n", t.warmSeconds());
        System.out.printf(Locale.ROOT, "    median per series %.3f ms%n", t.percentileMs(0.5));
        System.out.printf(Locale.ROOT, "    p90 per series    %.3f ms%n", t.percentileMs(0.9));
        System.out.printf(Locale.ROOT, "    mean per series   %.3f ms%n", t.meanMs());
        System.out.printf(Locale.ROOT, "    cpu per series    %.3f ms (mean thread CPU time)%n", t.cpuMeanMs());
        System.out.printf(Locale.ROOT, "    throughput        %.0f series/s%n", t.throughput());
        System.out.println("    " + (tallied == null ? "statuses" : tallied + "es") + "    " + tally);
    }
}
