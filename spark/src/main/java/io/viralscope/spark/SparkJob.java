package io.viralscope.spark;

import io.viralscope.app.Counted;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job on a running Spark session: reads the inputs on the executors (each file once), prints what they held
 * and their bad rows, then groups the samples by video, analyses each video on an executor and writes the results
 * into a temporary directory beside {@code out}, renamed to {@code out} once complete, so a failed or refused run
 * leaves nothing at {@code out}.
 */
final class SparkJob {

    private final SparkSession spark;
    private final JobSettings settings;
    private final boolean strict;
    private final PrintStream out;
    private final PrintStream err;

    SparkJob(SparkSession spark, JobSettings settings, boolean strict, PrintStream out, PrintStream err) {
        this.spark = spark;
        this.settings = settings;
        this.strict = strict;
        this.out = out;
        this.err = err;
    }

    /** The figures of a finished run. */
    record Outcome(long videos, long badRows) {
    }

    Outcome run(List<String> inputs, String outDir) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        Path target = new Path(outDir);
        FileSystem fs;
        try {
            fs = target.getFileSystem(conf);
            if (fs.exists(target)) {
                throw UserError.badInput("Output directory " + outDir + " already exists; name a new one, as the job"
                        + " never writes over earlier results.");
            }
        } catch (IOException e) {
            throw UserError.badInput("Output directory " + outDir + " cannot be checked: " + e.getMessage() + ".");
        }
        List<InputFile> files = InputFiles.expand(inputs, conf);
        JavaRDD<Piece> pieces = read(sc, files).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            BadRowsReport report = new BadRowsReport(pieces.filter(p -> p.report() != null).map(Piece::report)
                    .collect());
            long problems = report.badRows() + report.refusedFiles();
            if (strict && problems > 0) {
                report.printProblems(err, "");
                throw UserError.badInput("Nothing was written: " + (report.refusedFiles() > 0
                        ? Counted.of(report.refusedFiles(), "file") + " could not be read and " : "")
                        + Counted.of(report.badRows(), "row") + " had errors (listed above); fix them, or run"
                        + " without --strict to analyse the good rows.");
            }
            report.printProblems(err, "skipped ");
            report.printFiles(out);
            if (report.samples() == 0) {
                throw UserError.badInput("Nothing was written: the inputs hold no good sample to analyse.");
            }
            int partitions = Math.max(1, sc.defaultParallelism() * 4);
            JavaRDD<VideoResult> results = pieces.filter(p -> p.part() != null)
                    .mapToPair(p -> new Tuple2<>(p.part().videoId, p.part()))
                    .groupByKey(partitions)
                    .mapPartitions(new VideoAnalyser(settings))
                    // serialized: sizing deserialized rows (Spark walks each object graph) cost more than the
                    // analysis on 10,000 videos
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            Path temp = new Path(target.getParent() == null ? new Path(".") : target.getParent(),
                    "." + target.getName() + ".viralscope-" + sc.sc().applicationId());
            try {
                write(results, temp.toString());
                long videos = results.count();
                if (!renamed(fs, temp, target)) {
                    throw UserError.badInput("The results could not be moved from " + temp + " to " + outDir
                            + "; check that " + outDir + " does not exist and its parent can be written.");
                }
                out.println("Analysed " + Counted.of(videos, "video") + " with "
                        + Counted.of(ExecutorPlugins.detectors(settings.pluginsDir()).size(), "detector")
                        + "; results in " + outDir + ".");
                return new Outcome(videos, report.badRows());
            } finally {
                results.unpersist(false);
                deleteQuietly(fs, temp);
            }
        } finally {
            pieces.unpersist(false);
        }
    }

    private JavaRDD<Piece> read(JavaSparkContext sc, List<InputFile> files) {
        List<InputFile> csv = files.stream().filter(f -> !f.parquet()).toList();
        List<InputFile> parquet = files.stream().filter(InputFile::parquet).toList();
        JavaRDD<Piece> pieces = sc.emptyRDD();
        if (!csv.isEmpty()) {
            // one task per file: a file is read by the importer from its first line to its last
            pieces = sc.parallelize(csv, csv.size()).flatMap(f -> CsvInputReader.read(f).iterator());
        }
        if (!parquet.isEmpty()) {
            pieces = pieces.union(readParquet(parquet));
        }
        return pieces;
    }

    private JavaRDD<Piece> readParquet(List<InputFile> parquet) {
        Dataset<Row> rows = spark.read().option("mergeSchema", "true")
                .parquet(parquet.stream().map(InputFile::uri).toArray(String[]::new));
        List<String> fields = Arrays.asList(rows.schema().fieldNames());
        List<String> missing = ParquetInputReader.missingIn(fields);
        if (!missing.isEmpty()) {
            throw UserError.badInput("The Parquet inputs lack the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " of Viralscope's schema (found: " + String.join(", ", fields)
                    + ").");
        }
        List<String> present = ParquetInputReader.presentIn(fields);
        Map<String, InputFile> byPath = new HashMap<>();
        parquet.forEach(f -> byPath.put(ParquetInputReader.key(f.uri()), f));
        ParquetInputReader reader = new ParquetInputReader(byPath, present);
        org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[present.size() + 2];
        for (int i = 0; i < present.size(); i++) {
            columns[i] = functions.col(present.get(i));
        }
        columns[present.size()] = functions.col("_metadata.file_path");
        columns[present.size() + 1] = functions.col("_metadata.row_index");
        return rows.select(columns).javaRDD().mapPartitions(reader::read);
    }

    private void write(JavaRDD<VideoResult> results, String dir) {
        if (settings.format() == JobSettings.OutputFormat.JSON) {
            spark.createDataset(results.map(VideoResult::json).rdd(), Encoders.STRING()).write()
                    .text(dir + "/videos");
            return;
        }
        spark.createDataFrame(results.flatMap(r -> r.detections().iterator()), OutputRows.DETECTIONS).write()
                .parquet(dir + "/detections");
        spark.createDataFrame(results.map(VideoResult::verdict), OutputRows.VERDICTS).write()
                .parquet(dir + "/verdicts");
    }

    private static boolean renamed(FileSystem fs, Path from, Path to) {
        try {
            return fs.rename(from, to);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(FileSystem fs, Path p) {
        try {
            fs.delete(p, true);
        } catch (IOException ignored) {
            // a leftover temporary directory beside the results harms nothing
        }
    }

    /** The exit code of a run that failed on the executors with one of the app's sentences, if it did. */
    static UserError userErrorIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserError u) {
                return u;
            }
        }
        return new UserError(ExitCodes.INTERNAL, "The Spark job failed: " + t.getMessage());
    }
}
