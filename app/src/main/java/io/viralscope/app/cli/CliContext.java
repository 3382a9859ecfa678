package io.viralscope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may use from the world outside: its output streams, environment, home directory, whether a
 * person watches a terminal, and the one clock. Tests run commands in-process with their own context.
 *
 * @param out         standard output
 * @param err         standard error (messages, progress)
 * @param env         environment variables (YOUTUBE_API_KEY)
 * @param home        the user's home directory
 * @param interactive true when a terminal is attached (progress bars shown)
 * @param clock       the clock
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path home, boolean interactive,
                         Clock clock) {

    /** The real process context. */
    public static CliContext system() {
        return new CliContext(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null, Clock.systemUTC());
    }
}
