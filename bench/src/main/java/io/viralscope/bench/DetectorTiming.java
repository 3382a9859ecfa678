package io.viralscope.bench;

import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.VideoSeries;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One detector timed on this thread over a list of series: warm-up passes, then one pass timed call by call, with
 * the thread's CPU time beside the wall time. The one place the benchmarks' figures are computed.
 *
 * @param warmSeconds  wall time of the warm-up passes
 * @param timedSeconds wall time of the timed pass
 * @param cpuMeanMs    mean thread CPU time per call in the timed pass
 * @param meanMs       mean wall time per call
 * @param sortedNanos  wall time of each timed call, ascending
 */
record DetectorTiming(double warmSeconds, double timedSeconds, double cpuMeanMs, double meanMs, long[] sortedNanos) {

    /**
     * @param warmUp  sees each warm-up detection (a checksum keeps the work from being skipped)
     * @param timed   sees each timed detection (tallies, checksums)
     */
    static DetectorTiming of(Detector detector, List<VideoSeries> series, int warmUpPasses,
                             Consumer<Detection> warmUp, Consumer<Detection> timed) {
        DetectorContext context = DetectorContext.empty();
        long warmStart = System.nanoTime();
        for (int pass = 0; pass < warmUpPasses; pass++) {
            for (VideoSeries s : series) {
                warmUp.accept(detector.detect(s, context));
            }
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[series.size()];
        long cpuStart = threads.getCurrentThreadCpuTime();
        long timedStart = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            Detection d = detector.detect(series.get(i), context);
            nanos[i] = System.nanoTime() - t0;
            timed.accept(d);
        }
        double timedSeconds = (System.nanoTime() - timedStart) / 1e9;
        double cpuMeanMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / nanos.length;
        double meanMs = Arrays.stream(nanos).average().orElse(0) / 1e6;
        Arrays.sort(nanos);
        return new DetectorTiming(warmSeconds, timedSeconds, cpuMeanMs, meanMs, nanos);
    }

    /** The {@code q}-quantile of the per-call wall times, in milliseconds. */
    double percentileMs(double q) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.floor(q * sortedNanos.length))] / 1e6;
    }

    /** Calls per second in the timed pass. */
    double throughput() {
        return sortedNanos.length / timedSeconds;
    }
}
