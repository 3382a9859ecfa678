package io.viralscope.bench;

import io.viralscope.api.Detector;
import io.viralscope.api.VideoSeries;
import io.viralscope.plugins.engagement.EngagementDetector;
import io.viralscope.plugins.inflection.InflectionDetector;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the inflection and engagement detectors on simulated series: 10,000 series of 180 days (the ten simulated
 * mechanisms in turn, seeds 1…10,000, engagement counts known, shares on every other series), three warm-up
 * passes, then one timed pass per detector on a single thread. Prints the median, p90 and mean time per series
 * (target: at most 0.1 ms each) and the CPU time per series, which other processes on the machine do not inflate;
 * asserts nothing.
 *
 * <p>Arguments (optional): number of series, days per series.
 */
public final class DetectorsBenchmark {

    private static final int WARM_UP_PASSES = 3;
    private static final double TARGET_MS = 0.1;

    private DetectorsBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        SimulatedMechanism[] mechanisms = SimulatedMechanism.values();
        List<VideoSeries> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            series.add(Simulator.simulate(SimulationSpec.builder(mechanisms[i % mechanisms.length]).days(days)
                    .seed(i + 1L).shares(i % 2 == 1).build()).series());
        }
        System.out.printf(Locale.ROOT, "detectors benchmark: %d simulated series x %d days (%d mechanisms), "
                        + "1 thread, %d warm-up passes, %s %s%n", count, days, mechanisms.length, WARM_UP_PASSES,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  %-12s %10s %10s %10s %12s %10s%n", "detector", "median ms", "p90 ms",
                "mean ms", "cpu mean ms", "target");
        long sink = 0;
        for (Detector detector : List.of(new InflectionDetector(), new EngagementDetector())) {
            sink += time(detector, series);
        }
        System.out.println("  (checksum " + sink + ")");
    }

    /** Warms up, times one pass and prints one line; returns a checksum so the work cannot be skipped. */
    private static long time(Detector detector, List<VideoSeries> series) {
        long[] sink = {0};
        DetectorTiming t = DetectorTiming.of(detector, series, WARM_UP_PASSES,
                d -> sink[0] += d.metrics().size(), d -> sink[0] += d.events().size() + d.metrics().size());
        double median = t.percentileMs(0.5);
        double p90 = t.percentileMs(0.9);
        System.out.printf(Locale.ROOT, "  %-12s %10.4f %10.4f %10.4f %12.4f %10s%n", detector.id(), median, p90,
                t.meanMs(), t.cpuMeanMs(), median <= TARGET_MS && p90 <= TARGET_MS ? "met" : "missed");
        return sink[0];
    }
}
