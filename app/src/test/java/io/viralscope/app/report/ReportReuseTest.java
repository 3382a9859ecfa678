package io.viralscope.app.report;

import io.viralscope.app.alert.Breakout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportReuseTest {

    private static final Instant MADE = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    private ReportReuse.Summary summary() {
        return new ReportReuse.Summary(MADE, 3, 7, List.of("A plugin was refused."),
                List.of(new Breakout("dQw4w9WgXcQ", "<b>Rick</b>", MADE, MADE.minusSeconds(3600),
                        List.of("mechanism: near-critical."))));
    }

    private void keep(ReportReuse reuse, String key, String body) throws IOException {
        try (ReportReuse.Copy copy = reuse.keep(key)) {
            Writer w = copy.tee(new StringWriter());
            w.write(body);
            copy.commit(summary());
        }
    }

    @Test
    void aKeptReportIsFoundWithItsBytesAndSummary() throws IOException {
        ReportReuse reuse = new ReportReuse(dir.resolve("reports"));
        StringWriter out = new StringWriter();
        try (ReportReuse.Copy copy = reuse.keep("k1")) {
            Writer w = copy.tee(out);
            w.write("{\"schema\":\"viralscope.report/2\",\"title\":\"é ✓\"}");
            w.write("\n");
            copy.commit(summary());
        }
        assertThat(out.toString()).isEqualTo("{\"schema\":\"viralscope.report/2\",\"title\":\"é ✓\"}\n");
        ReportReuse.Kept kept = reuse.find("k1").orElseThrow();
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        kept.copyTo(again);
        assertThat(again.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(out.toString());
        assertThat(kept.summary()).isEqualTo(summary());
        assertThat(reuse.find("k2")).isEmpty();
    }

    @Test
    void aCopyNeverCommittedLeavesNothing() throws IOException {
        ReportReuse reuse = new ReportReuse(dir);
        try (ReportReuse.Copy copy = reuse.keep("k1")) {
            copy.tee(new StringWriter()).write("half a rep");
        }
        assertThat(reuse.find("k1")).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheReportWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ReportReuse reuse = new ReportReuse(file.resolve("reports"));
        StringWriter out = new StringWriter();
        try (ReportReuse.Copy copy = reuse.keep("k1")) {
            copy.tee(out).write("the whole report");
            copy.commit(summary());
        }
        assertThat(out.toString()).isEqualTo("the whole report");
        assertThat(reuse.find("k1")).isEmpty();
    }

    @Test
    void onlyTheNewestAreKept() throws IOException {
        ReportReuse reuse = new ReportReuse(dir);
        for (int i = 0; i < ReportReuse.KEPT + 2; i++) {
            keep(reuse, "k" + i, "report " + i);
            // file times order the kept reports; set them apart explicitly rather than wait
            for (String suffix : List.of(".report", ".meta.json")) {
                Files.setLastModifiedTime(dir.resolve("k" + i + suffix), FileTime.from(MADE.plusSeconds(i)));
            }
        }
        keep(reuse, "newest", "report n");
        assertThat(reuse.find("k0")).isEmpty();
        assertThat(reuse.find("k1")).isEmpty();
        assertThat(reuse.find("k2")).isEmpty();
        assertThat(reuse.find("k3")).isPresent();
        assertThat(reuse.find("newest")).isPresent();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(2 * ReportReuse.KEPT);
        }
    }

    @Test
    void aDamagedSummaryIsNotReused() throws IOException {
        ReportReuse reuse = new ReportReuse(dir);
        keep(reuse, "k1", "report");
        Files.writeString(dir.resolve("k1.meta.json"), "{\"written_at\":");
        assertThat(reuse.find("k1")).isEmpty();
    }

    @Test
    void keysDifferWhenAnyPartDiffersAndPartsCannotRunTogether() {
        String key = ReportReuse.key(List.of("store a 1", "format JSON"));
        assertThat(ReportReuse.key(List.of("store a 1", "format JSON"))).isEqualTo(key).hasSize(64);
        assertThat(ReportReuse.key(List.of("store a 2", "format JSON"))).isNotEqualTo(key);
        assertThat(ReportReuse.key(List.of("ab", "c"))).isNotEqualTo(ReportReuse.key(List.of("a", "bc")));
    }
}
