package io.viralscope.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What reading one input file (or one piece of a Parquet file) found, for the driver to print as {@code import}
 * does.
 *
 * @param file     the file's index among the inputs
 * @param chunk    the piece of the file, 0 for a CSV file
 * @param name     the file's name for messages
 * @param format   the recognised format ("Viralscope CSV", "YouTube Studio export", "Parquet")
 * @param rows     data rows read
 * @param samples  good samples
 * @param badRows  rows with at least one error
 * @param errors   the first bad cells, each as {@code file:line: column 'name': problem}
 * @param unlisted bad cells beyond {@code errors}
 * @param refusal  the sentence saying why the whole file could not be read, or {@code null}
 */
record FileReport(int file, long chunk, String name, String format, long rows, long samples, long badRows,
                  List<String> errors, long unlisted, String refusal) implements Serializable {

    /** A file that could not be read at all. */
    static FileReport refused(InputFile f, String sentence) {
        return new FileReport(f.index(), 0, f.name(), "", 0, 0, 0, List.of(), 0, sentence);
    }
}
