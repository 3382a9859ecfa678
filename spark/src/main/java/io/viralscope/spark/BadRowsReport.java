package io.viralscope.spark;

import io.viralscope.app.Counted;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;

/**
 * What reading the inputs found, printed as {@code viralscope import} prints it: each bad cell as
 * {@code file:line: column 'name': problem} (Parquet: {@code file:row N: ...}), a file that could not be read with
 * its sentence, then a line per file. Each file lists its first bad cells and counts the rest.
 */
final class BadRowsReport {

    private final List<FileReport> files;

    BadRowsReport(List<FileReport> reports) {
        // the pieces of one Parquet file add up to one line
        this.files = reports.stream().sorted(Comparator.comparingInt(FileReport::file)
                .thenComparingLong(FileReport::chunk)).toList();
    }

    long badRows() {
        return files.stream().mapToLong(FileReport::badRows).sum();
    }

    long refusedFiles() {
        return files.stream().filter(f -> f.refusal() != null).count();
    }

    long samples() {
        return files.stream().mapToLong(FileReport::samples).sum();
    }

    /** Lists the problems, each prefixed with {@code prefix} ("skipped " when the run goes on, else nothing). */
    void printProblems(PrintStream err, String prefix) {
        for (FileReport f : files) {
            if (f.refusal() != null) {
                err.println(prefix + f.refusal());
            }
            f.errors().forEach(e -> err.println(prefix + e));
            if (f.unlisted() > 0) {
                err.println(prefix + f.name() + ": ... and " + Counted.of(f.unlisted(), "more error")
                        + ", not listed (a file lists its first 1000).");
            }
        }
    }

    /** A line per file: its format, rows, good samples and bad rows, as import says them. */
    void printFiles(PrintStream out) {
        int i = 0;
        while (i < files.size()) {
            FileReport first = files.get(i);
            long rows = 0;
            long samples = 0;
            long bad = 0;
            int j = i;
            for (; j < files.size() && files.get(j).file() == first.file(); j++) {
                rows += files.get(j).rows();
                samples += files.get(j).samples();
                bad += files.get(j).badRows();
            }
            if (first.refusal() == null) {
                out.println(first.name() + ": " + first.format() + ", " + rows + " rows, " + samples + " good samples"
                        + (bad > 0 ? ", " + bad + " bad rows skipped" : ""));
            }
            i = j;
        }
    }
}
