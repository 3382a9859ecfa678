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
 * @param skipped        bad rows left out (only with --skip-invalid); empty otherwise
 * @param differing      samples whose counts differ from those the store holds (left as stored; only with
 *                       --skip-invalid), as sentences
 */
public record ImportResult(List<ParsedFile> files, int rows, int added, int alreadyPresent, int videos,
                           List<RowError> skipped, List<String> differing) {
}
