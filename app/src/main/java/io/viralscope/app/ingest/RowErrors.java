package io.viralscope.app.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad rows of an import: all of them counted, the first {@link #LISTED} errors (in file and line order) kept
 * to be listed, so a file of millions of bad rows costs no more memory than one of a thousand. Errors may arrive a
 * little out of line order (a repeated row is found when its batch is staged); they are listed in order all the
 * same. Thread-safe: a file's rows are checked on one thread and staged on another.
 */
final class RowErrors {

    /** How many errors an import lists; the rest are counted. */
    static final int LISTED = 1000;

    private record Entry(int fileIndex, long seq, RowError error) {
    }

    private final List<Entry> kept = new ArrayList<>();
    private long seq;
    private int errors;
    private int badRows;

    /** One bad row of the file at {@code fileIndex}, with its errors in column order. */
    synchronized void badRow(int fileIndex, List<RowError> rowErrors) {
        badRows++;
        for (RowError e : rowErrors) {
            errors++;
            keep(new Entry(fileIndex, seq++, e));
        }
    }

    private void keep(Entry e) {
        int at = kept.size();
        while (at > 0 && before(e, kept.get(at - 1))) {
            at--;
        }
        if (at < LISTED) {
            kept.add(at, e);
            if (kept.size() > LISTED) {
                kept.remove(kept.size() - 1);
            }
        }
    }

    private static boolean before(Entry a, Entry b) {
        if (a.fileIndex() != b.fileIndex()) {
            return a.fileIndex() < b.fileIndex();
        }
        if (a.error().line() != b.error().line()) {
            return a.error().line() < b.error().line();
        }
        return a.seq() < b.seq();
    }

    /** The errors kept for listing, in file and line order. */
    synchronized List<RowError> listed() {
        return kept.stream().map(Entry::error).toList();
    }

    /** Every error, listed or not. */
    synchronized int errors() {
        return errors;
    }

    /** Rows with at least one error. */
    synchronized int badRows() {
        return badRows;
    }
}
