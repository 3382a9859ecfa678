package io.viralscope.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusals made before Spark starts: one sentence each, exit code 2. */
class SparkMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SparkMain.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noInputFilesIsOneSentence() {
        assertThat(run("--plugins-dir", SparkSessions.plugins().toString(), "--out", dir.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("No input files: name CSV or Parquet files of series, or a directory holding"
                + " them.\n");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void aMissingPluginsDirectoryIsOneSentence() {
        String missing = dir.resolve("no-plugins").toString();
        assertThat(run("--plugins-dir", missing, "--out", dir.resolve("o").toString(), "a.csv")).isEqualTo(2);
        assertThat(err()).isEqualTo("Plugins directory " + missing + " does not exist; pass --plugins-dir DIR, the"
                + " folder holding the detector jars.\n");
    }

    @Test
    void aPluginsDirectoryThatIsAFileIsOneSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("plugins.txt"), "not a folder");
        assertThat(run("--plugins-dir", file.toString(), "--out", dir.resolve("o").toString(), "a.csv"))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("Plugins directory " + file + " is a file, not a folder; pass --plugins-dir DIR,"
                + " the folder holding the detector jars.\n");
    }

    @Test
    void anUnreadablePluginsDirectoryIsOneSentence() throws IOException {
        Path plugins = Files.createDirectory(dir.resolve("locked"));
        assertThat(plugins.toFile().setReadable(false, false) && plugins.toFile().setExecutable(false, false))
                .isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(plugins),
                    "this user reads any folder (root): permissions cannot lock it");
            assertThat(run("--plugins-dir", plugins.toString(), "--out", dir.resolve("o").toString(), "a.csv"))
                    .isEqualTo(2);
            assertThat(err()).isEqualTo("Plugins directory " + plugins + " cannot be read (permission denied); make"
                    + " it readable or pass another --plugins-dir.\n");
        } finally {
            plugins.toFile().setReadable(true, false);
            plugins.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aPluginsDirectoryWithoutDetectorsIsOneSentence() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("--plugins-dir", empty.toString(), "--out", dir.resolve("o").toString(), "a.csv"))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("Plugins directory " + empty + " holds no usable detector plugin; put the"
                + " detector jars there (the built-in ones are in app/target/plugins).\n");
    }

    @Test
    void anUnknownFormatIsOneSentence() {
        assertThat(run("--plugins-dir", SparkSessions.plugins().toString(), "--out", dir.resolve("o").toString(),
                "--format", "xml", "a.csv")).isEqualTo(2);
        assertThat(err()).isEqualTo("--format must be parquet or json, but was 'xml'.\n");
    }
}
