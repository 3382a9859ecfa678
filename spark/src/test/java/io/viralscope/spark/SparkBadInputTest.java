package io.viralscope.spark;

import io.viralscope.app.UserError;
import io.viralscope.app.config.ConfigLoader;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad inputs in a running job: bad rows are listed per file and line as {@code import} lists them and skipped, or
 * with {@code --strict} refused with nothing written; a whole file that cannot be read is skipped the same way.
 */
class SparkBadInputTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path good;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local();
    }

    @BeforeEach
    void goodFile() {
        good = SeriesFiles.write(dir, SeriesFiles.simulated(1, 60).subList(0, 2), 1).get(0);
    }

    private SparkJob job(boolean strict) {
        JobSettings settings = JobSettings.of(SparkSessions.plugins().toString(),
                new ConfigLoader(dir.resolve("home")).load(null), JobSettings.OutputFormat.JSON);
        return new SparkJob(spark, settings, strict, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path badCsv() throws IOException {
        return Files.writeString(dir.resolve("bad.csv"), "video_id,timestamp,view_count\n"
                + "dQw4w9WgXcQ,2026-03-01T00:00:00Z,10\n"
                + "dQw4w9WgXcQ,2026-03-02T00:00:00Z,abc\n"
                + "short,2026-03-03T00:00:00Z,12\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badRowsAreListedByFileAndLineAndSkipped() throws IOException {
        Path bad = badCsv();
        SparkJob.Outcome outcome = job(false).run(List.of(good.toString(), bad.toString()),
                dir.resolve("out").toString());
        assertThat(err()).isEqualTo("skipped bad.csv:3: column 'view_count': 'abc' is not a whole number >= 0\n"
                + "skipped bad.csv:4: column 'video_id': 'short' is not a YouTube video id (11 characters: letters,"
                + " digits, - and _)\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(bad + ": Viralscope CSV, 3 rows, 1 good samples,"
                + " 2 bad rows skipped\n");
        assertThat(outcome.videos()).isEqualTo(3);
        assertThat(outcome.badRows()).isEqualTo(2);
        assertThat(lines(dir.resolve("out"))).hasSize(3);
    }

    @Test
    void strictRefusesBadRowsAndWritesNothing() throws IOException {
        Path bad = badCsv();
        assertThatThrownBy(() -> job(true).run(List.of(good.toString(), bad.toString()),
                dir.resolve("out").toString()))
                .isInstanceOf(UserError.class).extracting(e -> ((UserError) e).exitCode()).isEqualTo(2);
        assertThatThrownBy(() -> job(true).run(List.of(bad.toString()), dir.resolve("out").toString()))
                .hasMessage("Nothing was written: 2 rows had errors (listed above); fix them, or run without --strict"
                        + " to analyse the good rows.");
        assertThat(err()).contains("bad.csv:3: column 'view_count': 'abc' is not a whole number >= 0\n");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("out"));
        }
    }

    @Test
    void aFileInNoKnownSchemaIsSkippedWithItsSentence() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "video_id,timestamp\ndQw4w9WgXcQ,2026-03-01\n");
        job(false).run(List.of(good.toString(), odd.toString()), dir.resolve("out").toString());
        assertThat(err()).isEqualTo("skipped File " + odd + " is not in Viralscope's CSV schema nor a YouTube"
                + " Studio export: missing column view_count (found: video_id, timestamp).\n");
        assertThat(lines(dir.resolve("out"))).hasSize(2);
    }

    @Test
    void aBadParquetRowIsNamedByItsRow() throws IOException {
        StructType schema = new StructType().add("video_id", DataTypes.StringType)
                .add("timestamp", DataTypes.TimestampType).add("view_count", DataTypes.LongType);
        Path parquet = dir.resolve("rows.parquet");
        spark.createDataFrame(List.of(
                RowFactory.create("dQw4w9WgXcQ", java.time.Instant.parse("2026-03-01T00:00:00Z"), 5L),
                RowFactory.create("dQw4w9WgXcQ", java.time.Instant.parse("2026-03-02T00:00:00Z"), -1L),
                RowFactory.create("dQw4w9WgXcQ", java.time.Instant.parse("2026-03-03T00:00:00Z"), 9L)), schema)
                .coalesce(1).write().parquet(parquet.toString());
        job(false).run(List.of(parquet.toString()), dir.resolve("out").toString());
        assertThat(err()).matches("skipped part-[^:]+\\.parquet:row 2: column 'view_count': '-1' is negative;"
                + " counts are whole numbers >= 0\n");
        assertThat(lines(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void parquetWithoutTheSchemasColumnsIsOneSentence() {
        Path parquet = dir.resolve("other.parquet");
        spark.createDataFrame(List.of(RowFactory.create("x", 1L)), new StructType().add("id", DataTypes.StringType)
                .add("views", DataTypes.LongType)).coalesce(1).write().parquet(parquet.toString());
        assertThatThrownBy(() -> job(false).run(List.of(parquet.toString()), dir.resolve("out").toString()))
                .hasMessage("The Parquet inputs lack the columns video_id, timestamp, view_count of Viralscope's"
                        + " schema (found: id, views).");
    }

    @Test
    void aMissingInputIsOneSentence() {
        String missing = dir.resolve("nothing.csv").toString();
        assertThatThrownBy(() -> job(false).run(List.of(missing), dir.resolve("out").toString()))
                .hasMessage("Input " + missing + " does not exist; check the path.");
    }

    @Test
    void aDirectoryWithoutSeriesIsOneSentence() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no series here");
        assertThatThrownBy(() -> job(false).run(List.of(empty.toString()), dir.resolve("out").toString()))
                .hasMessage("Directory " + empty + " holds no .csv or .parquet file; name the files of series or the"
                        + " directory holding them.");
    }

    @Test
    void aDirectoryIsReadWholeAndAnExistingOutputIsRefused() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.move(good, in.resolve("a.csv"));
        Files.move(badCsv(), in.resolve("b.csv"));
        assertThat(job(false).run(List.of(in.toString()), dir.resolve("out").toString()).videos()).isEqualTo(3);
        assertThatThrownBy(() -> job(false).run(List.of(in.toString()), dir.resolve("out").toString()))
                .hasMessage("Output directory " + dir.resolve("out") + " already exists; name a new one, as the job"
                        + " never writes over earlier results.");
    }

    @Test
    void aBadDetectorSettingStopsTheRunWithTheCliSentence() throws IOException {
        Path config = Files.writeString(dir.resolve("viralscope.yaml"), "detectors:\n  growth-curve:\n"
                + "    min-days: lots\n");
        JobSettings settings = JobSettings.of(SparkSessions.plugins().toString(),
                new ConfigLoader(dir.resolve("home")).load(config), JobSettings.OutputFormat.JSON);
        SparkJob job = new SparkJob(spark, settings, false, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> job.run(List.of(good.toString()),
                dir.resolve("out").toString()));
        // thrown on an executor, it reaches the driver inside Spark's failure, and is told as the CLI tells it
        UserError told = SparkJob.userErrorIn(thrown);
        assertThat(told.exitCode()).isEqualTo(2);
        assertThat(told.getMessage()).startsWith("Setting detectors.growth-curve.min-days is 'lots' but must be ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static List<String> lines(Path out) throws IOException {
        try (Stream<Path> parts = Files.list(out.resolve("videos"))) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
