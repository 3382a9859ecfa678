package io.viralscope.app;

/**
 * A failure the user can fix: its message is one plain sentence saying what went wrong and what to do, and it
 * carries the documented exit code (docs/architecture.md#exit-codes). Anything else that escapes a command is an internal error.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A problem with a file, id, CSV row or configuration value (exit code 2). */
    public static UserError badInput(String message) {
        return new UserError(ExitCodes.BAD_INPUT, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
