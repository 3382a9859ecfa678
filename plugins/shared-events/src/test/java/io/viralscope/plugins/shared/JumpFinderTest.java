package io.viralscope.plugins.shared;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JumpFinderTest {

    /**
     * The sliding window's median is, day after day, the median of all the week's pairwise slopes sorted afresh
     * (equal as numbers; only the sign of a zero may differ, which a rising slope never reads).
     */
    @Test
    void slidingSlopesGiveTheMedianOfEachWeeksSortedSlopes() {
        Random random = new Random(13);
        for (int trial = 0; trial < 3_000; trial++) {
            int n = 8 + random.nextInt(60);
            double[] y = new double[n];
            boolean[] usable = new boolean[n];
            double trend = random.nextGaussian() * 0.1;
            for (int k = 0; k < n; k++) {
                // coarse values give ties, including between slopes on either side of zero
                y[k] = trial % 3 == 0 ? random.nextInt(4) : 5 + trend * k + random.nextGaussian() * 0.2;
                usable[k] = random.nextInt(trial % 2 == 0 ? 6 : 2) > 0;
            }
            SlopeWindow window = new SlopeWindow(y, usable);
            for (int k = 7; k < n; k++) {
                if (k > window.end()) {
                    window.advance();
                }
                double expected = sortedMedianOfSlopes(y, usable, k);
                assertThat(window.median() == expected).as("trial %d day %d: %s, not %s", trial, k, window.median(),
                        expected).isTrue();
            }
        }
    }

    @Test
    void weekdaysFollowTheCalendar() {
        for (LocalDate first : new LocalDate[] {LocalDate.of(1969, 12, 25), LocalDate.of(1970, 1, 1),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 12, 6)}) {
            int[] weekday = JumpFinder.weekdays(first.toEpochDay(), 10);
            for (int k = 0; k < 10; k++) {
                assertThat(weekday[k]).isEqualTo(first.plusDays(k).getDayOfWeek().getValue()
                        - DayOfWeek.MONDAY.getValue());
            }
        }
    }

    private static double sortedMedianOfSlopes(double[] y, boolean[] usable, int k) {
        double[] slopes = new double[21];
        int m = 0;
        for (int i = k - 7; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (usable[i] && usable[j]) {
                    slopes[m++] = (y[j] - y[i]) / (j - i);
                }
            }
        }
        if (m == 0) {
            return 0;
        }
        double[] s = Arrays.copyOf(slopes, m);
        Arrays.sort(s);
        return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
    }
}
