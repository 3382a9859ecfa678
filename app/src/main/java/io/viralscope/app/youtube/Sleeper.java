package io.viralscope.app.youtube;

import java.time.Clock;
import java.time.Duration;

/**
 * Waiting, separated from the clock so tests and simulations can run days of polling in milliseconds: a
 * {@link Clock} that also implements {@code Sleeper} (a simulated clock) advances itself instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}, or less when the wait is cut short (a stop was requested).
     *
     * @throws InterruptedException when the thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /** The clock itself when it can sleep (simulated time), else {@code real}. */
    static Sleeper forClock(Clock clock, Sleeper real) {
        return clock instanceof Sleeper s ? s : real;
    }
}
