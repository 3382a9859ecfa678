package io.viralscope.app.ingest;

import io.viralscope.app.Counted;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;

import java.util.List;

/** Rows failed the checks and nothing was imported; {@link #errors()} lists each bad cell. */
public final class InvalidRowsException extends UserError {
    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    InvalidRowsException(List<RowError> errors, int badRows, int goodRows) {
        super(ExitCodes.BAD_INPUT, "Nothing was imported: " + badRows + " row" + (badRows == 1 ? " has" : "s have")
                + " errors (listed above); fix them" + (goodRows == 0 ? ", as no row is good."
                : ", or run again with --skip-invalid to import the " + Counted.of(goodRows, "good row") + "."));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
