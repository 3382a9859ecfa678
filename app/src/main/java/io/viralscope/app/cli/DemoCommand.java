package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.TerminalText;
import io.viralscope.app.UserError;
import io.viralscope.app.alert.BreakoutAnnouncer;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.campaign.CampaignFile;
import io.viralscope.app.campaign.TrafficSourceFile;
import io.viralscope.app.demo.DemoData;
import io.viralscope.app.ingest.ImportResult;
import io.viralscope.app.ingest.Importer;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.report.Report;
import io.viralscope.app.report.ReportFormat;
import io.viralscope.app.report.ReportService;
import io.viralscope.app.store.CampaignStore;
import io.viralscope.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code viralscope demo [--out DIR]}: bundled data in, full report out; no network, no key. */
@Command(name = "demo", description = "Import the bundled sample data into a fresh store in DIR and write the"
        + " full report there. No network, no API key.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the demo store, data and reports"
            + " (default: ${DEFAULT-VALUE}).", defaultValue = "viralscope-demo")
    Path out;

    private final CliContext ctx;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path dir = out.toAbsolutePath();
        List<Path> csvs;
        try {
            csvs = DemoData.extractTo(dir.resolve("data"));
        } catch (IOException e) {
            throw UserError.badInput("Cannot write the demo into " + dir + " (" + e.getMessage()
                    + "); choose another folder with --out DIR.");
        }
        // the demo keeps its own store beside its reports, never the user's
        try (Store store = Store.open(dir.resolve("demo.db"), ctx.clock()); PluginHost plugins = root.loadPlugins()) {
            ImportResult imported = Importer.withBuiltInFormats().importFiles(store, csvs, false);
            ctx.out().println("Imported " + Counted.of(imported.rows(), "row") + " of "
                    + Counted.of(imported.videos(), "video") + " from "
                    + dir.resolve("data") + ".");
            CampaignStore campaigns = new CampaignStore(store, ctx.clock());
            CampaignFile flights = CampaignFile.read(dir.resolve("data").resolve(DemoData.CAMPAIGN_FLIGHTS));
            campaigns.addAll(flights.currencies(), flights.days());
            campaigns.addTrafficSources(TrafficSourceFile.read(dir.resolve("data").resolve(DemoData.CAMPAIGN_TRAFFIC),
                    "demoCampgn1").rows());
            Report report = new ReportService(root.settings(), store, plugins.detectors(),
                    plugins.cohortDetectors(), plugins.problems(), ctx.clock())
                    .build(List.of(), ConsoleProgress.forContext(ctx));
            report.problems().forEach(ctx.err()::println);
            List<String> written = new ArrayList<>();
            for (ReportFormat f : ReportFormat.values()) {
                Path file = dir.resolve("report." + f.extension());
                ReportService.writeFile(report, f, file, ctx.clock());
                written.add(file.toString());
            }
            ctx.out().println("Ran " + Counted.of(report.detectors().size(), "detector") + " on "
                    + Counted.of(report.videos().size(), "video") + " in " + report.stats().elapsed().toMillis()
                    + " ms.");
            for (VideoAnalysis v : report.videos()) {
                if (v.series().videoId().startsWith("demo")) {
                    ctx.out().printf("  %-12s %-44s %.2f  %s%n", v.series().videoId(), v.verdict().phrase(),
                            v.verdict().confidence(), v.series().title());
                }
            }
            // the campaign's answer: paid, earned and baseline views (a plugin's sentence, made safe like the rest)
            for (VideoAnalysis v : report.videos()) {
                if (v.series().flights().isEmpty()) {
                    continue; // only the videos with a declared flight have an answer worth printing
                }
                v.detections().stream().filter(d -> d.detector().equals("campaign")
                        && d.status() == io.viralscope.api.DetectionStatus.OK).forEach(d -> ctx.out().println(
                        "Campaign on " + v.series().videoId() + ": " + TerminalText.printable(d.summary(), 600)));
            }
            // a plugin's sentence: made safe for the terminal like any untrusted text
            report.sharedEvents().forEach(f -> ctx.out().println("Shared event: "
                    + TerminalText.printable(f.event().summary(), 400)));
            BreakoutAnnouncer.printingOnly(ctx.out()).announce(report.breakouts(), ctx.clock().instant());
            ctx.out().println("Reports written:");
            written.forEach(w -> ctx.out().println("  " + w));
            return 0;
        }
    }
}
