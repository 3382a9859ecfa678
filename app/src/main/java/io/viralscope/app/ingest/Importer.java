package io.viralscope.app.ingest;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.store.StagedImport;
import io.viralscope.app.store.Store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports sample files into the store (docs/architecture.md#csv-import-schema). Every file is read and checked
 * before anything is written, row by row into a scratch database of the import's own; then the store copies all
 * good samples from it in one transaction. Memory stays bounded whatever the files' size. By default any bad row
 * means nothing is imported and every bad row is listed (the first {@link RowErrors#LISTED}, the rest counted);
 * with {@code skipInvalid} the good rows are imported and the bad ones listed as skipped.
 */
public final class Importer {

    private final List<SampleFileFormat> formats;
    private final Path scratchFolder;
    private final long scratchMaxPages;

    /**
     * An importer that recognises the given formats, tried in order, and stages into {@code scratchFolder}, in a
     * scratch database of at most {@code scratchMaxPages} pages (0: no limit but the disk's).
     */
    Importer(List<SampleFileFormat> formats, Path scratchFolder, long scratchMaxPages) {
        this.formats = List.copyOf(formats);
        this.scratchFolder = scratchFolder;
        this.scratchMaxPages = scratchMaxPages;
    }

    /** The built-in formats: a Studio export is recognised first, by its header; anything else is our schema. */
    static List<SampleFileFormat> builtInFormats() {
        return List.of(new StudioExportFormat(), new ViralscopeCsvFormat("csv"));
    }

    /** An importer of every built-in format, staging in the JVM's temporary folder. */
    public static Importer withBuiltInFormats() {
        return withBuiltInFormats(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** An importer of every built-in format, staging in {@code scratchFolder}. */
    public static Importer withBuiltInFormats(Path scratchFolder) {
        return new Importer(builtInFormats(), scratchFolder, 0);
    }

    /** Reads and checks {@code files}, then writes them into {@code store}: {@link #read}, then {@link #write}. */
    public ImportResult importFiles(Store store, List<Path> files, boolean skipInvalid) {
        return write(store, read(files, skipInvalid, ImportProgress.NONE));
    }

    /** {@link #read(List, boolean, ImportProgress)} with no progress shown. */
    public ImportBatch read(List<Path> files, boolean skipInvalid) {
        return read(files, skipInvalid, ImportProgress.NONE);
    }

    /**
     * Reads and checks {@code files}, one row at a time, without touching any store.
     *
     * @throws InvalidRowsException when rows are bad and {@code skipInvalid} is false
     * @throws UserError            when a file is missing, unreadable or not in a known format
     */
    public ImportBatch read(List<Path> files, boolean skipInvalid, ImportProgress progress) {
        ImportStaging staging = ImportStaging.create(scratchFolder, scratchMaxPages);
        boolean handedOver = false;
        try {
            RowErrors errors = new RowErrors();
            List<ParsedFile> parsed = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                parsed.add(stage(files.get(i), i, staging, errors, progress));
            }
            int videos = staging.videosWithSamples();
            StagedImport staged = staging.finish();
            ImportBatch batch = new ImportBatch(parsed, skipInvalid, staging, staged, errors, videos);
            if (errors.badRows() > 0 && !skipInvalid) {
                throw new InvalidRowsException(batch.errors(), batch.unlistedErrors(), batch.badRows(),
                        batch.rows() - batch.badRows());
            }
            handedOver = true;
            return batch;
        } catch (SQLException e) {
            throw staging.failure(e);
        } finally {
            if (!handedOver) {
                staging.close();
            }
        }
    }

    /**
     * Writes a checked batch in one transaction, and deletes its scratch database. Samples the store holds with
     * other counts (same video, instant and source) are looked for under the same write lock: without
     * {@code skipInvalid} any of them means nothing is written, even when another import stored them a moment ago.
     *
     * @throws UserError when samples differ from stored ones and the batch does not skip them (nothing written)
     */
    public ImportResult write(Store store, ImportBatch batch) {
        try (batch) {
            Store.SampleWrite w = store.addStaged(batch.staged(), batch.skipInvalid() ? Store.OnDiffering.KEEP_STORED
                    : Store.OnDiffering.WRITE_NOTHING, RowErrors.LISTED);
            int differing = w.differingCount();
            if (differing > 0 && !batch.skipInvalid()) {
                throw new UserError(ExitCodes.BAD_INPUT, "Nothing was imported: " + differing + " sample"
                        + (differing == 1 ? " differs" : "s differ") + " from what the store already holds for the"
                        + " same video, instant and source (" + w.differing().get(0) + "); the store keeps what it"
                        + " stored first, so give corrections their own timestamp, or run again with --skip-invalid"
                        + " to import the rest.");
            }
            return new ImportResult(batch.files(), batch.rows(), w.added(), batch.samples() - w.added() - differing,
                    batch.videos(), batch.errors(), batch.unlistedErrors(), w.differing(), differing);
        }
    }

    private ParsedFile stage(Path file, int index, ImportStaging staging, RowErrors errors, ImportProgress progress)
            throws SQLException {
        try (CsvRows rows = CsvRows.open(file, progress)) {
            for (SampleFileFormat f : formats) {
                if (f.recognises(rows.header())) {
                    return f.stage(file, index, rows, staging, errors);
                }
            }
            throw UserError.badInput(ViralscopeCsvFormat.notInSchema(file, rows.header()));
        }
    }
}
