package io.viralscope.app.ingest;

import io.viralscope.app.store.StagedImport;

import java.util.List;

/**
 * Files read and checked, not yet written: what {@link Importer#read} hands to {@link Importer#write}. The good
 * samples wait in the import's scratch database, which closing the batch (or writing it) deletes. Reading comes
 * first, so a command whose files are bad fails before it opens (or creates) a store.
 */
public final class ImportBatch implements AutoCloseable {

    private final List<ParsedFile> files;
    private final boolean skipInvalid;
    private final ImportStaging scratch;
    private final StagedImport staged;
    private final List<RowError> errors;
    private final int errorCount;
    private final int videos;

    ImportBatch(List<ParsedFile> files, boolean skipInvalid, ImportStaging scratch, StagedImport staged,
                RowErrors errors, int videos) {
        this.files = List.copyOf(files);
        this.skipInvalid = skipInvalid;
        this.scratch = scratch;
        this.staged = staged;
        this.errors = errors.listed();
        this.errorCount = errors.errors();
        this.videos = videos;
    }

    /** The files, in the order given. */
    public List<ParsedFile> files() {
        return files;
    }

    /** Whether bad rows, and samples differing from stored ones, are skipped rather than refused. */
    public boolean skipInvalid() {
        return skipInvalid;
    }

    /** The scratch database holding the good samples and their videos' metadata. */
    StagedImport staged() {
        return staged;
    }

    /** The first {@link RowErrors#LISTED} errors, file by file. */
    public List<RowError> errors() {
        return errors;
    }

    /** Errors beyond {@link #errors()}. */
    public int unlistedErrors() {
        return errorCount - errors.size();
    }

    /** Distinct videos in the good rows. */
    public int videos() {
        return videos;
    }

    /** Data rows read. */
    public int rows() {
        return files.stream().mapToInt(ParsedFile::rows).sum();
    }

    /** Rows with at least one error. */
    public int badRows() {
        return files.stream().mapToInt(ParsedFile::badRows).sum();
    }

    /** Samples of the good rows. */
    public int samples() {
        return files.stream().mapToInt(ParsedFile::samples).sum();
    }

    /** Deletes the scratch database. */
    @Override
    public void close() {
        scratch.close();
    }
}
