package io.viralscope.app.cli;

import io.viralscope.app.plugins.PluginJarBuilder;
import io.viralscope.app.store.DataGeneration;
import io.viralscope.app.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A report asked for again over unchanged data is handed back as written; any change makes it anew. */
class ReportReuseCliTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private Path plugins;
    private Path report;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void importOneVideoAndADetector() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        report = dir.resolve("out/report.json");
        importCsv("video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-01,100,Rick\n"
                + "dQw4w9WgXcQ,2026-03-02,250,Rick\ndQw4w9WgXcQ,2026-03-03,450,Rick\n");
        writeDetector("1.0.0");
    }

    private void importCsv(String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("a" + System.nanoTime() + ".csv"), csv);
        assertThat(run("import", file.toString()).exit()).isZero();
    }

    private void writeDetector(String version) throws IOException {
        new PluginJarBuilder("days").requires(">=1.4.0 & <2.0.0").source("t.d.Days", """
                package t.d;
                import io.viralscope.api.*;
                public class Days implements Detector {
                  public String id() { return "days"; }
                  public String version() { return "%s"; }
                  public String description() { return "Counts the days."; }
                  public Detection detect(VideoSeries s, DetectorContext c) {
                    double scale = c.settings().getDouble("scale", 1.0, 0, 100);
                    return Detection.ok(this).summary("Counted.").metric("days", scale * c.grid(s).size()).build(); }
                }
                """.formatted(version), true).writeTo(plugins, "days.jar");
    }

    private YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, Map.of(), dir, List.of("--db", dir.resolve("v.db").toString(),
                "--plugins-dir", plugins.toString()), args);
    }

    private YoutubeCli.Result report(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "report";
        args[1] = "--out";
        args[2] = report.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        YoutubeCli.Result r = run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return r;
    }

    @Test
    void theSameReportOverUnchangedDataIsHandedBackByteForByte() throws IOException {
        assertThat(report().err()).contains("(1 computed, 0 from cache)");
        String first = Files.readString(report);
        Files.delete(report);
        clock = Clock.fixed(NOW.plusSeconds(600), ZoneOffset.UTC);

        YoutubeCli.Result again = report();

        assertThat(Files.readString(report)).isEqualTo(first);
        assertThat(again.err()).contains("Wrote JSON report of 1 video and 1 detector to " + report
                + " (nothing changed since the same report was made at 2026-11-25T12:00:00Z: handed back as it"
                + " was; --fresh makes it anew).");
    }

    @Test
    void freshMakesItAnewFromTheResultsCache() {
        report();
        assertThat(report("--fresh").err()).contains("(0 computed, 1 from cache)");
    }

    @Test
    void newDataMakesItAnew() throws IOException {
        report();
        importCsv("video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-04,700,Rick\n");
        assertThat(report().err()).contains("(1 computed, 0 from cache)");
        assertThat(Files.readString(report)).contains("\"days\":4");
    }

    @Test
    void otherOptionsOrSettingsOrPluginsMakeItAnew() throws IOException {
        report();
        assertThat(report("--curves").err()).contains("computed");
        assertThat(report("--video", "dQw4w9WgXcQ").err()).contains("computed");

        Path config = Files.writeString(dir.resolve("c.yaml"), "detectors:\n  days:\n    scale: 2\n");
        assertThat(report("--config", config.toString()).err()).contains("(1 computed, 0 from cache)");
        assertThat(Files.readString(report)).contains("\"days\":6");

        writeDetector("1.0.1");
        assertThat(report().err()).contains("(1 computed, 0 from cache)");
        assertThat(report().err()).contains("handed back");
    }

    @Test
    void standardOutputIsHandedBackToo() {
        YoutubeCli.Result first = run("report", "--format", "json");
        YoutubeCli.Result again = run("report", "--format", "json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo(first.out()).contains("\"days\":3");
    }

    @Test
    void onlyDataWritesMoveTheStoresGeneration() {
        try (Store store = Store.open(dir.resolve("v.db"), clock)) {
            DataGeneration before = store.dataGeneration();
            store.saveResults(java.util.Map.of(new io.viralscope.app.store.ResultKey("d", "1", "s", "f"), new byte[] {1}));
            assertThat(store.dataGeneration()).isEqualTo(before);
            store.addSamples(List.of(), List.of(new io.viralscope.app.store.NewSample("dQw4w9WgXcQ",
                    new io.viralscope.api.Sample(NOW, 900, null, null, null), "csv")));
            assertThat(store.dataGeneration().generation()).isEqualTo(before.generation() + 1);
            assertThat(store.dataGeneration().identity()).isEqualTo(before.identity()).hasSize(36);
        }
    }
}
