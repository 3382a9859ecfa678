package io.viralscope.app.cli;

import io.viralscope.app.ingest.ImportProgress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One line on the terminal's standard error for a big import, rewritten in place as each whole percent of a file
 * is read ({@code Checking big.csv: 1,234,567 rows, 45%}), so it changes at most a hundred times a file whatever
 * the file's size. Small files, which read in a moment, show nothing. Only used when a person is watching.
 */
final class ImportProgressLine implements ImportProgress {

    /** Files smaller than this read in well under a second: no line for them. */
    static final long BIG_FILE = 16L << 20;

    private final PrintStream err;
    private Path shown;
    private long percentShown = -1;
    private boolean anyShown;

    ImportProgressLine(PrintStream err) {
        this.err = err;
    }

    @Override
    public void reading(Path file, long rows, long bytesRead, long size) {
        if (size < BIG_FILE) {
            return;
        }
        long percent = Math.min(99, bytesRead * 100 / size);
        if (file.equals(shown) && percent == percentShown) {
            return;
        }
        shown = file;
        percentShown = percent;
        anyShown = true;
        err.print(String.format(Locale.ROOT, "\rChecking %s: %,d rows, %d%%", file.getFileName(), rows, percent));
        err.flush();
    }

    @Override
    public void read(Path file, long rows) {
        if (file.equals(shown)) {
            err.println(String.format(Locale.ROOT, "\rChecking %s: %,d rows, done", file.getFileName(), rows));
            shown = null;
            percentShown = -1;
        }
    }

    /** Reading stopped at an error: ends the line, so the error's sentence starts on a line of its own. */
    void stopped() {
        if (shown != null) {
            err.println();
            shown = null;
            percentShown = -1;
        }
    }

    @Override
    public void writing(long samples) {
        if (anyShown) {
            err.println(String.format(Locale.ROOT, "Writing %,d samples into the store", samples));
        }
    }
}
