package io.viralscope.app;

/** The process exit codes (docs/architecture.md#exit-codes); scripts rely on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;
    public static final int YOUTUBE_API = 3;
    /** A PostgreSQL store whose server cannot be reached: like the API, a service that may come back later. */
    public static final int STORE_UNREACHABLE = 3;
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
