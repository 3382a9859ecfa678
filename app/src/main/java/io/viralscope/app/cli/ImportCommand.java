package io.viralscope.app.cli;

import io.viralscope.app.Counted;
import io.viralscope.app.ingest.ImportBatch;
import io.viralscope.app.ingest.ImportProgress;
import io.viralscope.app.ingest.ImportResult;
import io.viralscope.app.ingest.Importer;
import io.viralscope.app.ingest.InvalidRowsException;
import io.viralscope.app.ingest.ParsedFile;
import io.viralscope.app.ingest.RowError;
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

    private final CliContext ctx;

    ImportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
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
                    + store.file() + (r.alreadyPresent() > 0 ? " (" + r.alreadyPresent() + " already present)" : "")
                    + ".");
            return 0;
        }
    }
}
