package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.alert.BreakoutAnnouncer;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.ReportFormat;
import io.viralscope.app.report.ReportService;
import io.viralscope.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code viralscope report [--video ID]... [--format html|json|csv] [--out PATH]}. */
@Command(name = "report", description = "Run every detector on the selected videos (default: all) and write a"
        + " report. Results are cached: unchanged videos are not recomputed.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Option(names = "--video", paramLabel = "ID", description = "A video to include (repeatable; default: every"
            + " video with samples).")
    List<String> videos = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, json or csv (default: ${DEFAULT-VALUE}).",
            defaultValue = "json", converter = FormatConverter.class)
    ReportFormat format;

    @Option(names = "--out", paramLabel = "PATH", description = "Output file (default: standard output for json"
            + " and csv, viralscope-report.html for html).")
    Path out;

    private final CliContext ctx;

    ReportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Store store = root.openExistingStore(); PluginHost plugins = root.loadPlugins()) {
            ReportService service = new ReportService(root.settings(), store, plugins.detectors(),
                    plugins.problems(), ctx.clock());
            Report report = service.build(videos, ConsoleProgress.forContext(ctx));
            report.problems().forEach(ctx.err()::println);
            new BreakoutAnnouncer(root.settings().alerts(), ctx.err(), ctx.sleeper()).announce(report.breakouts(),
                    ctx.clock().instant());
            Path target = out != null ? out : format == ReportFormat.HTML ? Path.of("viralscope-report.html") : null;
            if (target == null) {
                ReportService.writeStdout(report, format, ctx.out());
            } else {
                ReportService.writeFile(report, format, target);
                ctx.err().println("Wrote " + format.extension().toUpperCase() + " report of "
                        + Counted.of(report.videos().size(), "video") + " and "
                        + Counted.of(report.detectors().size(), "detector") + " to "
                        + target.toAbsolutePath() + " (" + report.stats().computed() + " computed, "
                        + (report.stats().memoryHits() + report.stats().storeHits()) + " from cache).");
            }
            return 0;
        }
    }
}
