package io.viralscope.app.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's example, docs/examples/velocity-detector, built as a separate Maven project against the installed
 * plugin API and test kit (as a plugin author would), dropped into a plugins folder, listed and run by the app.
 */
class ExternalPluginIT {

    @TempDir
    Path work;

    private static Path repoRoot() {
        return Path.of(System.getProperty("viralscope.repo.root")).toAbsolutePath().normalize();
    }

    private String run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "log", ".txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time: " + cmd).isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(cmd + " printed:\n" + out).isZero();
        return out;
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    @Test
    void anOutOfTreePluginBuildsLoadsAndRunsInAReport() throws Exception {
        Path project = work.resolve("velocity-detector");
        copyTree(repoRoot().resolve("docs/examples/velocity-detector"), project);
        String build = run(project, List.of(mvn(), "-B", "package"));
        assertThat(build).contains("Tests run: 14, Failures: 0, Errors: 0, Skipped: 0"); // the kit's contract

        Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (Stream<Path> builtIn = Files.list(Path.of(System.getProperty("viralscope.test.plugins")))) {
            for (Path jar : builtIn.toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        Files.copy(project.resolve("target/velocity-detector-1.0.0.jar"), plugins.resolve("velocity.jar"));

        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("viralscope.test.jar"), "--db", work.resolve("v.db")
                .toString(), "--plugins-dir", plugins.toString()));
        String listed = run(work, concat(java, "plugins", "--verbose"));
        assertThat(listed).containsPattern("(?m)^velocity\\s+1\\.0\\.0\\s+Views per hour over the latest window");
        assertThat(listed).containsPattern("(?m)^velocity\\s+1\\.0\\.0\\s+started\\s+requires >=1.0.0 & <2.0.0");

        run(work, concat(java, "simulate", "--mechanism", "logistic", "--out", work.resolve("s.csv").toString()));
        run(work, concat(java, "import", work.resolve("s.csv").toString()));
        run(work, concat(java, "report", "--format", "json", "--out", work.resolve("r.json").toString()));
        JsonNode report = Json.MAPPER.readTree(work.resolve("r.json").toFile());
        JsonNode velocity = null;
        for (JsonNode d : report.get("videos").get(0).get("detections")) {
            if (d.get("detector").asText().equals("velocity")) {
                velocity = d;
            }
        }
        assertThat(velocity).as("the velocity detection in the report").isNotNull();
        assertThat(velocity.get("status").asText()).isEqualTo("ok");
        assertThat(velocity.get("metrics").get("views_per_hour").isNumber()).isTrue();
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().startsWith("target")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
