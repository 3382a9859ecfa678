package io.viralscope.spark;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.PluginHost;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Entry point of {@code java -jar viralscope-spark.jar} and of {@code spark-submit viralscope-spark.jar}: checks
 * the arguments and the plugins before Spark starts, then runs the {@link SparkJob}. Every refusal is one
 * sentence and exit code 2, as in the CLI.
 */
@Command(name = "viralscope-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs every detector plugin on every video of CSV (Viralscope's schema or YouTube Studio"
                + " exports) or Parquet files of series inside Apache Spark, and writes the detections and verdicts.")
public final class SparkMain implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, such as local[*]; leave it out"
            + " under spark-submit, which sets it.")
    String master;

    @Option(names = "--plugins-dir", paramLabel = "DIR", required = true, description = "Folder of detector plugin"
            + " jars, readable by every executor (a shared path, or shipped with --archives plugins.zip#DIR).")
    String pluginsDir;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to create for the"
            + " results; it must not exist.")
    String outDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet", description = "parquet (tables"
            + " detections/ and verdicts/) or json (videos/: one JSON line per video); default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--strict", description = "Write nothing when any input row is bad (exit 2); by default bad"
            + " rows are listed and skipped.")
    boolean strict;

    @Option(names = "--config", paramLabel = "FILE", description = "viralscope.yaml with detector settings and"
            + " the detector time limit (default: as the CLI finds it, else the built-in defaults).")
    Path config;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Input files, or directories of .csv and"
            + " .parquet files.")
    List<String> inputs = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    SparkMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs one command line and returns the exit code. */
    static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new SparkMain(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            UserError u = SparkJob.userErrorIn(ex);
            if (u.exitCode() == ExitCodes.INTERNAL || System.getenv("VIRALSCOPE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.println(u.getMessage());
            return u.exitCode();
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        JobSettings settings = checked();
        SparkSession.Builder builder = SparkSession.builder().appName("viralscope")
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.ui.enabled", "false");
            }
        }
        SparkSession spark = builder.getOrCreate();
        if (master != null && master.startsWith("local")) {
            spark.sparkContext().setLogLevel("WARN"); // on one machine Spark's progress talk drowns the report
        }
        try {
            new SparkJob(spark, settings, strict, out, err).run(inputs, outDir);
            return ExitCodes.OK;
        } finally {
            if (master != null) {
                spark.stop();
            }
        }
    }

    /** The settings for the executors, once the arguments and plugins are known to be usable. */
    JobSettings checked() {
        if (inputs.isEmpty()) {
            throw UserError.badInput("No input files: name CSV or Parquet files of series, or a directory holding"
                    + " them.");
        }
        JobSettings.OutputFormat outputFormat = switch (format) {
            case "parquet" -> JobSettings.OutputFormat.PARQUET;
            case "json" -> JobSettings.OutputFormat.JSON;
            default -> throw UserError.badInput("--format must be parquet or json, but was '" + format + "'.");
        };
        Path plugins = Path.of(pluginsDir);
        if (!Files.exists(plugins)) {
            throw UserError.badInput("Plugins directory " + pluginsDir + " does not exist; pass --plugins-dir DIR,"
                    + " the folder holding the detector jars.");
        }
        if (!Files.isDirectory(plugins)) {
            throw UserError.badInput("Plugins directory " + pluginsDir + " is a file, not a folder; pass"
                    + " --plugins-dir DIR, the folder holding the detector jars.");
        }
        if (!Files.isReadable(plugins) || !Files.isExecutable(plugins)) {
            throw UserError.badInput("Plugins directory " + pluginsDir + " cannot be read (permission denied);"
                    + " make it readable or pass another --plugins-dir.");
        }
        Settings settings = new ConfigLoader(Path.of(System.getProperty("user.home"))).load(config);
        // loaded here as well so a folder without usable plugins is refused before Spark starts
        try (PluginHost host = PluginHost.load(plugins)) {
            host.problems().forEach(err::println);
            if (host.detectors().isEmpty()) {
                throw UserError.badInput("Plugins directory " + pluginsDir + " holds no usable detector plugin;"
                        + " put the detector jars there (the built-in ones are in app/target/plugins).");
            }
        }
        return JobSettings.of(pluginsDir, settings, outputFormat);
    }
}
