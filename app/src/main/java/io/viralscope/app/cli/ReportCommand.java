package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.UserError;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.alert.BreakoutAnnouncer;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.report.OutputFile;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.ReportFormat;
import io.viralscope.app.report.ReportReuse;
import io.viralscope.app.report.ReportService;
import io.viralscope.app.report.ReportWriter;
import io.viralscope.app.report.html.ReportPage;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.VideoIdParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code viralscope report [--video ID|URL]... [--from DATE] [--to DATE] [--first DURATION]
 * [--format html|json|csv] [--curves] [--details N] [--out PATH|-]}.
 */
@Command(name = "report", description = "Run every detector on the selected videos (default: all) and write a"
        + " report. Results are cached: unchanged videos are not recomputed.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Option(names = "--video", paramLabel = "ID|URL", description = "A video to include, by id or by any YouTube"
            + " video link (repeatable; default: every video with samples).")
    List<String> videos = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Analyse from this UTC day on (YYYY-MM-DD;"
            + " default: each series' first day).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Analyse up to and including this UTC day"
            + " (YYYY-MM-DD; default: each series' last day).")
    String to;

    @Option(names = "--first", paramLabel = "DURATION", description = "Analyse each video's first days, such as"
            + " 90d or 12w: from its publication day when known, else from its first sample.")
    String first;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, json or csv (default: the one the --out"
            + " file name ends in, .html/.htm, .json or .csv; otherwise json).", converter = FormatConverter.class)
    ReportFormat format;

    @Option(names = "--curves", description = "Include each detection's fitted curves in the JSON report, in"
            + " compact form (start, step, values); left out by default, as they are most of its size.")
    boolean curves;

    @Option(names = "--diagnostics", description = "Include each detection's diagnostic metrics (how a detector"
            + " reached its answer, such as every model's fit) and its events' attributes in the JSON report; left"
            + " out by default.")
    boolean diagnostics;

    @Option(names = "--details", paramLabel = "N", description = "HTML: give at most N videos a section with charts"
            + " and every detector's result, those breaking out first, then the most viewed; every video keeps its"
            + " table row and small multiple (default: " + ReportPage.DEFAULT_DETAILS + ").")
    Integer details;

    @Option(names = "--fresh", description = "Make the report anew even when the same report over the same data was"
            + " written before (it is otherwise handed back as it was written, in a fraction of the time).")
    boolean fresh;

    @Option(names = "--compiler", paramLabel = "CHOICE", description = "Which of the JVM's compilers to use: quick"
            + " (faster for a one-off report: most of the optimising compiler's work would not pay back), full (the"
            + " JVM's usual mix, faster for very large reports), or auto: quick up to "
            + CompilerChoice.QUICK_UP_TO + " videos (default: auto).", converter = CompilerChoice.Converter.class)
    CompilerChoice compiler = CompilerChoice.AUTO;

    @Option(names = "--out", paramLabel = "PATH", description = "Output file, device or FIFO; - is standard output"
            + " (default: standard output for json and csv, viralscope-report.html for html).")
    String out;

    private static final String STANDARD_OUTPUT = "-";

    private final CliContext ctx;

    ReportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // all checked before the store is opened or anything analysed
        ReportFormat chosen = ReportFormat.choose(format, out);
        if (curves && chosen != ReportFormat.JSON) {
            throw UserError.badInput("--curves applies to the JSON report only (the HTML report always draws the"
                    + " curves, the CSV report has none); leave it out or use --format json.");
        }
        if (diagnostics && chosen != ReportFormat.JSON) {
            throw UserError.badInput("--diagnostics applies to the JSON report only (the HTML report shows every"
                    + " metric, the CSV report has a column for each); leave it out or use --format json.");
        }
        Path target = outputFile(chosen);
        AnalysisWindow window = AnalysisWindow.of(from, to, first);
        if (details != null && details < 0) {
            throw UserError.badInput("--details " + details + " is negative; give the number of videos to show in"
                    + " detail, 0 or more.");
        }
        ReportWriter writer = ReportService.writerFor(chosen, curves, diagnostics,
                details == null ? ReportPage.DEFAULT_DETAILS : details);
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(videos.stream().map(VideoIdParser::parse).toList()));
        // asked at once and on its own thread (the JVM's management server takes a moment to start), even before a
        // kept report may be handed back: asked after that check, a cold 2,000-video report took 0.15 s longer;
        // undone below once the report turns out long enough for the optimising compiler to pay back
        java.util.concurrent.CompletableFuture<Boolean> quick = compiler == CompilerChoice.FULL
                ? java.util.concurrent.CompletableFuture.completedFuture(false)
                : java.util.concurrent.CompletableFuture.supplyAsync(ctx.compilers()::keepTo);
        try (Store store = root.openExistingStore()) {
            // everything the report's bytes rest on; a report kept under the same key is handed back as written
            Optional<String> key = fresh ? Optional.empty() : ReportReuseKey.of(store.dataGeneration(),
                    root.settings(), root.pluginsDir(), List.of("format " + chosen, "curves " + curves, "diagnostics " + diagnostics,
                            "details " + details, "videos " + ids, "window " + from + " " + to + " " + first));
            ReportReuse reuse = new ReportReuse(ctx.cacheDir().resolve("reports"));
            Optional<ReportReuse.Kept> kept = key.flatMap(reuse::find);
            if (kept.isPresent()) {
                handBack(kept.get(), chosen, target);
                return 0;
            }
            try (PluginHost plugins = root.loadPlugins();
                 ReportReuse.Copy copy = key.map(reuse::keep).orElse(null)) {
                ReportService service = new ReportService(root.settings(), store, plugins.detectors(),
                        plugins.cohortDetectors(), plugins.problems(), ctx.clock());
                ReportService.Selection selected = service.select(ids);
                if (!compiler.quickFor(selected.ids().size()) && quick.join()) {
                    ctx.compilers().letGo();
                }
                // a writer that keeps each video as the first pass takes it need not read every video again
                Report report = service.build(selected, window, ConsoleProgress.withLines(ctx),
                        writer.spool().orElse(io.viralscope.app.report.VideoSpool.NONE));
                report.problems().forEach(ctx.err()::println);
                announce(report.breakouts());
                ReportWriter keeping = copy == null ? writer : (r, w) -> writer.write(r, copy.tee(w));
                if (target == null) {
                    ReportService.writeStdout(report, keeping, ctx.out());
                } else {
                    ReportService.writeFile(report, keeping, target, ctx.clock());
                    ctx.err().println("Wrote " + chosen.extension().toUpperCase() + " report of "
                            + Counted.of(report.videos().size(), "video") + " and "
                            + Counted.of(report.detectors().size(), "detector") + " to "
                            + target.toAbsolutePath() + " (" + report.stats().computed() + " computed, "
                            + (report.stats().memoryHits() + report.stats().storeHits()) + " from cache).");
                }
                if (copy != null) {
                    copy.commit(new ReportReuse.Summary(report.generatedAt(), report.videos().size(),
                            report.detectors().size(), report.problems(), report.breakouts()));
                }
            }
            return 0;
        }
    }

    /** Writes a kept report again, printing what its making printed, and says it was handed back. */
    private void handBack(ReportReuse.Kept kept, ReportFormat chosen, Path target) {
        ReportReuse.Summary s = kept.summary();
        s.problems().forEach(ctx.err()::println);
        announce(s.breakouts());
        if (target == null) {
            try {
                kept.copyTo(ctx.out());
                ctx.out().flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        OutputFile.writeBytes(target, ctx.clock(), kept::copyTo);
        ctx.err().println("Wrote " + chosen.extension().toUpperCase() + " report of "
                + Counted.of(s.videos(), "video") + " and " + Counted.of(s.detectors(), "detector") + " to "
                + target.toAbsolutePath() + " (nothing changed since the same report was made at "
                + s.writtenAt() + ": handed back as it was; --fresh makes it anew).");
    }

    private void announce(List<Breakout> breakouts) {
        new BreakoutAnnouncer(root.settings().alerts(), ctx.err(), ctx.sleeper()).announce(breakouts,
                ctx.clock().instant());
    }

    /** The file to write, or {@code null} for standard output. */
    private Path outputFile(ReportFormat chosen) {
        if (out == null) {
            return chosen == ReportFormat.HTML ? Path.of("viralscope-report.html") : null;
        }
        if (STANDARD_OUTPUT.equals(out)) {
            return null;
        }
        try {
            return Path.of(out);
        } catch (InvalidPathException e) {
            throw UserError.badInput("--out '" + out + "' is not a valid path (" + e.getReason() + "); give a file"
                    + " name, or - for standard output.");
        }
    }
}
