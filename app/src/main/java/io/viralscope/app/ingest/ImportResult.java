package io.viralscope.app.ingest;

import java.util.List;

/**
 * What an import did.
 *
 * @param files          files read, in order
 * @param rows           data rows read
 * @param added          samples newly stored
 * @param alreadyPresent good samples the store already held (re-imports change nothing)
 * @param videos         distinct videos in the good rows
 * @param skipped        bad rows left out (only with --skip-invalid), the first {@link RowErrors#LISTED} errors;
 *                       empty otherwise
 * @param unlistedSkipped errors of skipped rows beyond those in {@code skipped}
 * @param differing      samples whose counts differ from those the store holds (left as stored; only with
 *                       --skip-invalid), as sentences, the first {@link RowErrors#LISTED}
 * @param differingCount every such sample, listed or not
 */
public record ImportResult(List<ParsedFile> files, int rows, int added, int alreadyPresent, int videos,
                           List<RowError> skipped, int unlistedSkipped, List<String> differing, int differingCount) {
}
