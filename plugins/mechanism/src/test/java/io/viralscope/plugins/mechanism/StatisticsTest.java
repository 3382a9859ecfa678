package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTest {

    /** Selecting gives the quantiles sorting gives, to the bit: ties, signed zeros and NaN included. */
    @Test
    void quantilesAreThoseOfTheSortedValues() {
        Random random = new Random(5);
        double[] special = {0.0, -0.0, Double.NaN, 1.0, -1.0};
        for (int trial = 0; trial < 20_000; trial++) {
            int count = random.nextInt(200);
            double[] values = new double[count + random.nextInt(5)];
            int kind = trial % 4;
            for (int i = 0; i < values.length; i++) {
                values[i] = kind == 0 ? random.nextGaussian()
                        : kind == 1 ? random.nextInt(5)
                        : kind == 2 ? (random.nextInt(30) == 0 ? special[random.nextInt(special.length)]
                                : random.nextDouble())
                        : Math.abs(random.nextGaussian()) * 1000;
            }
            double[] before = values.clone();
            for (double q : new double[] {0, 0.25, 0.5, 0.75, 1, random.nextDouble()}) {
                assertThat(Double.doubleToRawLongBits(Statistics.quantile(values, count, q))).as("trial %d q %s", trial, q)
                        .isEqualTo(Double.doubleToRawLongBits(sortedQuantile(values, count, q)));
            }
            assertThat(values).isEqualTo(before);
        }
    }

    @Test
    void selectPutsTheOrderStatisticInPlace() {
        Random random = new Random(3);
        for (int trial = 0; trial < 5_000; trial++) {
            double[] values = new double[1 + random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(trial % 2 == 0 ? 10 : 1_000_000);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(values.length);
            Statistics.select(values, k);
            assertThat(values[k]).isEqualTo(sorted[k]);
            for (int i = 0; i < values.length; i++) {
                assertThat(i < k ? values[i] <= values[k] : values[i] >= values[k]).isTrue();
            }
        }
    }

    private static double sortedQuantile(double[] values, int count, double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(values, count);
        Arrays.sort(s);
        double pos = q * (count - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(count - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
