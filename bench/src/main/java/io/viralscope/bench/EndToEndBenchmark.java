package io.viralscope.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real CLI as a user runs it, process start included: writes N seeded series of 180 days as a Viralscope CSV,
 * then runs {@code viralscope.jar} as separate processes — {@code import}, a cold JSON report, the same report warm,
 * an HTML report, the import and cold report again in {@code -Xmx1g} — and the scipy notebook baseline on 2,000 of
 * the same series, and prints one table of figures with the targets beside them. Asserts nothing.
 *
 * <p>Self-contained (JDK only), so {@code bench/run-end-to-end.sh} runs it from source with Java's single-file
 * launcher and builds nothing. Arguments: {@code [N] [--large] [--step-limit 10m] [--jar PATH] [--baseline PATH]
 * [--work DIR] [--keep] [--seed S]}.
 *
 * <p>Peak RSS is the kernel's {@code ru_maxrss} of the JVM as {@code /usr/bin/time -v} reports it; without GNU time
 * (or for a step stopped at its time limit) it is the JVM's {@code VmHWM} from {@code /proc/PID/status}, read every
 * 100 ms.
 */
public final class EndToEndBenchmark {

    static final int DAYS = 180;
    static final int COMPARED_SERIES = 2_000;
    static final int LARGE_SERIES = 100_000;
    static final double TARGET_COLD_SECONDS = 15;
    static final double TARGET_WARM_SECONDS = 1.5;
    static final double TARGET_ROWS_PER_SECOND = 150_000;
    static final double TARGET_BYTES_PER_VIDEO = 4 * 1024;
    static final double TARGET_SPEEDUP = 10;
    static final int TARGET_SERIES = 10_000;

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (!Files.isRegularFile(o.jar)) {
            System.err.println("There is no " + o.jar + "; build it first with: mvn -B -o -q package -pl app -am"
                    + " -DskipTests");
            System.exit(2);
        }
        if (!Files.isDirectory(o.jar.toAbsolutePath().resolveSibling("plugins"))) {
            System.err.println("There is no plugins folder beside " + o.jar + "; build it with: mvn -B -o -q package"
                    + " -pl app -am -DskipTests");
            System.exit(2);
        }
        // absolute: every step runs in this folder, so a relative path would name another one
        Path work = (o.work != null ? Files.createDirectories(o.work) : Files.createTempDirectory("viralscope-e2e"))
                .toAbsolutePath();
        Cli cli = new Cli(o.jar, work, o.stepLimitSeconds);
        Table table = new Table();
        try {
            System.out.printf(Locale.ROOT, "Viralscope end to end: %,d series x %d days, seed %d, %d cores, %s %s%n",
                    o.series, DAYS, o.seed, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            System.out.println("  jar " + o.jar.toAbsolutePath() + ", work folder " + work);
            System.out.println("  peak RSS: " + cli.rssMethod() + "; time limit per step "
                    + seconds(o.stepLimitSeconds));
            System.out.println("  load average at the start: " + loadAverage());
            new Run(o, cli, table, work).all();
        } finally {
            System.out.println("  load average at the end: " + loadAverage());
            System.out.println();
            table.print();
            if (!o.keep && o.work == null) {
                delete(work);
            }
        }
    }

    /** The steps in order; each prints a line as it ends, so a long run shows where it is. */
    private record Run(Options o, Cli cli, Table table, Path work) {

        void all() throws IOException, InterruptedException {
            int compared = Math.min(o.series, COMPARED_SERIES);
            Path csv = work.resolve("series.csv");
            Path perVideo = work.resolve("baseline-csv");
            long genStart = System.nanoTime();
            long rows = SeriesCsv.write(csv, o.series, o.seed, perVideo, compared);
            Path comparedCsv = csv;
            if (compared != o.series) {
                comparedCsv = work.resolve("series-" + compared + ".csv");
                SeriesCsv.write(comparedCsv, compared, o.seed, null, 0);
            }
            double genSeconds = (System.nanoTime() - genStart) / 1e9;
            table.row("generate CSV", genSeconds, -1, String.format(Locale.ROOT, "%,d rows, %s", rows,
                    megabytes(Files.size(csv))), "", "");
            progress("generated " + csv);

            Path db = work.resolve("store.db");
            Path db1g = work.resolve("store-1g.db");
            Cli.Result imp = cli.run("import", List.of(), List.of("--db", db.toString(), "import", csv.toString()));
            importRow("import", imp, rows);
            if (imp.ok()) {
                // a copy of the store as imported, so the -Xmx1g report is cold even when -Xmx1g import fails
                copyStore(db, db1g);
                reports(db);
            } else {
                table.note("reports skipped: the import did not complete");
            }

            Path dbImport1g = work.resolve("store-import-1g.db");
            Cli.Result imp1g = cli.run("import -Xmx1g", List.of("-Xmx1g"),
                    List.of("--db", dbImport1g.toString(), "import", csv.toString()));
            importRow("import, -Xmx1g", imp1g, rows);
            deleteStore(dbImport1g);
            if (imp.ok()) {
                Path out = work.resolve("report-1g.json");
                // --fresh: the copy has the same data as the store reported on above, so its report would be handed
                // back; its results cache is empty, so made anew it is cold
                Cli.Result r = cli.run("cold JSON -Xmx1g", List.of("-Xmx1g"), List.of("--db", db1g.toString(),
                        "report", "--format", "json", "--fresh", "--out", out.toString()));
                table.row("cold JSON report, -Xmx1g", r, completion(r) + cacheNote(r),
                        "100,000 x 180 days in -Xmx1g (--large)", "");
                deleteStore(db1g);
            }

            compareWithBaseline(compared, comparedCsv, perVideo);
            if (o.large) {
                large();
            }
        }

        private void reports(Path db) throws IOException, InterruptedException {
            Path cold = work.resolve("report.json");
            Cli.Result r = cli.run("cold JSON", List.of(), List.of("--db", db.toString(), "report", "--format",
                    "json", "--out", cold.toString()));
            table.row("cold JSON report", r, r.ok() ? jsonFigures(cold) + cacheNote(r) : completion(r),
                    "<= 15 s at 10,000 on 2 cores", verdict(r, TARGET_COLD_SECONDS));
            if (r.ok()) {
                double withoutCurves = (double) JsonWithoutCurves.bytes(cold) / o.series;
                table.row("  JSON without curves", -1, -1, String.format(Locale.ROOT, "%,.0f B/video",
                        withoutCurves), "<= 4 KB a video", withoutCurves <= TARGET_BYTES_PER_VIDEO ? "met" : "missed");
            } else {
                // a warm report after a failed cold one would compute what the cold one did not cache
                table.note("warm JSON and HTML reports skipped: the cold report did not complete");
                return;
            }
            Path warmOut = work.resolve("report-warm.json");
            Cli.Result warm = cli.run("warm JSON", List.of(), List.of("--db", db.toString(), "report", "--format",
                    "json", "--out", warmOut.toString()));
            table.row("warm JSON report", warm, completion(warm) + cacheNote(warm)
                            + (warm.ok() && Files.mismatch(cold, warmOut) == -1 ? ", the same bytes" : ""),
                    "<= 1.5 s at 10,000", verdict(warm, TARGET_WARM_SECONDS));
            // the same report made anew: every detection read back from the results cache, nothing computed
            Path freshOut = work.resolve("report-fresh.json");
            Cli.Result fresh = cli.run("warm JSON --fresh", List.of(), List.of("--db", db.toString(), "report",
                    "--format", "json", "--fresh", "--out", freshOut.toString()));
            table.row("  made anew (--fresh), results cache", fresh, completion(fresh) + cacheNote(fresh), "", "");
            Path html = work.resolve("report.html");
            Cli.Result h = cli.run("HTML", List.of(), List.of("--db", db.toString(), "report", "--format", "html",
                    "--out", html.toString()));
            table.row("HTML report (results cache)", h, h.ok() ? megabytes(Files.size(html)) + cacheNote(h)
                    : completion(h), "", "");
        }

        private void compareWithBaseline(int compared, Path comparedCsv, Path perVideo)
                throws IOException, InterruptedException {
            String label = String.format(Locale.ROOT, "%,d", compared);
            Cli.Result cold = table.result("cold JSON report");
            if (compared != o.series) {
                Path db = work.resolve("store-" + compared + ".db");
                Cli.Result imp = cli.run("import " + label, List.of(),
                        List.of("--db", db.toString(), "import", comparedCsv.toString()));
                cold = null;
                if (imp.ok()) {
                    Path out = work.resolve("report-" + compared + ".json");
                    cold = cli.run("cold JSON " + label, List.of(), List.of("--db", db.toString(), "report",
                            "--format", "json", "--out", out.toString()));
                    table.row("cold JSON report, " + label + " series", cold, completion(cold) + cacheNote(cold),
                            "", "");
                } else {
                    table.note("cold report of " + label + " series skipped: its import did not complete ("
                            + completion(imp) + ")");
                }
            }
            Baseline.Result b = Baseline.run(cli, o.baseline, perVideo);
            String name = "scipy baseline, " + label + " series";
            if (b.run() == null) {
                table.row(name, -1, -1, "NOT RUN: " + b.problem(), "", "");
                return;
            }
            Cli.Result base = b.run();
            table.row(name, base, b.problem() != null ? "FAILED: " + b.problem() : base.finished()
                    ? String.format(Locale.ROOT, "its own timing of the fits alone: %.1f s", b.fitSeconds())
                    : completion(base), "", "");
            if (cold != null && cold.ok() && base.ok() && b.problem() == null) {
                double ratio = base.wallSeconds() / cold.wallSeconds();
                String cpu = base.cpuSeconds() > 0 && cold.cpuSeconds() > 0 ? String.format(Locale.ROOT,
                        "; CPU time %.1fx", base.cpuSeconds() / cold.cpuSeconds()) : "";
                table.row("  baseline / cold report", -1, -1, String.format(Locale.ROOT,
                        "%.1fx faster (baseline's fit time alone: %.1fx%s)", ratio, b.fitSeconds() / cold.wallSeconds(),
                        cpu), ">= 10x at 2,000", compared == COMPARED_SERIES ? (ratio >= TARGET_SPEEDUP ? "met"
                                : "missed") : "n/a");
            }
        }

        private void large() throws IOException, InterruptedException {
            Path csv = work.resolve("series-large.csv");
            long start = System.nanoTime();
            long rows = SeriesCsv.write(csv, LARGE_SERIES, o.seed, null, 0);
            table.row("generate CSV, 100,000 series", (System.nanoTime() - start) / 1e9, -1,
                    String.format(Locale.ROOT, "%,d rows, %s", rows, megabytes(Files.size(csv))), "", "");
            Path db = work.resolve("store-large.db");
            Cli.Result imp = cli.run("import 100,000 -Xmx1g", List.of("-Xmx1g"),
                    List.of("--db", db.toString(), "import", csv.toString()));
            importRow("import 100,000, -Xmx1g", imp, rows);
            Files.deleteIfExists(csv);
            if (!imp.ok()) {
                table.note("100,000-series report skipped: its import did not complete");
                return;
            }
            Path out = work.resolve("report-large.json");
            Cli.Result r = cli.run("cold JSON 100,000 -Xmx1g", List.of("-Xmx1g"),
                    List.of("--db", db.toString(), "report", "--format", "json", "--out", out.toString()));
            table.row("cold JSON 100,000, -Xmx1g", r, r.ok() ? jsonFigures(out, LARGE_SERIES) : completion(r),
                    "completes in -Xmx1g", r.ok() ? "met" : "missed");
        }

        private static void copyStore(Path from, Path to) throws IOException {
            for (String suffix : List.of("", "-wal")) {
                Path f = Path.of(from + suffix);
                if (Files.exists(f)) {
                    Files.copy(f, Path.of(to + suffix));
                }
            }
        }

        private static void deleteStore(Path db) throws IOException {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }

        private void importRow(String name, Cli.Result r, long rows) {
            double perSecond = rows / r.wallSeconds();
            table.row(name, r, r.ok() ? String.format(Locale.ROOT, "%,.0f rows/s", perSecond) : completion(r),
                    ">= 150,000 rows/s", r.ok() ? (perSecond >= TARGET_ROWS_PER_SECOND ? "met" : "missed") : "missed");
        }

        private String jsonFigures(Path json) throws IOException {
            return jsonFigures(json, o.series);
        }

        private static String jsonFigures(Path json, int series) throws IOException {
            long size = Files.size(json);
            return String.format(Locale.ROOT, "%s, %,.0f B/video, %s", megabytes(size), (double) size / series,
                    JsonWithoutCurves.schema(json));
        }

        private String verdict(Cli.Result r, double targetSeconds) {
            if (!r.ok()) {
                return "missed";
            }
            if (o.series != TARGET_SERIES) {
                return "n/a at " + String.format(Locale.ROOT, "%,d", o.series);
            }
            return r.wallSeconds() <= targetSeconds ? "met" : "missed";
        }

        private String completion(Cli.Result r) {
            if (!r.finished()) {
                return "did not finish in " + seconds(o.stepLimitSeconds);
            }
            if (r.exit() != 0) {
                return "FAILED, exit " + r.exit() + ": " + r.lastErrorLine();
            }
            return "completed";
        }

        private static String cacheNote(Cli.Result r) {
            Matcher m = Pattern.compile("\\(([\\d,]+) computed, ([\\d,]+) from cache\\)").matcher(r.output());
            if (m.find()) {
                return "; " + m.group(1) + " computed, " + m.group(2) + " from cache";
            }
            return r.output().contains("handed back as it was") ? "; handed back (report reuse)" : "";
        }

        private static void progress(String what) {
            System.out.println("  .. " + what);
        }
    }

    /** Runs {@code java -jar viralscope.jar …} as a user would, timing its wall time and its peak RSS. */
    static final class Cli {
        private final Path jar;
        private final Path work;
        private final long limitSeconds;
        private final String java;
        private final Optional<Path> gnuTime;

        Cli(Path jar, Path work, long limitSeconds) {
            this.jar = jar;
            this.work = work;
            this.limitSeconds = limitSeconds;
            this.java = ProcessHandle.current().info().command().orElse("java");
            Path time = Path.of("/usr/bin/time");
            this.gnuTime = Files.isExecutable(time) && supportsVerbose(time) ? Optional.of(time) : Optional.empty();
        }

        String rssMethod() {
            return gnuTime.isPresent() ? "/usr/bin/time -v (ru_maxrss of the JVM)"
                    : "VmHWM of the JVM from /proc/PID/status, read every 100 ms (GNU time not found)";
        }

        /** {@code cpuSeconds} is user + system time, -1 when unknown; {@code output} both streams' text. */
        record Result(String name, boolean finished, int exit, double wallSeconds, double cpuSeconds, long peakRssKb,
                      String output, String lastErrorLine) {
            boolean ok() {
                return finished && exit == 0;
            }
        }

        /** {@code java [jvmOptions] -jar viralscope.jar args}. */
        Result run(String name, List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
            List<String> program = new ArrayList<>();
            program.add(java);
            program.addAll(jvmOptions);
            // its own home folder, so no ~/.viralscope/viralscope.yaml of this machine changes what is measured
            program.add("-Duser.home=" + work);
            program.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            program.addAll(args);
            return timed(name, program);
        }

        /** Runs a program in the work folder, within the step's time limit. */
        Result timed(String name, List<String> program) throws IOException, InterruptedException {
            Path out = work.resolve(slug(name) + ".out");
            Path err = work.resolve(slug(name) + ".err");
            Path timeFile = work.resolve(slug(name) + ".time");
            List<String> command = new ArrayList<>();
            gnuTime.ifPresent(t -> command.addAll(List.of(t.toString(), "-v", "-o", timeFile.toString())));
            command.addAll(program);
            System.out.println("  .. " + name + ": " + String.join(" ", program));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(work.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
            long polledKb = 0;
            boolean finished = true;
            while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                polledKb = Math.max(polledKb, vmHwmKb(jvm(p)));
                if (System.nanoTime() > deadline) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    p.waitFor();
                    finished = false;
                    break;
                }
            }
            double wall = (System.nanoTime() - start) / 1e9;
            List<String> times = finished && Files.isRegularFile(timeFile) ? Files.readAllLines(timeFile) : List.of();
            long rss = timeFigure(times, "Maximum resident set size (kbytes):").map(Math::round).orElse(polledKb);
            double cpu = timeFigure(times, "User time (seconds):").flatMap(u -> timeFigure(times,
                    "System time (seconds):").map(sys -> u + sys)).orElse(-1.0);
            String output = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err,
                    StandardCharsets.UTF_8);
            Result r = new Result(name, finished, finished ? p.exitValue() : -1, wall, cpu, rss, output,
                    lastLine(err));
            System.out.printf(Locale.ROOT, "  .. %s: %s, %.2f s, cpu %s, peak RSS %s%n", name,
                    finished ? "exit " + r.exit() : "stopped at the time limit", wall, Table.cpu(cpu),
                    Table.rss(rss));
            return r;
        }

        /** The process measured: GNU time's child when it wraps it. */
        private ProcessHandle jvm(Process p) {
            return gnuTime.isPresent() ? p.children().findFirst().orElse(p.toHandle()) : p.toHandle();
        }

        private static long vmHwmKb(ProcessHandle h) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + h.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | UncheckedIOException | NumberFormatException e) {
                // the process just ended, or this is not Linux: no reading this time
            }
            return 0;
        }

        /** A figure of {@code /usr/bin/time -v}'s report, such as its "Maximum resident set size (kbytes):". */
        private static Optional<Double> timeFigure(List<String> lines, String label) {
            for (String line : lines) {
                String t = line.trim();
                if (t.startsWith(label)) {
                    return Optional.of(Double.parseDouble(t.substring(label.length()).trim()));
                }
            }
            return Optional.empty();
        }

        private static boolean supportsVerbose(Path time) {
            try {
                Process p = new ProcessBuilder(time.toString(), "-v", "true").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor() == 0 && text.contains("Maximum resident set size");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static String lastLine(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).trim();
                }
            }
            return "(no message)";
        }

        private static String slug(String name) {
            return name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        }
    }

    /** Runs the scipy notebook baseline ({@code bench/scipy_baseline.py}) on a folder of one CSV per series. */
    static final class Baseline {
        private static final Pattern LINE = Pattern.compile("reference: (\\d+) series in ([0-9.]+) s");

        /** {@code problem} says why the baseline did not run or failed; {@code fitSeconds} is its own timing. */
        record Result(String problem, Cli.Result run, double fitSeconds) {
        }

        static Result run(Cli cli, Path script, Path folder) throws IOException, InterruptedException {
            if (!Files.isRegularFile(script)) {
                return new Result("there is no " + script, null, 0);
            }
            String python = "python3";
            String missing = check(python);
            if (missing != null) {
                return new Result(missing, null, 0);
            }
            Cli.Result r = cli.timed("scipy baseline", List.of(python, script.toAbsolutePath().toString(),
                    folder.toString()));
            Matcher m = LINE.matcher(r.output());
            if (r.finished() && (r.exit() != 0 || !m.find())) {
                return new Result("the baseline failed (exit " + r.exit() + "): " + r.lastErrorLine(), r, 0);
            }
            return new Result(null, r, r.finished() ? Double.parseDouble(m.group(2)) : 0);
        }

        /** Null when python3 with numpy and scipy is there, else what is missing and how to install it. */
        private static String check(String python) throws InterruptedException {
            try {
                Process p = new ProcessBuilder(python, "-c", "import numpy, scipy").redirectErrorStream(true)
                        .start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.waitFor() == 0 ? null : "python3 lacks numpy or scipy (" + text.lines()
                        .reduce((a, b) -> b).orElse("") + "); on Debian: apt-get install -y python3-numpy"
                        + " python3-scipy";
            } catch (IOException e) {
                return "python3 was not found; on Debian: apt-get install -y python3 python3-numpy python3-scipy";
            }
        }
    }

    /**
     * N series of 180 days in the import schema: launch bursts with power-law decay, word of mouth (Bass), steady
     * catalogue videos, shocks on top of any of them, a weekly rhythm and lognormal day-to-day noise. Series i
     * depends only on the seed and i, so the first 2,000 of 10,000 are the 2,000-series set.
     */
    static final class SeriesCsv {
        private static final Instant FIRST_DAY = Instant.parse("2026-01-05T00:00:00Z");
        static final String HEADER = "video_id,timestamp,view_count,like_count,comment_count,title,published_at";

        /** Writes {@code csv}, and the first {@code perVideoCount} series one file each into {@code perVideo}. */
        static long write(Path csv, int count, long seed, Path perVideo, int perVideoCount) throws IOException {
            if (perVideo != null) {
                Files.createDirectories(perVideo);
            }
            long rows = 0;
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                StringBuilder video = new StringBuilder(DAYS * 110);
                for (int i = 0; i < count; i++) {
                    video.setLength(0);
                    rows += series(i, seed, video);
                    w.append(video);
                    if (perVideo != null && i < perVideoCount) {
                        Files.writeString(perVideo.resolve(id(i) + ".csv"), HEADER + "\n" + video,
                                StandardCharsets.UTF_8);
                    }
                }
            }
            return rows;
        }

        static String id(int i) {
            return String.format(Locale.ROOT, "bench%06d", i);
        }

        private static int series(int i, long seed, StringBuilder out) {
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
            double[] daily = shape(rnd);
            double weekly = rnd.nextDouble(0, 0.25);
            int weekPhase = rnd.nextInt(7);
            double sigma = rnd.nextDouble(0.05, 0.25);
            double likeRate = Math.exp(rnd.nextGaussian(Math.log(0.03), 0.5));
            double commentRate = Math.exp(rnd.nextGaussian(Math.log(0.002), 0.6));
            Instant published = FIRST_DAY.plus(rnd.nextInt(180), ChronoUnit.DAYS)
                    .plus(rnd.nextInt(24 * 60), ChronoUnit.MINUTES);
            long firstSampleMinutes = 60 + rnd.nextInt(23 * 60);
            Instant first = published.plus(firstSampleMinutes, ChronoUnit.MINUTES);
            String title = title(i, rnd);
            double views = 0;
            double likes = 0;
            double comments = 0;
            for (int d = 0; d < DAYS; d++) {
                double rhythm = 1 + weekly * Math.cos(2 * Math.PI * (d + weekPhase) / 7.0);
                double noise = Math.exp(sigma * rnd.nextGaussian() - sigma * sigma / 2);
                double day = daily[d] * rhythm * noise * (d == 0 ? firstSampleMinutes / 1440.0 : 1);
                views += day;
                likes += day * likeRate * Math.exp(0.3 * rnd.nextGaussian() - 0.045);
                comments += day * commentRate * Math.exp(0.5 * rnd.nextGaussian() - 0.125);
                out.append(id(i)).append(',').append(first.plus(d, ChronoUnit.DAYS)).append(',')
                        .append((long) views).append(',').append((long) likes).append(',').append((long) comments)
                        .append(',').append(title).append(',').append(published).append('\n');
            }
            return DAYS;
        }

        /** Expected daily views, before rhythm and noise. */
        private static double[] shape(SplittableRandom rnd) {
            double[] daily = new double[DAYS];
            double kind = rnd.nextDouble();
            double scale = Math.exp(rnd.nextGaussian(Math.log(5_000), 1.2));
            if (kind < 0.40) { // launch burst, power-law decay to a small catalogue baseline
                double tau = rnd.nextDouble(0.5, 3);
                double beta = rnd.nextDouble(0.8, 1.6);
                double base = scale * rnd.nextDouble(0.003, 0.03);
                for (int d = 0; d < DAYS; d++) {
                    daily[d] = scale * Math.pow(1 + d / tau, -beta) + base;
                }
            } else if (kind < 0.60) { // word of mouth: Bass adoption
                double m = scale * rnd.nextDouble(20, 80);
                double p = rnd.nextDouble(0.001, 0.01);
                double q = rnd.nextDouble(0.08, 0.4);
                double before = 0;
                for (int d = 0; d < DAYS; d++) {
                    double e = Math.exp(-(p + q) * (d + 1));
                    double cum = m * (1 - e) / (1 + q / p * e);
                    daily[d] = Math.max(cum - before, 1);
                    before = cum;
                }
            } else if (kind < 0.85) { // steady catalogue video with a slow trend
                double base = scale * 0.1;
                double trend = rnd.nextDouble(-0.004, 0.006);
                for (int d = 0; d < DAYS; d++) {
                    daily[d] = base * Math.exp(trend * d);
                }
            } else { // launch burst with exponential decay
                double tau = rnd.nextDouble(2, 12);
                double base = scale * rnd.nextDouble(0.01, 0.05);
                for (int d = 0; d < DAYS; d++) {
                    daily[d] = scale * Math.exp(-d / tau) + base;
                }
            }
            int shocks = rnd.nextDouble() < 0.3 ? 1 + (rnd.nextDouble() < 0.3 ? 1 : 0) : 0;
            for (int s = 0; s < shocks; s++) { // an outside event: a jump of 3-30x the day, relaxing over days
                int at = rnd.nextInt(20, DAYS - 10);
                double size = daily[at] * rnd.nextDouble(3, 30);
                double relax = rnd.nextDouble(1, 6);
                for (int d = at; d < DAYS; d++) {
                    daily[d] += size * Math.pow(1 + (d - at) / relax, -1.5);
                }
            }
            return daily;
        }

        private static String title(int i, SplittableRandom rnd) {
            return switch (rnd.nextInt(10)) {
                case 0 -> "\"Launch, part " + i + "\"";                 // a comma: RFC 4180 quoting
                case 1 -> "\"The \"\"official\"\" video " + i + "\"";    // a doubled quote inside quotes
                default -> "Bench video " + i;
            };
        }
    }

    /** The size of a JSON report with every {@code "curves"} member taken out, read as a stream of bytes. */
    static final class JsonWithoutCurves {
        private static final byte[] KEY = "curves".getBytes(StandardCharsets.US_ASCII);

        static long bytes(Path json) throws IOException {
            long kept = 0;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(json), 1 << 16)) {
                boolean inString = false;
                boolean escaped = false;
                int stringLength = 0;
                boolean matches = false;
                boolean afterKey = false;   // a "curves" string just ended: its value follows a ':'
                int skipDepth = -1;         // inside the value being left out: bracket depth, -1 when not
                boolean skipStarted = false;
                int b;
                while ((b = in.read()) != -1) {
                    if (skipDepth >= 0) {
                        if (inString) {
                            if (escaped) {
                                escaped = false;
                            } else if (b == '\\') {
                                escaped = true;
                            } else if (b == '"') {
                                inString = false;
                                if (skipDepth == 0) {
                                    skipDepth = -1;
                                }
                            }
                            continue;
                        }
                        if (!skipStarted) {
                            if (Character.isWhitespace(b)) {
                                continue;
                            }
                            skipStarted = true;
                        }
                        if (b == '"') {
                            inString = true;
                        } else if (b == '[' || b == '{') {
                            skipDepth++;
                        } else if (b == ']' || b == '}') {
                            if (skipDepth == 0) { // the end of the enclosing object after a bare value
                                skipDepth = -1;
                                kept++;
                            } else if (--skipDepth == 0) {
                                skipDepth = -1;
                            }
                        } else if (b == ',' && skipDepth == 0) {
                            skipDepth = -1;
                            kept++;
                        }
                        continue;
                    }
                    kept++;
                    if (inString) {
                        if (escaped) {
                            escaped = false;
                        } else if (b == '\\') {
                            escaped = true;
                        } else if (b == '"') {
                            inString = false;
                            afterKey = matches && stringLength == KEY.length;
                        } else {
                            matches = matches && stringLength < KEY.length && KEY[stringLength] == b;
                            stringLength++;
                        }
                    } else if (b == '"') {
                        inString = true;
                        stringLength = 0;
                        matches = true;
                    } else if (afterKey && b == ':') {
                        kept -= KEY.length + 3; // the key, its quotes and the colon
                        afterKey = false;
                        skipDepth = 0;
                        skipStarted = false;
                    } else if (!Character.isWhitespace(b)) {
                        afterKey = false;
                    }
                }
            }
            return kept;
        }

        static String schema(Path json) throws IOException {
            try (InputStream in = Files.newInputStream(json)) {
                String head = new String(in.readNBytes(400), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\"schema\"\\s*:\\s*\"([^\"]+)\"").matcher(head);
                return m.find() ? m.group(1) : "no schema";
            }
        }
    }

    /** The figures, printed at the end as one table. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final List<Cli.Result> results = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void row(String step, Cli.Result r, String figure, String target, String verdict) {
            results.add(new Cli.Result(step, r.finished(), r.exit(), r.wallSeconds(), r.cpuSeconds(),
                    r.peakRssKb(), r.output(), r.lastErrorLine()));
            rows.add(new String[] {step, seconds(r.wallSeconds()), cpu(r.cpuSeconds()), rss(r.peakRssKb()), figure,
                target, verdict});
        }

        void row(String step, double wallSeconds, long rssKb, String figure, String target, String verdict) {
            rows.add(new String[] {step, wallSeconds < 0 ? "" : seconds(wallSeconds), "", rssKb < 0 ? "" : rss(rssKb),
                figure, target, verdict});
        }

        private static String seconds(double s) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }

        static String cpu(double s) {
            return s < 0 ? "n/a" : seconds(s);
        }

        void note(String text) {
            notes.add(text);
        }

        Cli.Result result(String step) {
            return results.stream().filter(r -> r.name().equals(step)).findFirst().orElse(null);
        }

        static String rss(long kb) {
            return kb <= 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", Math.round(kb / 1024.0));
        }

        void print() {
            String[] head = {"step", "wall", "cpu", "peak RSS", "figure", "target", "verdict"};
            int[] width = new int[head.length];
            for (String[] r : rowsWith(head)) {
                for (int c = 0; c < r.length; c++) {
                    width[c] = Math.max(width[c], r[c].length());
                }
            }
            for (String[] r : rowsWith(head)) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < r.length; c++) {
                    String cell = c >= 1 && c <= 3 ? " ".repeat(width[c] - r[c].length()) + r[c]
                            : r[c] + " ".repeat(width[c] - r[c].length());
                    line.append(cell).append(c < r.length - 1 ? "  " : "");
                }
                System.out.println(line.toString().stripTrailing());
            }
            notes.forEach(n -> System.out.println("note: " + n));
            System.out.println("wall: the process's, JVM start included; cpu: its user + system time; peak RSS: its"
                    + " maximum resident set.");
        }

        private List<String[]> rowsWith(String[] head) {
            List<String[]> all = new ArrayList<>();
            all.add(head);
            all.addAll(rows);
            return all;
        }
    }

    record Options(int series, boolean large, long stepLimitSeconds, Path jar, Path baseline, Path work,
                   boolean keep, long seed) {

        static Options parse(String[] args) {
            int series = 10_000;
            boolean large = false;
            long limit = 600;
            Path jar = Path.of("app/target/viralscope.jar");
            Path baseline = Path.of("bench/scipy_baseline.py");
            Path work = null;
            boolean keep = false;
            long seed = 13;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--large" -> large = true;
                    case "--keep" -> keep = true;
                    case "--step-limit" -> limit = durationSeconds(args[++i]);
                    case "--jar" -> jar = Path.of(args[++i]);
                    case "--baseline" -> baseline = Path.of(args[++i]);
                    case "--work" -> work = Path.of(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> series = Integer.parseInt(args[i].replace(",", "").replace("_", ""));
                }
            }
            return new Options(series, large, limit, jar, baseline, work, keep, seed);
        }

        private static long durationSeconds(String text) {
            long n = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> n;
                case 'm' -> n * 60;
                case 'h' -> n * 3600;
                default -> throw new IllegalArgumentException("--step-limit takes a duration such as 600s, 10m or"
                        + " 1h, not " + text);
            };
        }
    }

    /** The machine's load (1, 5 and 15 minutes), since other work on the 2 cores inflates every wall time. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String seconds(long s) {
        return s % 60 == 0 ? s / 60 + " min" : s + " s";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
