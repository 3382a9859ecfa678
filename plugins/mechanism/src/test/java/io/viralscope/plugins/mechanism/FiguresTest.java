package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    /** The text is the formatter's, character for character, over the magnitudes sentences show and beyond. */
    @Test
    void fixedWritesWhatTheFormatterWrites() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300_000; trial++) {
            double v = Math.pow(10, -5 + 13 * random.nextDouble()) * (random.nextInt(4) == 0 ? -1 : 1);
            assertSame(v);
        }
    }

    /** Halves in the shortest digits round up (0.15 is 0.1499… as a double, yet both write 0.2), carries and all. */
    @Test
    void fixedRoundsTheShortestDigitsHalfUp() {
        for (int units = 0; units < 200_000; units++) {
            for (int scale = 1; scale <= 1_000; scale *= 10) {
                double v = units / (2.0 * scale);
                assertSame(v);
                assertSame(-v);
                assertSame(Math.nextUp(v));
                assertSame(Math.nextDown(v));
            }
        }
        assertThat(Figures.fixed(0.15, 1)).isEqualTo("0.2");
        assertThat(Figures.fixed(0.05, 2)).isEqualTo("0.05");
        assertThat(Figures.fixed(2.5, 0)).isEqualTo("3");
        assertThat(Figures.fixed(1234.5678, 3)).isEqualTo("1234.568");
        assertThat(Figures.fixed(9.96, 1)).isEqualTo("10.0");
        assertThat(Figures.fixed(-0.04, 1)).isEqualTo(String.format(Locale.ROOT, "%.1f", -0.04));
    }

    @Test
    void fixedLeavesNonFiniteValuesToTheFormatter() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0}) {
            assertSame(v);
        }
    }

    @Test
    void utcDayIsTheDateOfTheInstantAtUtc() {
        Random random = new Random(2);
        for (int trial = 0; trial < 100_000; trial++) {
            Instant at = Instant.ofEpochSecond(random.nextLong() % 4_000_000_000L, random.nextInt(1_000_000_000));
            assertThat(Figures.utcDay(at)).isEqualTo(at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        assertThat(Figures.date(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo("1969-12-31");
    }

    private static void assertSame(double v) {
        for (int decimals = 0; decimals <= 3; decimals++) {
            assertThat(Figures.fixed(v, decimals)).as("%s with %d decimals", v, decimals)
                    .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
        }
    }
}
