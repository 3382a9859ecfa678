package io.viralscope.app.cli;

import io.viralscope.app.youtube.Sleeper;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command may use from the world outside: its output streams, environment, home directory, whether a
 * person watches a terminal, the one clock and the one way to wait. Tests run commands in-process with their own
 * context; {@link CompositionRoot#systemContext()} makes the real one.
 *
 * @param out         standard output
 * @param err         standard error (messages, progress)
 * @param env         environment variables (YOUTUBE_API_KEY)
 * @param home        the user's home directory
 * @param interactive true when a terminal is attached (progress bars shown)
 * @param clock       the clock
 * @param sleeper     how to wait (a simulated clock that is also a {@link Sleeper} advances instead)
 * @param compilers   how a report keeps this process to the JVM's quick compiler ({@link CompilerChoice}): the
 *                    real process's JVM, or nothing in a test's
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path home, boolean interactive,
                         Clock clock, Sleeper sleeper, QuickCompiler compilers) {

    /** A context that leaves the JVM's compilers as they are (tests, simulations). */
    public CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path home, boolean interactive,
                      Clock clock, Sleeper sleeper) {
        this(out, err, env, home, interactive, clock, sleeper, QuickCompiler.UNCHANGED);
    }

    /** A context whose sleeper is the clock itself when it can sleep (simulated time), else real waiting. */
    public CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path home, boolean interactive,
                      Clock clock) {
        this(out, err, env, home, interactive, clock, Sleeper.forClock(clock, CompositionRoot.REAL_WAIT));
    }

    /**
     * Where Viralscope keeps what it can always make again (kept reports): {@code $XDG_CACHE_HOME/viralscope}, else
     * {@code ~/.cache/viralscope}.
     */
    public Path cacheDir() {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("viralscope");
    }

}
