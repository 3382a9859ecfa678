package io.viralscope.app.report;

import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Why a report could not be written, as a person reads it: the cause in words and a path they know. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aFailureNamesItsCauseAndTheFolderRatherThanTheHiddenTemporaryFile() {
        Path target = Path.of("/reports/x.html");
        assertThat(OutputFile.reason(new AccessDeniedException("/reports/.x.html.4242-8675309.tmp"), target))
                .isEqualTo("permission denied (/reports)");
        assertThat(OutputFile.reason(new AccessDeniedException("/reports/sub"), Path.of("/reports/sub/x.html")))
                .isEqualTo("permission denied (/reports/sub)");
        assertThat(OutputFile.reason(new NoSuchFileException("/proc/nope"), Path.of("/proc/nope/x.html")))
                .isEqualTo("no such file or folder (/proc/nope)");
    }

    @Test
    void aFileWhereAFolderIsNeededIsOneSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Path out = file.resolve("x.html");

        UserError e = catchThrowableOfType(UserError.class, () -> OutputFile.write(out,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), w -> w.write("report")));

        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("Cannot write the report to " + out + ": not a directory (" + out
                + "); choose another --out path.");
    }

    @Test
    void aFullDiskLeavesTheOldReportInPlaceAndSaysSo() throws IOException {
        Path out = Files.writeString(dir.resolve("report.json"), "the old report");

        UserError e = catchThrowableOfType(UserError.class, () -> OutputFile.write(out,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), w -> {
                    w.write("half of the new rep");
                    throw new IOException("No space left on device");
                }));

        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("Cannot write the report to " + out + ": the disk is full (" + dir
                + "); the report there before, if any, is left as it was; choose another --out path.");
        assertThat(Files.readString(out)).isEqualTo("the old report");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
