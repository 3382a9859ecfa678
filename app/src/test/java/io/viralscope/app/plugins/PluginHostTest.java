package io.viralscope.app.plugins;

import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plugin problems the host must report rather than hide; real detector jars are covered by PluginLoadingIT. */
class PluginHostTest {

    @TempDir
    Path dir;

    static void descriptorOnlyJar(Path jar, String id, String requires) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("plugin.properties"));
            zip.write(("plugin.id=" + id + "\nplugin.version=1.0.0\nplugin.requires=" + requires
                    + "\nplugin.description=test\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void anEmptyDirectoryLoadsNoDetector() {
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.detectors()).isEmpty();
            assertThat(host.problems()).isEmpty();
        }
    }

    @Test
    void aMissingDirectoryIsOneSentence() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> PluginHost.load(missing)).isInstanceOf(UserError.class)
                .hasMessage("Plugins directory " + missing + " does not exist; pass --plugins-dir DIR or set"
                        + " plugins.dir in the configuration to the folder holding the detector jars.");
    }

    @Test
    void aPluginRequiringANewerApiIsRefusedWithTheReason() throws IOException {
        descriptorOnlyJar(dir.resolve("future.jar"), "future", ">=2.0.0");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.detectors()).isEmpty();
            assertThat(host.problems()).containsExactly("Plugin 'future' is skipped: it requires plugin API >=2.0.0"
                    + " but this Viralscope provides 1.8.0; use a plugin version built for API 1.8.0.");
            assertThat(host.statuses()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("disabled"));
        }
    }

    @Test
    void aStartedPluginWithoutDetectorsIsReportedNotSilentlyAccepted() throws IOException {
        descriptorOnlyJar(dir.resolve("empty.jar"), "empty", ">=1.0.0 & <2.0.0");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.problems()).singleElement().asString()
                    .startsWith("Plugin 'empty' is skipped: it contributes no detector");
        }
    }

    @Test
    void aCorruptJarIsReportedAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("corrupt.jar"), "not a zip");
        descriptorOnlyJar(dir.resolve("future.jar"), "future", ">=2.0.0");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.statuses()).extracting(PluginStatus::pluginId).contains("future", "corrupt.jar");
            assertThat(host.problems()).anySatisfy(p -> assertThat(p)
                    .startsWith("Plugin 'corrupt.jar' is skipped: it could not be loaded: "));
        }
    }
}
