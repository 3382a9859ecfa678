package io.viralscope.bench;

import io.viralscope.app.cli.CompositionRoot;
import io.viralscope.app.ingest.ImportBatch;
import io.viralscope.app.ingest.ImportResult;
import io.viralscope.app.ingest.Importer;
import io.viralscope.app.store.Store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code viralscope import} of a generated Viralscope CSV, 10,000 videos x 180 daily rows (1.8 million rows, about
 * 160 MB, the columns video_id, timestamp, view_count, like_count, comment_count, title, published_at), into a new
 * store: wall time, rows per second (target 150,000 or more), CPU time, the heap's peak and the process's peak
 * resident memory. Run it with a small heap ({@code -Xmx1g} or less) to see that memory does not grow with the
 * file. Prints figures; asserts nothing.
 *
 * <p>Arguments: {@code [videos] [days]}, default {@code 10000 180}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        Path dir = Files.createTempDirectory("viralscope-import-bench");
        try {
            Path csv = generate(dir.resolve("big.csv"), videos, days);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            ImportResult r;
            long checkedAt;
            long checkedCpu;
            Importer importer = Importer.withBuiltInFormats();
            try (ImportBatch batch = importer.read(List.of(csv), false);
                 Store store = Store.open(dir.resolve("bench.db"), CompositionRoot.systemContext().clock())) {
                checkedAt = System.nanoTime();
                checkedCpu = processCpuNanos();
                r = importer.write(store, batch);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "Import: %,d rows (%,d MB) of %,d videos in %.1f s: %,.0f rows/s (target"
                            + " >= 150,000); CPU %.1f s (checking %.1f s wall, %.1f s CPU; writing %.1f s wall, %.1f s"
                            + " CPU); heap peak %,d MB of %,d MB max; peak RSS %s%n", r.rows(), Files.size(csv) >> 20,
                    r.videos(), seconds, r.rows() / seconds, cpu, (checkedAt - start) / 1e9,
                    (checkedCpu - cpuStart) / 1e9, (System.nanoTime() - checkedAt) / 1e9,
                    (processCpuNanos() - checkedCpu) / 1e9, heapPeakMb(), Runtime.getRuntime().maxMemory() >> 20,
                    peakRss());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static Path generate(Path file, int videos, int days) throws IOException {
        LocalDate first = LocalDate.of(2026, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("video_id,timestamp,view_count,like_count,comment_count,title,published_at\n");
            for (int v = 0; v < videos; v++) {
                String id = String.format("v%010d", v);
                long views = 0;
                for (int d = 0; d < days; d++) {
                    views += (v % 97 + 1L) * (d + 1L);
                    w.write(id + "," + first.plusDays(d) + "T00:00:00Z," + views + "," + views / 20 + ","
                            + views / 200 + ",Video number " + v + ",2025-12-31T12:00:00Z\n");
                }
            }
        }
        return file;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** VmHWM from /proc/self/status, where there is one. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
            }
        }
        return "unknown";
    }
}
