package io.viralscope.plugins.inflection;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NoiseScaleTest {

    @Test
    void recoversGaussianNoiseDespiteATrendAndAJump() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[400];
        double[] w = PiecewiseLinearCostTest.ones(400);
        for (int t = 0; t < y.length; t++) {
            y[t] = 4 + 0.03 * t + (t >= 200 ? 2 : 0) + 0.2 * random.nextGaussian();
        }
        assertThat(NoiseScale.of(new DailyIncrements(y, y, w, 400))).isCloseTo(0.2, within(0.03));
    }

    @Test
    void medianByQuickselectAgreesWithSorting() {
        SplittableRandom random = new SplittableRandom(8);
        for (int m = 1; m <= 60; m++) {
            double[] values = new double[m + 5];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(7) == 0 ? 1.5 : random.nextGaussian();
            }
            double[] sorted = java.util.Arrays.copyOf(values, m);
            java.util.Arrays.sort(sorted);
            double expected = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
            assertThat(NoiseScale.median(values, m)).as("m=%d", m).isEqualTo(expected);
        }
    }

    @Test
    void aNoiselessSeriesGetsTheFloor() {
        double[] y = new double[50];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 0.1 * t;
        }
        assertThat(NoiseScale.of(new DailyIncrements(y, y, PiecewiseLinearCostTest.ones(50), 50)))
                .isEqualTo(NoiseScale.FLOOR);
    }
}
