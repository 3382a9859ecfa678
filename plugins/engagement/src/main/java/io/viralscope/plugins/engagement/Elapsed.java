package io.viralscope.plugins.engagement;

import java.time.Duration;
import java.time.Instant;

/**
 * Milliseconds between two instants, exactly as {@code Duration.between(from, to).toMillis()} (nanoseconds
 * truncated towards zero) but without building a {@link Duration}: the detector asks for every sample of every
 * series.
 */
final class Elapsed {

    /** Seconds apart below which the nanoseconds between the instants fit in a {@code long} with room to spare. */
    private static final long EXACT_SECONDS = 1_000_000_000L;

    private Elapsed() {
    }

    /** {@code Duration.between(from, to).toMillis()}. */
    static long millis(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (seconds > -EXACT_SECONDS && seconds < EXACT_SECONDS) {
            return (seconds * 1_000_000_000L + (to.getNano() - from.getNano())) / 1_000_000L;
        }
        return Duration.between(from, to).toMillis();
    }
}
