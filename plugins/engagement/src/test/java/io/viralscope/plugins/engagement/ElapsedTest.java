package io.viralscope.plugins.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ElapsedTest {

    @Test
    void millisAreThoseOfADuration() {
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            long base = random.nextLong() % 4_000_000_000L;
            long span = switch (i % 4) {
                case 0 -> random.nextInt(1000) - 500;
                case 1 -> random.nextInt(400_000_000) - 200_000_000;
                case 2 -> random.nextLong() % 2_000_000_000L;
                default -> random.nextInt(3) - 1;
            };
            Instant from = Instant.ofEpochSecond(base, random.nextInt(1_000_000_000));
            Instant to = Instant.ofEpochSecond(base + span, i % 3 == 0 ? random.nextInt(1000) * 1_000_000
                    : random.nextInt(1_000_000_000));
            assertThat(Elapsed.millis(from, to)).as("%s to %s", from, to)
                    .isEqualTo(Duration.between(from, to).toMillis());
        }
    }

    @Test
    void truncatesTowardsZeroBothWays() {
        Instant from = Instant.ofEpochSecond(100, 900_000_000);
        assertThat(Elapsed.millis(from, Instant.ofEpochSecond(100, 901_999_999))).isEqualTo(1);
        assertThat(Elapsed.millis(Instant.ofEpochSecond(100, 901_999_999), from)).isEqualTo(-1);
        assertThat(Elapsed.millis(from, from)).isZero();
    }
}
