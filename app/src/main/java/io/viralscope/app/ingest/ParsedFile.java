package io.viralscope.app.ingest;

import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.VideoMetadata;

import java.nio.file.Path;
import java.util.List;

/**
 * A file read and checked, before anything is written: its good samples and the bad rows.
 *
 * @param file     the file
 * @param format   the recognised format's name, for messages
 * @param rows     data rows read
 * @param videos   metadata of the videos in the good rows
 * @param samples  samples from the good rows
 * @param errors   every bad row, in file order
 * @param badRows  number of distinct rows with at least one error
 */
public record ParsedFile(Path file, String format, int rows, List<VideoMetadata> videos, List<NewSample> samples,
                         List<RowError> errors, int badRows) {
}
