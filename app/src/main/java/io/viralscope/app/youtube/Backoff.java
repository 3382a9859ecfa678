package io.viralscope.app.youtube;

import io.viralscope.app.config.Settings;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before retrying a failed request (docs/architecture.md#errors-and-backoff): exponential, from 30 s after
 * {@code rateLimitExceeded} and from 1 s after a server error or a timeout, doubling with each failure, with up to
 * 50% random jitter added so that several pollers sharing a key do not retry in step. Jitter only lengthens a
 * wait: YouTube asks for at least 30 s after a rate limit.
 */
public final class Backoff {

    private final Settings.Retry retry;
    private final RandomGenerator random;

    /**
     * @param retry  the configured waits
     * @param random source of jitter
     */
    public Backoff(Settings.Retry retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    /** The wait after the {@code failures}-th failed attempt (1-based) of a batch, for that kind of failure. */
    public Duration delay(int failures, ApiProblem problem) {
        Duration base = problem == ApiProblem.RATE_LIMITED ? retry.rateLimitBackoff() : retry.firstBackoff();
        long millis = base.toMillis();
        for (int i = 1; i < failures && millis < retry.maxBackoff().toMillis(); i++) {
            millis *= 2;
        }
        long cap = Math.max(retry.maxBackoff().toMillis(), base.toMillis());
        millis = Math.min(millis, cap);
        long jitter = millis <= 1 ? 0 : (long) (random.nextDouble() * millis / 2);
        return Duration.ofMillis(Math.min(cap, millis + jitter));
    }
}
