package io.viralscope.app.plugins;

import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real plugin jars compiled at test time: what loads, what is refused, and the reasons given. */
class PluginCompatibilityTest {

    @TempDir
    Path work;

    private Path plugins() throws IOException {
        return Files.createDirectories(work.resolve("plugins"));
    }

    @Test
    void aWorkingPluginIsFoundAndRuns() throws IOException {
        Path dir = plugins();
        new PluginJarBuilder("good").source("t.good.Good", PluginJarBuilder.detector("t.good", "Good", "good", ""),
                true).writeTo(dir, "good.jar");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.detectors()).singleElement().satisfies(d -> {
                assertThat(d.detector().id()).isEqualTo("good");
                assertThat(d.pluginId()).isEqualTo("good");
                VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(Sample.ofViews(Instant.EPOCH, 1)));
                assertThat(d.detector().detect(s, DetectorContext.empty()).number("samples")).isEqualTo(1.0);
            });
        }
    }

    @Test
    void newerApiMissingClassAndDuplicateIdAreEachReportedWhileTheOthersLoad() throws IOException {
        Path dir = plugins();
        new PluginJarBuilder("good").source("t.good.Good", PluginJarBuilder.detector("t.good", "Good", "good", ""),
                true).writeTo(dir, "good.jar");
        new PluginJarBuilder("future").requires(">=2.0.0")
                .source("t.future.Future", PluginJarBuilder.detector("t.future", "Future", "future", ""), true)
                .writeTo(dir, "future.jar");
        new PluginJarBuilder("broken")
                .source("t.broken.Helper", "package t.broken; public class Helper {}", false)
                .source("t.broken.Broken", PluginJarBuilder.detector("t.broken", "Broken", "broken",
                        "  private final Helper helper = new Helper();"), true)
                .leaveOut("t.broken.Helper").writeTo(dir, "broken.jar");
        new PluginJarBuilder("twin").source("t.twin.Twin", PluginJarBuilder.detector("t.twin", "Twin", "good", ""),
                true).writeTo(dir, "twin.jar");

        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.detectors()).extracting(d -> d.detector().id()).containsExactly("good");
            assertThat(host.problems()).containsExactlyInAnyOrder(
                    "Plugin 'future' is skipped: it requires plugin API >=2.0.0 but this Viralscope provides 1.8.0;"
                            + " use a plugin version built for API 1.8.0.",
                    "Plugin 'broken' is skipped: its detectors could not be created: ClassNotFoundException:"
                            + " t.broken.Helper.",
                    "Plugin 'twin' is skipped: detector id 'good' is already provided by plugin 'good'; ids must"
                            + " be unique.");
        }
    }

    @Test
    void twoJarsWithOnePluginIdAreReported() throws IOException {
        Path dir = plugins();
        new PluginJarBuilder("same").source("t.a.A", PluginJarBuilder.detector("t.a", "A", "a", ""), true)
                .writeTo(dir, "a.jar");
        new PluginJarBuilder("same").source("t.b.B", PluginJarBuilder.detector("t.b", "B", "b", ""), true)
                .writeTo(dir, "b.jar");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.detectors()).hasSize(1);
            assertThat(host.problems()).containsExactly("Plugin 'b.jar' is skipped: it could not be loaded:"
                    + " plugin id 'same' is already used by " + dir.resolve("a.jar") + "; remove one of them.");
        }
    }
}
