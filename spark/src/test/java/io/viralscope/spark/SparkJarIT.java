package io.viralscope.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jars as a person runs them: {@code java -jar viralscope-spark.jar --master local[1]} starts Spark on
 * Java 17 (its manifest opens the JDK packages Spark needs) and analyses a file; Spark is in neither jar.
 */
class SparkJarIT {

    @TempDir
    Path dir;

    private static Path jar(String property) {
        return Path.of(System.getProperty(property));
    }

    @Test
    void javaDashJarRunsTheJobOnOneMachine() throws Exception {
        Path csv = SeriesFiles.write(dir, SeriesFiles.simulated(1, 60).subList(0, 2), 1).get(0);
        Path out = dir.resolve("results");
        Process p = new ProcessBuilder("java", "-jar", jar("viralscope.test.spark-jar").toString(),
                "--master", "local[1]", "--plugins-dir", SparkSessions.plugins().toString(), "--out", out.toString(),
                "--format", "json", csv.toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String stdout = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(stdout).endsWith("Analysed 2 videos with 6 detectors; results in " + out + ".\n");
        try (Stream<Path> parts = Files.list(out.resolve("videos"))) {
            assertThat(parts.filter(f -> f.getFileName().toString().startsWith("part-")).mapToLong(f -> {
                try {
                    return Files.readAllLines(f).size();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum()).isEqualTo(2);
        }
    }

    @Test
    void sparkIsInNeitherJar() throws IOException {
        for (String property : List.of("viralscope.test.spark-jar", "viralscope.test.app-jar")) {
            try (ZipFile zip = new ZipFile(jar(property).toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                        .as(property).noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/"));
            }
        }
    }
}
