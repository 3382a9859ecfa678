package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.UserError;
import io.viralscope.app.campaign.TrafficSourceFile;
import io.viralscope.app.ingest.CsvRows;
import io.viralscope.app.ingest.ImportBatch;
import io.viralscope.app.ingest.ImportProgress;
import io.viralscope.app.ingest.ImportResult;
import io.viralscope.app.ingest.Importer;
import io.viralscope.app.ingest.InvalidRowsException;
import io.viralscope.app.ingest.ParsedFile;
import io.viralscope.app.ingest.RowError;
import io.viralscope.app.store.CampaignStore;
import io.viralscope.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code viralscope import FILE... [--skip-invalid]}. */
@Command(name = "import", description = "Import samples from Viralscope CSV files or YouTube Studio exports"
        + " (recognised by their header). All or nothing unless --skip-invalid.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @ParentCommand
    ViralscopeCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV files to import.")
    List<Path> files;

    @Option(names = "--skip-invalid", description = "Import the good rows and list the bad ones as skipped.")
    boolean skipInvalid;

    @Option(names = "--video", paramLabel = "ID|URL", description = "The video a YouTube Studio traffic-source"
            + " export is about, when the file has no Content column.")
    String video;

    private final CliContext ctx;

    ImportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        // traffic-source exports (Studio's Traffic source report) are views by source, not counts: read apart
        List<Path> trafficFiles = files.stream().filter(ImportCommand::isTrafficSourceExport).toList();
        List<Path> sampleFiles = files.stream().filter(f -> !trafficFiles.contains(f)).toList();
        List<TrafficSourceFile> traffic = trafficFiles.stream().map(f -> TrafficSourceFile.read(f, video)).toList();
        if (video != null && trafficFiles.isEmpty()) {
            throw UserError.badInput("--video names the video of a traffic-source export, and none of the files is"
                    + " one; leave it out.");
        }
        if (sampleFiles.isEmpty()) {
            try (Store store = root.openStore()) {
                CampaignStore campaigns = new CampaignStore(store, ctx.clock());
                int rows = campaigns.addTrafficSources(traffic.stream().flatMap(t -> t.rows().stream()).toList());
                ctx.out().println("Imported " + Counted.of(rows, "daily traffic-source count") + " from "
                        + Counted.of(trafficFiles.size(), "file") + " into " + store.location() + ".");
            }
            return 0;
        }
        int code = importSamples(sampleFiles);
        if (!traffic.isEmpty()) {
            try (Store store = root.openStore()) {
                int rows = new CampaignStore(store, ctx.clock()).addTrafficSources(traffic.stream()
                        .flatMap(t -> t.rows().stream()).toList());
                ctx.out().println("Imported " + Counted.of(rows, "daily traffic-source count") + " from "
                        + Counted.of(trafficFiles.size(), "file") + ".");
            }
        }
        return code;
    }

    private static boolean isTrafficSourceExport(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try (CsvRows rows = CsvRows.open(file)) {
            return TrafficSourceFile.recognises(rows.header());
        } catch (UserError e) {
            return false; // the sample import names what is wrong with the file
        }
    }

    private int importSamples(List<Path> files) {
        Importer importer = Importer.withBuiltInFormats();
        ImportProgressLine line = ctx.interactive() ? new ImportProgressLine(ctx.err()) : null;
        ImportProgress progress = line == null ? ImportProgress.NONE : line;
        // files are checked before the store is opened: bad files must not create a store at a mistyped --db
        ImportBatch checked;
        try {
            checked = importer.read(files, skipInvalid, progress);
        } catch (RuntimeException e) {
            if (line != null) {
                line.stopped();
            }
            throw e;
        }
        try (ImportBatch batch = checked; Store store = root.openStore()) {
            progress.writing(batch.samples());
            ImportResult r = importer.write(store, batch);
            for (RowError e : r.skipped()) {
                ctx.err().println("skipped " + e.describe());
            }
            if (r.unlistedSkipped() > 0) {
                ctx.err().println("skipped " + InvalidRowsException.unlistedLine(r.unlistedSkipped()));
            }
            for (String d : r.differing()) {
                ctx.err().println("kept as stored: " + d);
            }
            if (r.differingCount() > r.differing().size()) {
                int more = r.differingCount() - r.differing().size();
                ctx.err().println("kept as stored: ... and " + Counted.of(more, "more sample") + ", not listed (an"
                        + " import lists its first " + r.differing().size() + ").");
            }
            for (ParsedFile f : r.files()) {
                ctx.out().println(f.file() + ": " + f.format() + ", " + f.rows() + " rows, " + f.samples()
                        + " good samples" + (f.badRows() > 0 ? ", " + f.badRows() + " bad rows skipped" : ""));
            }
            ctx.out().println("Imported " + Counted.of(r.added(), "new sample") + " of " + Counted.of(r.videos(), "video")
                    + " into "
                    + store.location() + (r.alreadyPresent() > 0 ? " (" + r.alreadyPresent() + " already present)" : "")
                    + ".");
            return 0;
        }
    }
}
