package io.viralscope.app.youtube;

import io.viralscope.app.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Backoff per docs/architecture.md#errors-and-backoff: from 1 s doubling after server errors, at least 30 s after rate limits, jittered. */
class YoutubeBackoffTest {

    final Backoff backoff = new Backoff(Settings.Retry.DEFAULT, new SplittableRandom(42));

    @Test
    void serverErrorsDoubleFromOneSecondWithUpToHalfAddedAsJitter() {
        for (int n = 1; n <= 6; n++) {
            Duration base = Duration.ofSeconds(1L << (n - 1));
            assertThat(backoff.delay(n, ApiProblem.SERVER_ERROR)).isBetween(base, base.plus(base.dividedBy(2)));
            assertThat(backoff.delay(n, ApiProblem.NETWORK)).isBetween(base, base.plus(base.dividedBy(2)));
        }
    }

    @Test
    void rateLimitsWaitAtLeastThirtySecondsAndNeverMoreThanTheCap() {
        assertThat(backoff.delay(1, ApiProblem.RATE_LIMITED)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(45));
        assertThat(backoff.delay(2, ApiProblem.RATE_LIMITED)).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(90));
        assertThat(backoff.delay(10, ApiProblem.RATE_LIMITED)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterSpreadsTheWaits() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(backoff.delay(1, ApiProblem.RATE_LIMITED));
        }
        assertThat(seen).hasSizeGreaterThan(10);
    }
}
