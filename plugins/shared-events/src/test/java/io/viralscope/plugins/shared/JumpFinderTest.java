package io.viralscope.plugins.shared;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JumpFinderTest {

    /** The rising Theil–Sen slope is the median of all the week's pairwise slopes, sorted, when that is positive. */
    @Test
    void risingSlopeIsThePositiveMedianOfAllPairwiseSlopes() {
        Random random = new Random(13);
        double[] scratch = new double[21];
        for (int trial = 0; trial < 20_000; trial++) {
            double[] y = new double[8];
            boolean[] usable = new boolean[8];
            double trend = random.nextGaussian() * 0.1;
            for (int k = 0; k < 8; k++) {
                // coarse values give ties, including between slopes on either side of zero
                y[k] = trial % 3 == 0 ? random.nextInt(4) : 5 + trend * k + random.nextGaussian() * 0.2;
                usable[k] = random.nextInt(6) > 0;
            }
            double expected = Math.max(0, sortedMedianOfSlopes(y, usable, 7));
            assertThat(Math.max(0, JumpFinder.risingSlope(y, usable, 7, scratch))).as("trial %d", trial)
                    .isEqualTo(expected);
        }
    }

    @Test
    void smallestKeepsTheSmallestValuesSorted() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            int count = 1 + random.nextInt(21);
            int keep = 1 + random.nextInt(count);
            double[] a = new double[count];
            for (int i = 0; i < count; i++) {
                a[i] = random.nextInt(10);
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            assertThat(Arrays.copyOf(JumpFinder.smallest(a, count, keep), keep))
                    .containsExactly(Arrays.copyOf(sorted, keep));
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
