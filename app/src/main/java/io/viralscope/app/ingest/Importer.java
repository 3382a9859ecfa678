package io.viralscope.app.ingest;

import io.viralscope.app.UserError;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.VideoMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports sample files into the store (docs/architecture.md#csv-import-schema). Every file is read and checked before anything is written;
 * then all good samples go in one transaction. By default any bad row means nothing is imported and every bad
 * row is listed; with {@code skipInvalid} the good rows are imported and the bad ones listed as skipped.
 */
public final class Importer {

    private final Store store;
    private final List<SampleFileFormat> formats;

    /** An importer that recognises the given formats, tried in order. */
    public Importer(Store store, List<SampleFileFormat> formats) {
        this.store = store;
        this.formats = List.copyOf(formats);
    }

    /** An importer of every built-in format. */
    public static Importer withBuiltInFormats(Store store) {
        return new Importer(store, List.of(new StudioExportFormat(), new ViralscopeCsvFormat("csv")));
    }

    /**
     * Imports {@code files}.
     *
     * @throws InvalidRowsException when rows are bad and {@code skipInvalid} is false (nothing was written)
     * @throws UserError            when a file is missing, unreadable or not in a known format
     */
    public ImportResult importFiles(List<Path> files, boolean skipInvalid) {
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(parse(file));
        }
        List<RowError> errors = parsed.stream().flatMap(p -> p.errors().stream()).toList();
        int badRows = parsed.stream().mapToInt(ParsedFile::badRows).sum();
        int rows = parsed.stream().mapToInt(ParsedFile::rows).sum();
        if (!errors.isEmpty() && !skipInvalid) {
            throw new InvalidRowsException(errors, badRows, rows - badRows);
        }
        List<NewSample> samples = parsed.stream().flatMap(p -> p.samples().stream()).toList();
        List<VideoMetadata> videos = parsed.stream().flatMap(p -> p.videos().stream()).toList();
        List<String> differing = store.differingSamples(samples);
        if (!differing.isEmpty() && !skipInvalid) {
            throw new UserError(io.viralscope.app.ExitCodes.BAD_INPUT, "Nothing was imported: " + differing.size()
                    + " sample" + (differing.size() == 1 ? " differs" : "s differ") + " from what the store already"
                    + " holds for the same video, instant and source (" + differing.get(0) + "); the store keeps"
                    + " what it stored first, so give corrections their own timestamp, or run again with"
                    + " --skip-invalid to import the rest.");
        }
        int added = store.addSamples(videos, samples);
        Set<String> ids = new LinkedHashSet<>();
        samples.forEach(s -> ids.add(s.videoId()));
        return new ImportResult(parsed, rows, added, samples.size() - added - differing.size(), ids.size(), errors,
                differing);
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
