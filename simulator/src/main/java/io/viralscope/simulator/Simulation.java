package io.viralscope.simulator;

import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A simulated series with its ground truth.
 *
 * @param series the series, one sample a day at {@code start + d days}, {@code d = 0 … days}
 * @param truth  what is known about it
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public record Simulation(VideoSeries series, GroundTruth truth) {

    /** Checks both parts are present. */
    public Simulation {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(truth, "truth");
    }

    /** The series as CSV in the import schema (docs/architecture.md#csv-import-schema), CRLF line ends. */
    public String toCsv() {
        return ImportCsv.of(series);
    }

    /** The ground truth as JSON ({@link GroundTruth#toJson()}). */
    public String truthJson() {
        return truth.toJson();
    }

    /** Writes {@link #toCsv()} to {@code file} in UTF-8, replacing it; creates missing parent directories. */
    public void writeCsv(Path file) throws IOException {
        write(file, toCsv());
    }

    /** Writes {@link #truthJson()} to {@code file} in UTF-8, replacing it; creates missing parent directories. */
    public void writeTruthJson(Path file) throws IOException {
        write(file, truthJson());
    }

    /**
     * Where the ground truth of a series written to {@code csv} goes by convention: beside it, with the
     * {@code .csv} extension replaced by {@code .truth.json} ({@code out.csv} → {@code out.truth.json}).
     */
    public static Path truthPathBeside(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".truth.json");
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
