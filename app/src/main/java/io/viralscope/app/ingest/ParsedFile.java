package io.viralscope.app.ingest;

import java.nio.file.Path;

/**
 * A file read and checked, before anything is written: what it held (its good samples are in the import's
 * scratch database, its bad rows in the import's error list).
 *
 * @param file    the file
 * @param format  the recognised format's name, for messages
 * @param rows    data rows read
 * @param samples samples from the good rows
 * @param badRows number of distinct rows with at least one error
 */
public record ParsedFile(Path file, String format, int rows, int samples, int badRows) {
}
