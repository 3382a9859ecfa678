package io.viralscope.plugins.inflection;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    private static String formatted(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Test
    void oneDecimalWritesWhatTheFormatterWrites() {
        double[] edges = {0, -0.0, 0.05, -0.05, 0.04, -0.04, 1.45, -1.45, 0.25, 2.675, 12.0, 0.95, 9.96, -9.96,
                1e7 + 0.05, 1e8 + 0.25, 1e12, -1e15, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE};
        for (double v : edges) {
            assertThat(Numbers.oneDecimal(v)).as("%s", v).isEqualTo(formatted(v));
        }
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            // growth rates in percent a day, and ties of two and three decimals
            double v = i % 3 == 0 ? random.nextDouble(-300, 300)
                    : i % 3 == 1 ? random.nextInt(-30_000, 30_000) / 100.0 + 0.05 : random.nextInt(-3000, 3000) / 1000.0;
            assertThat(Numbers.oneDecimal(v)).as("%s", v).isEqualTo(formatted(v));
        }
    }

    /** How counts were written before 1.4.1, with a StringBuilder over {@link Long#toString}. */
    private static String countAsBefore(double v) {
        long n = Math.round(v);
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        if (n < 0) {
            b.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    @Test
    void countGroupsThousands() {
        assertThat(Numbers.count(52_684.5)).isEqualTo("52,685");
        assertThat(Numbers.count(0.4)).isEqualTo("0");
        assertThat(Numbers.count(-1234)).isEqualTo("-1,234");
        assertThat(Numbers.count(999_999.6)).isEqualTo("1,000,000");
        assertThat(Numbers.count(Double.NEGATIVE_INFINITY)).isEqualTo("-9,223,372,036,854,775,808");
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 100_000; i++) {
            double v = Math.pow(10, random.nextDouble(-1, 18.9)) * (i % 5 == 0 ? -1 : 1);
            assertThat(Numbers.count(v)).as("%s", v).isEqualTo(countAsBefore(v));
        }
    }

    @Test
    void dateIsTheInstantsUtcDay() {
        SplittableRandom random = new SplittableRandom(13);
        long[] edges = {0, -1, 86_399, 86_400, Instant.parse("1000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("0999-12-31T23:59:59Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond(),
                Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("-0001-06-01T00:00:00Z").getEpochSecond()};
        for (long s : edges) {
            Instant at = Instant.ofEpochSecond(s, 500);
            assertThat(Numbers.date(at)).as("%s", at).isEqualTo(at.toString().substring(0, 10));
        }
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-40_000_000_000L, 260_000_000_000L));
            assertThat(Numbers.date(at)).as("%s", at).isEqualTo(at.toString().substring(0, 10));
        }
        assertThat(Numbers.date(Instant.parse("2026-02-12T23:59:59Z"))).isEqualTo("2026-02-12");
    }
}
