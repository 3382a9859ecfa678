package io.viralscope.app.store;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;

/**
 * The store could not be opened, read or written: the message is one plain sentence naming the file, what is
 * wrong and what to do (never SQLite's or Flyway's own wording alone). Exit code 2, like any other bad input.
 */
public class StoreException extends UserError {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(ExitCodes.BAD_INPUT, message, cause);
    }

    /** A store failure with another exit code (a PostgreSQL server that cannot be reached: 3). */
    public StoreException(int exitCode, String message, Throwable cause) {
        super(exitCode, message, cause);
    }
}
