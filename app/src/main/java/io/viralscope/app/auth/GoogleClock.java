package io.viralscope.app.auth;

import java.time.Clock;

/**
 * The one clock, as the OAuth library asks for it: token expiry is judged by the injected clock, so tests with a
 * simulated clock see tokens expire when their time says so, and no library code reads the system clock for it.
 */
final class GoogleClock implements com.google.api.client.util.Clock {

    private final Clock clock;

    GoogleClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeMillis() {
        return clock.millis();
    }
}
