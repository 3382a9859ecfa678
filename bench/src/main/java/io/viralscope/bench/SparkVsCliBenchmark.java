package io.viralscope.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Spark job against the CLI on this machine, each as a person runs it: N seeded series of 180 days (the series
 * of {@link EndToEndBenchmark}) in K CSV files; then {@code java -jar viralscope.jar import} and
 * {@code report --format json} into a new store, and {@code java -jar viralscope-spark.jar --master local[C]
 * --format json} over the same files, after a run on two series that measures Spark's fixed cost (start-up, stop).
 * Prints wall times, series per second, the job's cost per series in core-seconds, and from it a paper estimate
 * of 5 million series on clusters of several sizes. Asserts nothing and builds nothing.
 *
 * <p>Arguments: {@code [N] [--files K] [--cores C] [--app-jar PATH] [--spark-jar PATH] [--plugins DIR]
 * [--work DIR]}; defaults 10,000 series, 8 files, 2 cores, {@code app/target/viralscope.jar},
 * {@code spark/target/viralscope-spark.jar} and the plugins folder beside the app jar.
 */
public final class SparkVsCliBenchmark {

    static final long ARCHIVE = 5_000_000L;

    private SparkVsCliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int series = 10_000;
        int files = 8;
        int cores = 2;
        Path appJar = Path.of("app/target/viralscope.jar");
        Path sparkJar = Path.of("spark/target/viralscope-spark.jar");
        Path plugins = null;
        Path work = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--cores" -> cores = Integer.parseInt(args[++i]);
                case "--app-jar" -> appJar = Path.of(args[++i]);
                case "--spark-jar" -> sparkJar = Path.of(args[++i]);
                case "--plugins" -> plugins = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> series = Integer.parseInt(args[i]);
            }
        }
        plugins = plugins != null ? plugins : appJar.toAbsolutePath().resolveSibling("plugins");
        for (Path jar : List.of(appJar, sparkJar)) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("There is no " + jar + "; build it first with: mvn -B -o -q package -pl spark -am"
                        + " -DskipTests");
                System.exit(2);
            }
        }
        boolean keep = work != null;
        work = (work != null ? Files.createDirectories(work) : Files.createTempDirectory("viralscope-spark-bench"))
                .toAbsolutePath();
        try {
            System.out.printf(Locale.ROOT, "Spark job versus CLI: %,d series x %d days in %d files, %d cores, %s %s%n",
                    series, EndToEndBenchmark.DAYS, files, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            System.out.println("  load average at the start: " + loadAverage());
            List<String> inputs = generate(work, series, files);
            List<String> two = generate(Files.createDirectories(work.resolve("two")), 2, 1);
            String db = work.resolve("cli.db").toString();
            List<String> importArgs = new ArrayList<>(List.of("--db", db, "--plugins-dir", plugins.toString(),
                    "import"));
            importArgs.addAll(inputs);
            double imported = run(work, "cli-import", java(appJar, importArgs));
            double reported = run(work, "cli-report", java(appJar, List.of("--db", db, "--plugins-dir",
                    plugins.toString(), "report", "--format", "json", "--out", work.resolve("report.json").toString())));
            String master = "local[" + cores + "]";
            List<String> fixedArgs = new ArrayList<>(List.of("--master", master, "--plugins-dir", plugins.toString(),
                    "--format", "json", "--out", work.resolve("spark-two").toString()));
            fixedArgs.addAll(two);
            double fixed = run(work, "spark-two-series", java(sparkJar, fixedArgs));
            List<String> sparkArgs = new ArrayList<>(List.of("--master", master, "--plugins-dir", plugins.toString(),
                    "--format", "json", "--out", work.resolve("spark-out").toString()));
            sparkArgs.addAll(inputs);
            double spark = run(work, "spark", java(sparkJar, sparkArgs));
            List<String> parquetArgs = new ArrayList<>(List.of("--master", master, "--plugins-dir",
                    plugins.toString(), "--out", work.resolve("spark-parquet").toString()));
            parquetArgs.addAll(inputs);
            double sparkParquet = run(work, "spark-parquet", java(sparkJar, parquetArgs));
            System.out.println("  load average at the end: " + loadAverage());
            System.out.println();
            double cli = imported + reported;
            System.out.printf(Locale.ROOT, "%-44s %9s %12s%n", "step", "wall s", "series/s");
            row("CLI import (" + files + " files)", imported, series);
            row("CLI report --format json", reported, series);
            row("CLI import + report", cli, series);
            row("Spark " + master + ", 2 series (fixed cost)", fixed, 2);
            row("Spark " + master + " --format json", spark, series);
            row("Spark " + master + " (Parquet output)", sparkParquet, series);
            double perSeries = Math.max(spark - fixed, 0.001) * cores / series;
            System.out.println();
            System.out.printf(Locale.ROOT, "Spark cost per series: %.2f ms on one core ((%.1f s - %.1f s fixed) x %d"
                    + " cores / %,d series)%n", perSeries * 1000, spark, fixed, cores, series);
            System.out.printf(Locale.ROOT, "Paper estimate for %,d series (%.0f core-hours, plus the fixed cost):%n",
                    ARCHIVE, perSeries * ARCHIVE / 3600);
            for (int[] cluster : new int[][] {{10, 4}, {25, 8}, {50, 8}, {100, 16}}) {
                int total = cluster[0] * cluster[1];
                double hours = perSeries * ARCHIVE / total / 3600;
                System.out.printf(Locale.ROOT, "  %3d executors x %2d cores = %4d cores: %6.2f h%n", cluster[0],
                        cluster[1], total, hours);
            }
            System.out.printf(Locale.ROOT, "  the CLI on this machine: %.1f h%n", cli * ARCHIVE / series / 3600);
        } finally {
            if (!keep) {
                delete(work);
            }
        }
    }

    private static void row(String step, double seconds, long series) {
        System.out.printf(Locale.ROOT, "%-44s %9.1f %12.0f%n", step, seconds, series / seconds);
    }

    private static List<String> java(Path jar, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toAbsolutePath().toString()));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs one step, its output in files of the work folder; its wall time in seconds. */
    private static double run(Path work, String name, List<String> cmd) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile()).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  %s: %.1f s, exit %d%n", name, seconds, code);
        if (code != 0) {
            System.out.println(Files.readString(work.resolve(name + ".err")));
            throw new IllegalStateException(name + " failed with exit " + code);
        }
        return seconds;
    }

    /** The end-to-end benchmark's series, each video's rows dealt whole to one of {@code files} files. */
    private static List<String> generate(Path dir, int series, int files) throws IOException {
        Path all = dir.resolve("all.csv");
        EndToEndBenchmark.SeriesCsv.write(all, series, 1, null, 0);
        List<BufferedWriter> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path f = dir.resolve(String.format(Locale.ROOT, "series-%02d.csv", i));
            names.add(f.toString());
            BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
            w.write(EndToEndBenchmark.SeriesCsv.HEADER);
            w.write('\n');
            out.add(w);
        }
        try (BufferedReader r = Files.newBufferedReader(all, StandardCharsets.UTF_8)) {
            r.readLine();
            long line = 0;
            for (String l; (l = r.readLine()) != null; line++) {
                BufferedWriter w = out.get((int) (line / EndToEndBenchmark.DAYS % files));
                w.write(l);
                w.write('\n');
            }
        } finally {
            for (BufferedWriter w : out) {
                w.close();
            }
        }
        Files.delete(all);
        return names;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
