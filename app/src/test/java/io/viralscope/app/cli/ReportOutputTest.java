package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import io.viralscope.app.plugins.PluginJarBuilder;
import io.viralscope.app.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code viralscope report --out} and {@code --video} as a user meets them: the format the file name says,
 * links as video ids, devices, FIFOs and links that stay what they are, no leftovers of killed runs, and CSV
 * numbers a person can read.
 */
class ReportOutputTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String DEAD_PID = "9999999"; // above Linux's highest possible pid (2^22)

    @TempDir
    Path dir;
    private List<String> db;

    @BeforeEach
    void importOneVideo() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Store.open(dir.resolve("v.db"), java.time.Clock.fixed(java.time.Instant.parse("2026-03-03T00:00:00Z"), java.time.ZoneOffset.UTC)).close();
        db = List.of("--db", dir.resolve("v.db").toString(), "--plugins-dir", plugins.toString());
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-01,100,Rick\n"
                + "dQw4w9WgXcQ,2026-03-02,250,Rick\n");
        assertThat(run("import", csv.toString()).exit()).isZero();
    }

    private YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), dir, db, args);
    }

    @Test
    void theFormatFollowsTheExtensionOfOut() throws IOException {
        for (String name : List.of("client-report.html", "client-report.HTM")) {
            YoutubeCli.Result r = run("report", "--out", dir.resolve(name).toString());
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains("Wrote HTML report of 1 video and 0 detectors to " + dir.resolve(name));
            assertThat(Files.readString(dir.resolve(name))).startsWith("<!DOCTYPE html>");
        }
        YoutubeCli.Result csv = run("report", "--out", dir.resolve("r.csv").toString());
        assertThat(csv.err()).contains("Wrote CSV report of 1 video");
        assertThat(Files.readString(dir.resolve("r.csv"))).startsWith("video_id,title,sample_count,");
        YoutubeCli.Result json = run("report", "--out", dir.resolve("r.json").toString(), "--format", "JSON");
        assertThat(json.exit()).isZero();
        assertThat(Json.MAPPER.readTree(dir.resolve("r.json").toFile()).get("schema").asText())
                .isEqualTo("viralscope.report/4");
    }

    @Test
    void aFormatThatContradictsTheExtensionIsRefusedNamingBoth() {
        Path html = dir.resolve("client-report.html");
        YoutubeCli.Result r = run("report", "--format", "csv", "--out", html.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--format csv contradicts --out " + html + ", whose extension means html;"
                + " leave out --format or end the file name in .csv.\n");
        assertThat(html).doesNotExist();
    }

    @Test
    void anyOtherNameIsJsonUnlessFormatSaysOtherwise() throws IOException {
        YoutubeCli.Result r = run("report", "--out", dir.resolve("report.txt").toString());
        assertThat(r.err()).contains("Wrote JSON report of 1 video");
        assertThat(Json.MAPPER.readTree(dir.resolve("report.txt").toFile()).get("videos")).hasSize(1);

        assertThat(run("report", "--out", dir.resolve("report").toString(), "--format", "csv").exit()).isZero();
        assertThat(Files.readString(dir.resolve("report"))).startsWith("video_id,");
    }

    @Test
    void aDashIsStandardOutputInAnyFormat() {
        YoutubeCli.Result csv = run("report", "--out", "-", "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("video_id,title,");
        YoutubeCli.Result html = run("report", "--out", "-", "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>");
        assertThat(html.err()).doesNotContain("Wrote");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aNegativeNumberOfDetailsIsOneSentence() {
        YoutubeCli.Result r = run("report", "--format", "html", "--details", "-1", "--out", "-");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--details -1 is negative; give the number of videos to show in detail, 0 or"
                + " more.\n");
    }

    @Test
    void detailsChooseTheVideosWithASection() {
        YoutubeCli.Result none = run("report", "--format", "html", "--details", "0", "--out", "-");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).doesNotContain("<section class=\"video\"")
                .contains("This report covers 1 video; none has a section with charts");

        YoutubeCli.Result one = run("report", "--format", "html", "--details", "1", "--out", "-");
        assertThat(one.out()).contains("<section class=\"video\"").doesNotContain("This report covers");
    }

    @Test
    void aPathTheSystemCannotNameIsOneSentence() {
        YoutubeCli.Result r = run("report", "--out", "r\u0000.json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--out 'r\u0000.json' is not a valid path (Nul character not allowed); give a"
                + " file name, or - for standard output.\n");
    }

    @Test
    void videosAreTakenByIdOrByAnyLink() throws IOException {
        YoutubeCli.Result r = run("report", "--format", "csv", "--video", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=4s",
                "--video", "youtu.be/dQw4w9WgXcQ", "--video", "dQw4w9WgXcQ");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("dQw4w9WgXcQ,"))).hasSize(1);

        YoutubeCli.Result bad = run("report", "--video", "https://www.youtube.com/@channel");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("'https://www.youtube.com/@channel' is not a YouTube video id or video link;"
                + " give the 11-character id (such as dQw4w9WgXcQ) or a link such as"
                + " https://www.youtube.com/watch?v=dQw4w9WgXcQ.\n");
    }

    @Test
    @Timeout(60)
    void aFifoIsWrittenIntoAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0, "mkfifo");
        AtomicReference<byte[]> read = new AtomicReference<>();
        // opening a FIFO blocks until the report opens it for writing; a daemon, so a broken write cannot hang the run
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.set(in.readAllBytes());
            } catch (IOException e) {
                read.set(("failed: " + e).getBytes(StandardCharsets.UTF_8));
            }
        });
        reader.setDaemon(true);
        reader.start();

        YoutubeCli.Result r = run("report", "--out", fifo.toString());
        reader.join(Duration.ofSeconds(20).toMillis());

        assertThat(r.exit()).isZero();
        assertThat(read.get()).as("what the reader got").isNotNull();
        JsonNode json = Json.MAPPER.readTree(read.get());
        assertThat(json.get("videos").get(0).get("video_id").asText()).isEqualTo("dQw4w9WgXcQ");
        assertThat(fileType(fifo)).isEqualTo(0010000);
        assertThat(dir.toFile().list((d, n) -> n.endsWith(".tmp"))).isEmpty();
    }

    /** A character device of its own, so that a regression replaces a node in a temporary folder, not /dev/null. */
    @Test
    void aCharacterDeviceIsWrittenIntoAndStaysADevice() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").inheritIO().start().waitFor() == 0,
                "mknod needs root");

        YoutubeCli.Result r = run("report", "--out", device.toString(), "--format", "html");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("Wrote HTML report of 1 video and 0 detectors to " + device);
        assertThat(fileType(device)).isEqualTo(0020000);
        assertThat(dir.toFile().list((d, n) -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void aLinkIsFollowedItsFileReplacedAndTheLinkKept() throws IOException {
        Path real = Files.createDirectories(dir.resolve("reports")).resolve("latest.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports/latest.json"));

        YoutubeCli.Result r = run("report", "--out", link.toString());

        assertThat(r.exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("reports/latest.json"));
        assertThat(Json.MAPPER.readTree(real.toFile()).get("schema").asText()).isEqualTo("viralscope.report/4");
        assertThat(dir.resolve("reports").toFile().list()).containsExactly("latest.json");

        // a link to a file not written yet: the file is created where the link points
        Path dangling = Files.createSymbolicLink(dir.resolve("next.csv"), dir.resolve("reports/next.csv"));
        assertThat(run("report", "--out", dangling.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("reports/next.csv"))).startsWith("video_id,");
    }

    @Test
    void aLoopOfLinksOrAFolderIsRefusedInOneSentence() throws IOException {
        Path a = dir.resolve("a.json");
        Files.createSymbolicLink(a, dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), a);
        YoutubeCli.Result loop = run("report", "--out", a.toString());
        assertThat(loop.exit()).isEqualTo(2);
        assertThat(loop.err()).isEqualTo("Cannot write the report to " + a + ": its symbolic links form a loop;"
                + " choose another --out path.\n");

        Path folder = Files.createDirectories(dir.resolve("empty.json"));
        YoutubeCli.Result r = run("report", "--out", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Cannot write the report to " + folder + ": it is a folder; choose another --out"
                + " path.\n");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void leftoversOfKilledRunsAreRemovedButNotAFileAnotherReportIsWriting() throws IOException {
        String me = Long.toString(ProcessHandle.current().pid());
        Path killed = leftover(".r.json." + DEAD_PID + "-1.tmp", Duration.ofMinutes(5));
        Path justKilled = leftover(".r.json." + DEAD_PID + "-2.tmp", Duration.ofSeconds(10));
        Path beingWritten = leftover(".r.json." + me + "-3.tmp", Duration.ofMinutes(30));
        Path abandoned = leftover(".r.json." + me + "-4.tmp", Duration.ofHours(25));
        Path olderVersion = leftover(".r.json8423975520.tmp", Duration.ofHours(25));
        Path olderVersionRecent = leftover(".r.json8423975521.tmp", Duration.ofHours(2));
        Path otherTarget = leftover(".r.json.bak." + DEAD_PID + "-5.tmp", Duration.ofHours(25));
        Path notOurs = leftover(".r.json.tmp", Duration.ofHours(25));

        assertThat(run("report", "--out", dir.resolve("r.json").toString()).exit()).isZero();

        assertThat(killed).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(olderVersion).doesNotExist();
        assertThat(justKilled).exists();
        assertThat(beingWritten).exists();
        assertThat(olderVersionRecent).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
        assertThat(dir.resolve("r.json")).isNotEmptyFile();
    }

    @Test
    void csvNumbersAreRoundedToWhatTheyMean() throws IOException {
        new PluginJarBuilder("noisy").source("t.n.Noisy", """
                package t.n;
                import io.viralscope.api.*;
                public class Noisy implements Detector {
                  public String id() { return "noisy"; }
                  public String version() { return "1.0.0"; }
                  public String description() { return "Figures with floating-point noise."; }
                  public Detection detect(VideoSeries s, DetectorContext c) {
                    return Detection.ok(this).summary("Noisy.").metric("views_a_day", 578.0000076870433)
                        .metric("like_ratio", 0.000123456789).metric("peak", 1234567.891).metric("days", 42.0)
                        .metric("samples", s.size()).metric("model", "logistic").build(); }
                }
                """, true).writeTo(dir.resolve("plugins"), "noisy.jar");

        YoutubeCli.Result r = run("report", "--format", "csv");

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).endsWith(",noisy.status,noisy.views_a_day,noisy.like_ratio,noisy.peak,noisy.days,"
                + "noisy.samples,noisy.model,shared_events");
        assertThat(lines.get(1)).endsWith(",undetermined,0,no,2026-03-01,2026-03-01,ok,578,0.00012346,1234568,42,2,"
                + "logistic,");

        // JSON, as the CSV, keeps five significant digits, and never less than whole units (counts stay exact)
        assertThat(run("report", "--out", dir.resolve("r.json").toString()).exit()).isZero();
        JsonNode metrics = Json.MAPPER.readTree(dir.resolve("r.json").toFile()).get("videos").get(0)
                .get("detections").get(0).get("metrics");
        assertThat(metrics.get("views_a_day").asDouble()).isEqualTo(578.0);
        assertThat(metrics.get("like_ratio").asDouble()).isEqualTo(0.00012346);
        assertThat(metrics.get("peak").asDouble()).isEqualTo(1234568.0);
    }

    private Path leftover(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    private static int fileType(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }
}
