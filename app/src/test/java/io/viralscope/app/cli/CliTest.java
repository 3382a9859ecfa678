package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: exit codes and the sentences printed. */
class CliTest {

    @TempDir
    Path dir;
    private Path plugins;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        io.viralscope.app.store.Store.open(dir.resolve("v.db"),
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)).close(); // an empty store
    }

    // how often a report asked to keep to the JVM's quick compiler (the real one would change this test JVM)
    private final java.util.concurrent.atomic.AtomicInteger quickCompilerAsked =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger quickCompilerLetGo =
            new java.util.concurrent.atomic.AtomicInteger();

    private int run(String... args) {
        out.reset();
        err.reset();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, false, clock,
                io.viralscope.app.youtube.Sleeper.forClock(clock, d -> { }), new QuickCompiler() {
                    @Override
                    public boolean keepTo() {
                        quickCompilerAsked.incrementAndGet();
                        return true;
                    }

                    @Override
                    public void letGo() {
                        quickCompilerLetGo.incrementAndGet();
                    }
                });
        return Main.run(ctx, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] withDb(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = dir.resolve("v.db").toString();
        all[2] = "--plugins-dir";
        all[3] = plugins.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return all;
    }

    @Test
    void unknownCommandOrFlagIsAUsageErrorWithExitOne() {
        assertThat(run("frobnicate")).isEqualTo(1);
        assertThat(err()).startsWith("Unknown command 'frobnicate'; the commands are listed below.")
                .contains("Usage: viralscope", "Commands:");
        assertThat(run("report", "--colour", "red")).isEqualTo(1);
        assertThat(err()).contains("Unknown options: '--colour', 'red'");
        assertThat(run()).isEqualTo(1);
        assertThat(err()).contains("Missing command: name one of demo, import, track, poll, watch, quota, report,"
                + " plugins, simulate, auth, analytics (viralscope --help lists them).");
        assertThat(run("report", "--format", "pdf")).isEqualTo(1);
        assertThat(err()).contains("'pdf' is not a report format; choose html, json or csv.");
        assertThat(run("report", "--compiler", "fast")).isEqualTo(1);
        assertThat(err()).contains("'fast' is not a compiler choice; choose auto, quick or full.");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("demo", "import", "report", "plugins", "--db=FILE", "--api-root=URL");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"demo"}, {"import"}, {"track"}, {"track", "add"}, {"track", "list"},
                {"track", "remove"}, {"poll"}, {"watch"}, {"quota"}, {"report"}, {"plugins"}, {"simulate"}, {"auth"},
                {"auth", "login"}, {"auth", "status"}, {"auth", "logout"}, {"analytics"}, {"analytics", "pull"}}) {
            for (String flag : new String[] {"-h", "--help"}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream
                        .of(flag)).toArray(String[]::new);
                assertThat(run(args)).as(String.join(" ", args)).isZero();
                assertThat(out()).as(String.join(" ", args)).startsWith("Usage: viralscope " + String.join(" ",
                        command)).contains("-h, --help");
                assertThat(err()).isEmpty();
            }
        }
    }

    @Test
    void anImportListsItsFirstThousandProblemsAndCountsTheRest() throws IOException {
        StringBuilder bad = new StringBuilder("video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\n");
        StringBuilder low = new StringBuilder("video_id,timestamp,view_count\n");
        StringBuilder high = new StringBuilder("video_id,timestamp,view_count\n");
        for (int i = 0; i < 1_002; i++) {
            bad.append("dQw4w9WgXcQ,2026-03-02,x").append(i).append('\n');
            String id = String.format("vid%08d", i);
            low.append(id).append(",2026-03-01,1\n");
            high.append(id).append(",2026-03-01,2\n");
        }
        Path badFile = Files.writeString(dir.resolve("bad.csv"), bad);

        assertThat(run(withDb("import", badFile.toString()))).isEqualTo(2);
        String[] lines = err().split("\n");
        assertThat(lines).hasSize(1_002);
        assertThat(lines[999]).isEqualTo("bad.csv:1002: column 'view_count': 'x999' is not a whole number >= 0");
        assertThat(lines[1_000]).isEqualTo("... and 2 more errors, not listed (an import lists its first 1000).");
        assertThat(lines[1_001]).isEqualTo("Nothing was imported: 1002 rows have errors (listed above); fix them,"
                + " or run again with --skip-invalid to import the 1 good row.");

        assertThat(run(withDb("import", badFile.toString(), "--skip-invalid"))).isZero();
        assertThat(err()).endsWith("skipped bad.csv:1002: column 'view_count': 'x999' is not a whole number >= 0\n"
                + "skipped ... and 2 more errors, not listed (an import lists its first 1000).\n");

        assertThat(run(withDb("import", Files.writeString(dir.resolve("low.csv"), low).toString()))).isZero();
        assertThat(run(withDb("import", Files.writeString(dir.resolve("high.csv"), high).toString(),
                "--skip-invalid"))).isZero();
        assertThat(err()).startsWith("kept as stored: video vid00000000 at 2026-03-01T00:00:00Z: the store has 1"
                + " view, this import 2 views\n").endsWith("kept as stored: ... and 2 more samples, not listed (an"
                + " import lists its first 1000).\n");
        assertThat(err().split("\n")).hasSize(1_001);
    }

    @Test
    void importThenReportJsonAndCsv() throws IOException {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "video_id,timestamp,view_count,like_count,title\n"
                + "dQw4w9WgXcQ,2026-03-01,100,1,=HYPERLINK(\"x\")\ndQw4w9WgXcQ,2026-03-02,200,,=HYPERLINK(\"x\")\n");
        assertThat(run(withDb("import", csv.toString()))).isZero();
        assertThat(out()).contains("Imported 2 new samples of 1 video into");
        assertThat(run(withDb("import", csv.toString()))).isZero();
        assertThat(out()).contains("Imported 0 new samples of 1 video into").contains("(2 already present)");

        Path json = dir.resolve("out/r.json");
        assertThat(run(withDb("report", "--format", "json", "--out", json.toString()))).isZero();
        assertThat(err()).contains("Wrote JSON report of 1 video and 0 detectors to " + json);
        JsonNode r = Json.MAPPER.readTree(json.toFile());
        assertThat(r.get("schema").asText()).isEqualTo("viralscope.report/4");
        assertThat(r.get("videos").get(0).get("video_id").asText()).isEqualTo("dQw4w9WgXcQ");
        assertThat(r.get("videos").get(0).get("sample_count").asInt()).isEqualTo(2);
        assertThat(r.get("videos").get(0).get("verdict").get("mechanism").asText()).isEqualTo("undetermined");
        assertThat(dir.resolve("out").toFile().list()).containsExactly("r.json");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
                .isEqualTo("rw-r--r--");

        assertThat(quickCompilerAsked).hasValue(1);

        assertThat(run(withDb("report", "--format", "csv"))).isZero();
        assertThat(out()).startsWith("video_id,title,sample_count,first_at,last_at,gaps,decreases,frozen_spans,"
                + "verdict,verdict_confidence,breakout,window_from,window_to,shared_events\n");
        assertThat(out()).contains("dQw4w9WgXcQ,\"'=HYPERLINK(\"\"x\"\")\",2,");
        assertThat(quickCompilerAsked).hasValue(2);
        assertThat(run(withDb("report", "--format", "csv", "--fresh", "--compiler", "full"))).isZero();
        assertThat(quickCompilerAsked).hasValue(2);
        assertThat(quickCompilerLetGo).hasValue(0);
    }

    @Test
    void globalOptionsAlsoWorkAfterTheCommand() throws IOException {
        Path csv = dir.resolve("b.csv");
        Files.writeString(csv, "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,100\n");
        Path other = dir.resolve("other.db");
        assertThat(run("import", "--db", other.toString(), csv.toString())).isZero();
        assertThat(out()).contains("Imported 1 new sample of 1 video into " + other);
        assertThat(run("report", "--db", other.toString(), "--plugins-dir", plugins.toString(), "--format",
                "csv")).isZero();
        assertThat(out()).contains("dQw4w9WgXcQ,");
        assertThat(run("track", "list", "--db", other.toString())).isZero();
        assertThat(out()).contains("No video is tracked");
    }

    @Test
    void settingsForAnUnknownDetectorAreReported() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "detectors:\n  growth-curvy:\n    starts: 3\n");
        assertThat(run(withDb("--config", config.toString(), "report"))).isZero();
        assertThat(err()).contains("The configuration has settings for detector 'growth-curvy', but no such"
                + " detector is loaded; check the id (viralscope plugins lists them).");
    }

    @Test
    void aSettingNoDetectorReadsIsReportedAsALikelyTypo() throws IOException {
        new io.viralscope.app.plugins.PluginJarBuilder("reader").source("t.r.Reader", """
                package t.r;
                import io.viralscope.api.*;
                public class Reader implements Detector {
                  public String id() { return "reader"; }
                  public String version() { return "1.0.0"; }
                  public String description() { return "Reads theta."; }
                  public Detection detect(VideoSeries s, DetectorContext c) {
                    double theta = c.settings().getDouble("theta", 0.4, 0, 1);
                    return Detection.ok(this).summary("Theta " + theta + ".").metric("theta", theta).build(); }
                }
                """, true).writeTo(plugins, "reader.jar");
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\ndQw4w9WgXcQ,2026-03-02,5\n");
        assertThat(run(withDb("import", csv.toString()))).isZero();
        Path config = dir.resolve("typo.yaml");
        Files.writeString(config, "detectors:\n  reader:\n    theta: 0.3\n    thetaa: 0.5\n    burst_z: 4\n");
        assertThat(run(withDb("--config", config.toString(), "report", "--format", "csv"))).isZero();
        assertThat(err()).contains("Detector 'reader' never read the settings detectors.reader.burst_z, "
                + "detectors.reader.thetaa; check the spelling against the detector's documented settings (README: "
                + "Detectors, verdict and breakouts).");
        assertThat(out()).contains("reader.theta").contains(",0.3");
        // the next report comes from the cache, and still says it
        assertThat(run(withDb("--config", config.toString(), "report", "--out", dir.resolve("r2.json").toString())))
                .isZero();
        assertThat(err()).contains("(0 computed, 1 from cache)").contains("Detector 'reader' never read the "
                + "settings detectors.reader.burst_z, detectors.reader.thetaa;");
        // and a correct configuration says nothing
        Files.writeString(config, "detectors:\n  reader:\n    theta: 0.3\n");
        assertThat(run(withDb("--config", config.toString(), "report", "--format", "csv"))).isZero();
        assertThat(err()).doesNotContain("never read");
    }

    @Test
    void aSecondReportOverUnchangedDataComesFromTheCacheAndProgressShowsOnATerminal() throws IOException {
        new io.viralscope.app.plugins.PluginJarBuilder("counter").source("t.c.Counter",
                io.viralscope.app.plugins.PluginJarBuilder.detector("t.c", "Counter", "counter", ""), true)
                .writeTo(plugins, "counter.jar");
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\ndQw4w9WgXcQ,2026-03-02,5\n"
                + "aaaaaaaaaaa,2026-03-01,7\n");
        assertThat(run(withDb("import", csv.toString()))).isZero();
        Path json = dir.resolve("r.json");
        assertThat(run(withDb("report", "--out", json.toString()))).isZero();
        assertThat(err()).contains("Wrote JSON report of 2 videos and 1 detector").contains("(2 computed, 0 from"
                + " cache)");
        assertThat(Json.MAPPER.readTree(json.toFile()).get("videos").get(1).get("detections").get(0).get("metrics")
                .get("samples").asInt()).isEqualTo(2);
        // --fresh: the report is made anew, and every detection comes from the results cache
        assertThat(run(withDb("report", "--fresh", "--out", json.toString()))).isZero();
        assertThat(err()).contains("(0 computed, 2 from cache)");

        out.reset();
        err.reset();
        CliContext terminal = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), dir, true,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
        assertThat(Main.run(terminal, withDb("report", "--fresh", "--out", json.toString()))).isZero();
        assertThat(err()).contains("Analysing").contains("100%").contains("2/2");
    }

    @Test
    void anEmptyStoreGivesAnEmptyReport() throws IOException {
        assertThat(run(withDb("report"))).isZero();
        JsonNode r = Json.MAPPER.readTree(out());
        assertThat(r.get("videos")).isEmpty();
        assertThat(r.get("generated_at").asText()).isEqualTo("2026-11-25T12:00:00Z");
    }

    @Test
    void badInputIsOneSentenceAndExitTwo() throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertThat(run(withDb("import", missing.toString()))).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("File " + missing + " does not exist; check the path.");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "video_id,timestamp,view_count\nnope,2026-03-01,1\n");
        assertThat(run(withDb("import", bad.toString()))).isEqualTo(2);
        assertThat(err()).isEqualTo("bad.csv:2: column 'video_id': 'nope' is not a YouTube video id (11 characters:"
                + " letters, digits, - and _)\nNothing was imported: 1 row has errors (listed above); fix them, as no"
                + " row is good.\n");

        Path nowhere = dir.resolve("no/such/store.db");
        assertThat(run("--db", nowhere.toString(), "report")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("There is no store at " + nowhere + "; import or track videos first,"
                + " or name the store with --db FILE.");
        assertThat(dir.resolve("no")).doesNotExist();

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-01,1,\"never closed\n");
        assertThat(run(withDb("import", broken.toString()))).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("File " + broken + " is not valid CSV: the quoted cell that starts on"
                + " line 2 is never closed; check quoting: a quote inside a quoted cell must be doubled.");

        Path twice = dir.resolve("twice.yaml");
        Files.writeString(twice, "analysis:\n  threads: 2\n  threads: 3\n");
        assertThat(run("--config", twice.toString(), "report")).isEqualTo(2);
        assertThat(err().strip()).startsWith("Configuration file " + twice + " is not valid YAML (line 3):")
                .contains("threads");

        assertThat(run(withDb("report", "--video", "dQw4w9WgXcQ"))).isEqualTo(2);
        assertThat(err()).contains("holds no samples of video 'dQw4w9WgXcQ'; import or track it first");

        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "analysis:\n  threads: many\n");
        assertThat(run("--config", config.toString(), "report")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("Configuration key 'analysis.threads' in " + config
                + " is 'many' but must be a whole number from 0 to 256.");

        assertThat(run("--api-root", "not a url", "report")).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("--api-root 'not a url' is not an http(s) URL such as"
                + " http://localhost:8080/.");
    }

    @Test
    void simulateWritesASeriesAndItsTruthThatImportCleanly() throws IOException {
        Path csv = dir.resolve("sim/shock.csv");
        assertThat(run("simulate", "--mechanism", "exogenous-critical", "--days", "60", "--seed", "3", "--out",
                csv.toString())).isZero();
        assertThat(out()).contains("daily samples of simulated video").contains(dir.resolve("sim/shock.truth.json")
                .toString());
        assertThat(Json.MAPPER.readTree(dir.resolve("sim/shock.truth.json").toFile()).toString())
                .contains("exogenous-critical");
        String first = Files.readString(csv);
        assertThat(run("simulate", "--mechanism", "exogenous-critical", "--days", "60", "--seed", "3", "--out",
                csv.toString())).isZero();
        assertThat(Files.readString(csv)).isEqualTo(first);
        assertThat(run(withDb("import", csv.toString()))).isZero();
        assertThat(out()).contains("Imported 61 new samples of 1 video");
    }

    @Test
    void simulateNamesTheOptionThatIsOutOfRange() {
        Path out = dir.resolve("s.csv");
        assertThat(run("simulate", "--mechanism", "logistic", "--days", "5", "--out", out.toString())).isEqualTo(2);
        assertThat(err()).contains("--days must be from 14 to 3650 so the mechanism has room to show its shape, but"
                + " was 5.");
        assertThat(run("simulate", "--mechanism", "logistic", "--scale", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(err()).contains("--scale (peak daily views) must be from 1 to 1e12, but was 0.0.");
        assertThat(out).doesNotExist();
    }

    @Test
    void simulateRefusesAnUnknownMechanismByName() {
        assertThat(run("simulate", "--mechanism", "magic", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err().strip()).isEqualTo("Unknown mechanism 'magic'; use one of: logistic, gompertz,"
                + " bass-word-of-mouth, bass-external-push, exogenous-critical, exogenous-subcritical,"
                + " endogenous-critical, endogenous-subcritical, step-change, rate-change, critical-background.");
    }

    @Test
    void pluginsCommandSaysWhenNothingIsLoaded() {
        assertThat(run(withDb("plugins", "--verbose"))).isZero();
        assertThat(out()).contains("No detector is loaded.").contains("Plugin API provided: 1.8.0");
    }

    @Test
    void demoWritesReportsIntoTheGivenFolder() throws IOException {
        Path demo = dir.resolve("demo");
        assertThat(run("--plugins-dir", plugins.toString(), "demo", "--out", demo.toString())).isZero();
        assertThat(out()).contains("Imported 2099 rows of 148 videos").contains("Reports written:")
                .contains(demo.resolve("report.json").toString());
        assertThat(Json.MAPPER.readTree(demo.resolve("report.json").toFile()).get("videos")).hasSize(148);
        assertThat(demo.resolve("data/README.md")).exists();
    }
}
