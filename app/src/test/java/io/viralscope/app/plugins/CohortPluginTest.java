package io.viralscope.app.plugins;

import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plugin jars that contribute a cohort detector, compiled at test time. */
class CohortPluginTest {

    @TempDir
    Path work;

    static String cohortDetector(String pkg, String cls, String id) {
        return "package " + pkg + ";\n"
                + "import io.viralscope.api.*;\n"
                + "import java.util.List;\n"
                + "public class " + cls + " implements CohortDetector {\n"
                + "  public String id() { return \"" + id + "\"; }\n"
                + "  public String version() { return \"2.0.0\"; }\n"
                + "  public String description() { return \"Test cohort detector.\"; }\n"
                + "  public List<SharedEvent> analyse(List<CohortMember> m, DetectorContext c) { return List.of(); }\n"
                + "}\n";
    }

    @Test
    void aPluginWithOnlyACohortDetectorIsInUse() throws IOException {
        Path dir = Files.createDirectories(work.resolve("plugins"));
        new PluginJarBuilder("together").requires(">=1.3.0 & <2.0.0")
                .source("t.together.Together", cohortDetector("t.together", "Together", "together"), true)
                .writeTo(dir, "together.jar");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.detectors()).isEmpty();
            assertThat(host.cohortDetectors()).singleElement().satisfies(d -> {
                assertThat(d.detector().id()).isEqualTo("together");
                assertThat(d.pluginId()).isEqualTo("together");
                assertThat(d.detector().analyse(List.<CohortMember>of(), DetectorContext.empty())).isEmpty();
            });
            assertThat(host.statuses()).singleElement().satisfies(s -> {
                assertThat(s.inUse()).isTrue();
                assertThat(s.detectors()).containsExactly("together");
            });
        }
    }

    @Test
    void aCohortDetectorMayNotTakeADetectorsId() throws IOException {
        Path dir = Files.createDirectories(work.resolve("plugins"));
        new PluginJarBuilder("alpha").source("t.alpha.Good", PluginJarBuilder.detector("t.alpha", "Good", "good", ""),
                true).writeTo(dir, "alpha.jar");
        new PluginJarBuilder("beta").requires(">=1.3.0 & <2.0.0")
                .source("t.beta.Twin", cohortDetector("t.beta", "Twin", "good"), true).writeTo(dir, "beta.jar");
        try (PluginHost host = PluginHost.load(dir)) {
            assertThat(host.cohortDetectors()).isEmpty();
            assertThat(host.problems()).containsExactly("Plugin 'beta' is skipped: detector id 'good' is already"
                    + " provided by plugin 'alpha'; ids must be unique.");
        }
    }
}
