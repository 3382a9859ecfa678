package io.viralscope.app.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each kind of {@code --out} path is written, decided without writing anything: the real /dev/null and
 * standard output are only looked at here, so no test run can replace them (writing into a device is tested on a
 * device node of its own in ReportOutputTest).
 */
class OutputTargetTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"/dev/null", "/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/2"})
    void devicesAndOpenDescriptorsAreWrittenIntoNeverReplaced(String path) throws IOException {
        OutputTarget target = OutputTarget.of(Path.of(path));

        assertThat(target.kind()).isEqualTo(OutputTarget.Kind.WRITE_INTO);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aFileOrANewNameIsReplacedAtomically() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), "old");

        assertThat(OutputTarget.of(file)).isEqualTo(new OutputTarget(OutputTarget.Kind.REPLACE, file));
        assertThat(OutputTarget.of(dir.resolve("new/r.csv")))
                .isEqualTo(new OutputTarget(OutputTarget.Kind.REPLACE, dir.resolve("new/r.csv")));
    }

    @Test
    void aChainOfLinksLeadsToTheFileAtItsEnd() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("store/2026")).resolve("r.html"), "old");
        Files.createSymbolicLink(dir.resolve("latest"), Path.of("store/2026"));
        Path link = Files.createSymbolicLink(dir.resolve("r.html"), Path.of("latest/r.html"));

        OutputTarget target = OutputTarget.of(link);

        assertThat(target.kind()).isEqualTo(OutputTarget.Kind.REPLACE);
        assertThat(target.path().toRealPath()).isEqualTo(real.toRealPath());
        assertThat(target.path().getParent().toRealPath()).isEqualTo(real.getParent().toRealPath());
    }
}
