package io.viralscope.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.Json;
import io.viralscope.app.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A real YouTube Studio chart export (the app's fixture) is read as {@code import} reads it. */
class SparkStudioExportTest {

    @TempDir
    Path dir;

    @Test
    void aStudioExportBecomesTheSeriesImportMakesOfIt() throws IOException {
        Path chart = Files.copy(Path.of("../app/src/test/resources/studio-export/clipizator_2026-08/"
                + "Chart data (first 28 rows only).csv"), dir.resolve("Chart data.csv"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        JobSettings settings = JobSettings.of(SparkSessions.plugins().toString(),
                new ConfigLoader(dir.resolve("home")).load(null), JobSettings.OutputFormat.JSON);
        new SparkJob(SparkSessions.local(), settings, false, new PrintStream(out, true, StandardCharsets.UTF_8),
                quiet).run(List.of(chart.toString()), dir.resolve("out").toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(chart
                + ": YouTube Studio export, 28 rows, 8 good samples\n");
        try (Stream<Path> parts = Files.list(dir.resolve("out/videos"))) {
            List<String> lines = parts.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(lines).hasSize(1);
            JsonNode v = Json.MAPPER.readTree(lines.get(0));
            assertThat(v.get("video_id").asText()).isEqualTo("8UPQYKDRCCw");
            assertThat(v.get("title").asText()).isEqualTo("0.5% of The World #lovablepartner #LovablePartner");
            assertThat(v.get("sample_count").asInt()).isEqualTo(8);
            assertThat(v.get("last_at").asText()).isEqualTo("2026-08-25T07:00:00Z");
            assertThat(v.get("detections")).hasSize(6);
        }
    }
}
