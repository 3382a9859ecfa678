package io.viralscope.app.cli;

import io.viralscope.app.youtube.Sleeper;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: the one place that reads the system clock and waits for real. It wires the process's real
 * streams, environment, home, clock, wait and JVM compilers into the {@link CliContext} that {@link Main} runs commands in; tests
 * and simulations build their own contexts instead, and benchmark harnesses take theirs from here.
 */
public final class CompositionRoot {

    /** Waiting for real; a context on a simulated clock advances the clock instead ({@link Sleeper#forClock}). */
    static final Sleeper REAL_WAIT = d -> Thread.sleep(Math.max(0, d.toMillis()));

    private CompositionRoot() {
    }

    /** The real process context: standard streams, environment, home directory, the system clock, real waiting. */
    public static CliContext systemContext() {
        return new CliContext(System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")),
                System.console() != null, Clock.systemUTC(), REAL_WAIT, QuickCompiler.HOTSPOT);
    }
}
