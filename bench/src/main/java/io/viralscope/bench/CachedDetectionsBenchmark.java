package io.viralscope.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Json;
import io.viralscope.app.analysis.CachedDetection;
import io.viralscope.app.analysis.DetectionJson;
import io.viralscope.plugins.engagement.EngagementDetector;
import io.viralscope.plugins.forecast.ForecastDetector;
import io.viralscope.plugins.growth.GrowthCurveDetector;
import io.viralscope.plugins.inflection.InflectionDetector;
import io.viralscope.plugins.mechanism.MechanismDetector;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a warm report reads: the five built-in detectors' detections of simulated 180-day series, as results-table
 * rows. Prints the bytes of a row, the bytes of a video's detections in the JSON report with and without
 * {@code --curves}, and the time to read every row back, once as a fresh process does and then warmed up. The
 * detectors share the grid, as the host hands it. Asserts nothing.
 *
 * <p>Arguments (optional): number of series, days per series.
 */
public final class CachedDetectionsBenchmark {

    private CachedDetectionsBenchmark() {
    }

    public static void main(String[] args) throws JsonProcessingException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        List<Detector> detectors = List.of(new EngagementDetector(), new ForecastDetector(),
                new GrowthCurveDetector(), new InflectionDetector(), new MechanismDetector());
        SimulatedMechanism[] families = SimulatedMechanism.values();
        List<byte[]> rows = new ArrayList<>();
        long reportBytes = 0;
        long reportBytesWithCurves = 0;
        for (int i = 0; i < count; i++) {
            VideoSeries s = Simulator.simulate(SimulationSpec.of(families[i % families.length], days, i + 1L))
                    .series();
            DetectorContext context = DetectorContext.empty().withGrid(DailyGrid.of(s));
            for (Detector d : detectors) {
                Detection detection = d.detect(s, context);
                rows.add(CachedDetection.write(detection));
                reportBytes += Json.MAPPER.writeValueAsString(DetectionJson.toJson(detection, false)).length();
                reportBytesWithCurves += Json.MAPPER.writeValueAsString(DetectionJson.toJson(detection, true))
                        .length();
            }
        }
        long rowBytes = rows.stream().mapToLong(r -> r.length).sum();
        long sink = 0;
        long start = System.nanoTime();
        for (byte[] row : rows) {
            sink += CachedDetection.read(row).orElseThrow().curves().size();
        }
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int pass = 0; pass < 20; pass++) {
            for (byte[] row : rows) {
                sink += CachedDetection.read(row).orElseThrow().curves().size();
            }
        }
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 5; pass++) {
            long t = System.nanoTime();
            for (byte[] row : rows) {
                sink += CachedDetection.read(row).orElseThrow().curves().size();
            }
            best = Math.min(best, System.nanoTime() - t);
        }
        System.out.printf(Locale.ROOT, "cached detections benchmark: %d simulated series x %d days, %d detections, "
                + "%s %s%n", count, days, rows.size(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  results-table row        %d bytes (mean)%n", rowBytes / rows.size());
        System.out.printf(Locale.ROOT, "  report detections/video  %d bytes, %d with --curves%n",
                reportBytes / count, reportBytesWithCurves / count);
        System.out.printf(Locale.ROOT, "  first read of every row  %.0f ms (%.0f us a detection)%n", firstMs,
                firstMs * 1000 / rows.size());
        System.out.printf(Locale.ROOT, "  warmed read              %.1f us a detection (checksum %d)%n",
                best / 1e3 / rows.size(), sink);
    }
}
