package io.viralscope.app.ingest;

import io.viralscope.app.Counted;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;

import java.util.List;

/**
 * Rows failed the checks and nothing was imported; {@link #errors()} lists each bad cell (the first
 * {@link RowErrors#LISTED} of them), {@link #unlisted()} counts the rest.
 */
public final class InvalidRowsException extends UserError {
    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;
    private final int unlisted;

    InvalidRowsException(List<RowError> errors, int unlisted, int badRows, int goodRows) {
        super(ExitCodes.BAD_INPUT, "Nothing was imported: " + badRows + " row" + (badRows == 1 ? " has" : "s have")
                + " errors (listed above); fix them" + (goodRows == 0 ? ", as no row is good."
                : ", or run again with --skip-invalid to import the " + Counted.of(goodRows, "good row") + "."));
        this.errors = List.copyOf(errors);
        this.unlisted = unlisted;
    }

    public List<RowError> errors() {
        return errors;
    }

    /** Errors beyond those listed. */
    public int unlisted() {
        return unlisted;
    }

    /** The line that follows a list cut short: how many errors it leaves out. */
    public static String unlistedLine(int unlisted) {
        return "... and " + Counted.of(unlisted, "more error") + ", not listed (an import lists its first "
                + RowErrors.LISTED + ").";
    }
}
