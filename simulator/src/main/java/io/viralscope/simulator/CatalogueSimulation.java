package io.viralscope.simulator;

import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A simulated catalogue series with its ground truth.
 *
 * @param series the series, one sample a day at {@code start + d days}, {@code d = 0 … days}
 * @param truth  what is known about it
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record CatalogueSimulation(VideoSeries series, CatalogueTruth truth) {

    /** Checks both parts are present. */
    public CatalogueSimulation {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(truth, "truth");
    }

    /** The series as CSV in the import schema (docs/architecture.md#csv-import-schema). */
    public String toCsv() {
        return ImportCsv.of(series);
    }

    /** Writes {@link #toCsv()} and the truth's JSON beside it ({@link Simulation#truthPathBeside(Path)}). */
    public void write(Path csv) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(csv, toCsv(), StandardCharsets.UTF_8);
        Files.writeString(Simulation.truthPathBeside(csv), truth.toJson(), StandardCharsets.UTF_8);
    }
}
