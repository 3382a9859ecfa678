package io.viralscope.app.ingest;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports sample files into the store (docs/architecture.md#csv-import-schema). Every file is read and checked before anything is written; then all good
 * samples go in one transaction. By default any bad row means nothing is imported and every bad row is listed;
 * with {@code skipInvalid} the good rows are imported and the bad ones listed as skipped.
 */
public final class Importer {

    private final List<SampleFileFormat> formats;

    /** An importer that recognises the given formats, tried in order. */
    public Importer(List<SampleFileFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** An importer of every built-in format. */
    public static Importer withBuiltInFormats() {
        return new Importer(List.of(new StudioExportFormat(), new ViralscopeCsvFormat("csv")));
    }

    /** Reads and checks {@code files}, then writes them into {@code store}: {@link #read}, then {@link #write}. */
    public ImportResult importFiles(Store store, List<Path> files, boolean skipInvalid) {
        return write(store, read(files, skipInvalid));
    }

    /**
     * Reads and checks {@code files} without touching any store.
     *
     * @throws InvalidRowsException when rows are bad and {@code skipInvalid} is false
     * @throws UserError            when a file is missing, unreadable or not in a known format
     */
    public ImportBatch read(List<Path> files, boolean skipInvalid) {
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(parse(file));
        }
        ImportBatch batch = new ImportBatch(parsed, skipInvalid);
        if (!batch.errors().isEmpty() && !skipInvalid) {
            throw new InvalidRowsException(batch.errors(), batch.badRows(), batch.rows() - batch.badRows());
        }
        return batch;
    }

    /**
     * Writes a checked batch in one transaction. Samples the store holds with other counts (same video, instant
     * and source) are looked for under the same write lock: without {@code skipInvalid} any of them means
     * nothing is written, even when another import stored them a moment ago.
     *
     * @throws UserError when samples differ from stored ones and the batch does not skip them (nothing written)
     */
    public ImportResult write(Store store, ImportBatch batch) {
        List<NewSample> samples = batch.samples();
        Store.SampleWrite w = store.addSamples(batch.videos(), samples,
                batch.skipInvalid() ? Store.OnDiffering.KEEP_STORED : Store.OnDiffering.WRITE_NOTHING);
        List<String> differing = w.differing();
        if (!differing.isEmpty() && !batch.skipInvalid()) {
            throw new UserError(ExitCodes.BAD_INPUT, "Nothing was imported: " + differing.size()
                    + " sample" + (differing.size() == 1 ? " differs" : "s differ") + " from what the store already"
                    + " holds for the same video, instant and source (" + differing.get(0) + "); the store keeps"
                    + " what it stored first, so give corrections their own timestamp, or run again with"
                    + " --skip-invalid to import the rest.");
        }
        Set<String> ids = new LinkedHashSet<>();
        samples.forEach(s -> ids.add(s.videoId()));
        return new ImportResult(batch.files(), batch.rows(), w.added(), samples.size() - w.added() - differing.size(),
                ids.size(), batch.errors(), differing);
    }

    private ParsedFile parse(Path file) {
        CsvTable table = CsvTable.read(file);
        for (SampleFileFormat f : formats) {
            if (f.recognises(table.header())) {
                return f.parse(file, table);
            }
        }
        throw UserError.badInput(ViralscopeCsvFormat.notInSchema(file, table));
    }
}
