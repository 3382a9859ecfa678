package io.viralscope.app.ingest;

import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.VideoMetadata;

import java.util.List;

/**
 * Files read and checked, not yet written: what {@link Importer#read} hands to {@link Importer#write}. Reading
 * comes first, so a command whose files are bad fails before it opens (or creates) a store.
 *
 * @param files       the files, in the order given
 * @param skipInvalid whether bad rows, and samples differing from stored ones, are skipped rather than refused
 */
public record ImportBatch(List<ParsedFile> files, boolean skipInvalid) {

    public ImportBatch {
        files = List.copyOf(files);
    }

    /** Every bad row, file by file. */
    public List<RowError> errors() {
        return files.stream().flatMap(p -> p.errors().stream()).toList();
    }

    /** Data rows read. */
    public int rows() {
        return files.stream().mapToInt(ParsedFile::rows).sum();
    }

    /** Rows with at least one error. */
    public int badRows() {
        return files.stream().mapToInt(ParsedFile::badRows).sum();
    }

    /** The samples of the good rows. */
    public List<NewSample> samples() {
        return files.stream().flatMap(p -> p.samples().stream()).toList();
    }

    /** The metadata of the good rows' videos. */
    public List<VideoMetadata> videos() {
        return files.stream().flatMap(p -> p.videos().stream()).toList();
    }
}
