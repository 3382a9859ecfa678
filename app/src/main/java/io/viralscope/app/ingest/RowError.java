package io.viralscope.app.ingest;

import java.nio.file.Path;

/**
 * One bad row of an imported file.
 *
 * @param file    the file
 * @param line    1-based line number where the row starts (the header is line 1)
 * @param column  the offending column's name
 * @param problem what is wrong and what is expected, as a phrase
 */
public record RowError(Path file, long line, String column, String problem) {

    /** {@code file:line: column 'name': problem}, the form every import error is shown in. */
    public String describe() {
        return file.getFileName() + ":" + line + ": column '" + column + "': " + problem;
    }
}
