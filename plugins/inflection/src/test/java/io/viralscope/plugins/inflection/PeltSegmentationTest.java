package io.viralscope.plugins.inflection;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PeltSegmentationTest {

    private final SplittableRandom random = new SplittableRandom(21);

    @Test
    void aSteadyRampIsOneSegmentNotAStaircase() {
        double[] y = series(200, t -> 3 + 0.04 * t);
        int[] changes = segment(y, 0.1);
        assertThat(changes).isEmpty();
    }

    @Test
    void aChangeOfGrowthRateIsOneChange() {
        double[] y = series(120, t -> t < 60 ? 5 + 0.05 * t : 8 - 0.04 * (t - 60));
        int[] changes = segment(y, 0.1);
        assertThat(changes).hasSize(1);
        assertThat(changes[0]).isBetween(55, 65);
    }

    @Test
    void levelShiftsArePlacedOnTheirDay() {
        double[] y = series(150, t -> t < 50 ? 6 : t < 100 ? 7 : 6.3);
        assertThat(segment(y, 0.1)).containsExactly(50, 100);
    }

    @Test
    void workGrowsLinearlyWithTheNumberOfDaysWhenChangesRecur() {
        // PELT's promise (Killick et al. 2012, Theorem 3.2): with changes spread through the series, the expected
        // cost is linear in n. A level shift every 40 days, n from 1,000 to 8,000.
        double perDaySmall = evaluationsPerDay(1000);
        double perDayLarge = evaluationsPerDay(8000);
        System.out.printf("PELT segment costs per day: %.1f at n=1000, %.1f at n=8000%n", perDaySmall, perDayLarge);
        assertThat(perDayLarge).isLessThan(1.3 * perDaySmall);
        assertThat(perDayLarge).isLessThan(60);
    }

    private double evaluationsPerDay(int n) {
        double[] y = series(n, t -> 5 + ((t / 40) % 2 == 0 ? 0 : 1) + 0.01 * (t % 40));
        PiecewiseLinearCost cost = new PiecewiseLinearCost(y, PiecewiseLinearCostTest.ones(n));
        PeltSegmentation.Result result = PeltSegmentation.segment(cost, n, 3 * 0.01 * Math.log(n), 5);
        assertThat(result.changes().length).isBetween(n / 40 - 3, n / 40 + 3);
        return result.evaluations() / (double) n;
    }

    private int[] segment(double[] y, double sigma) {
        PiecewiseLinearCost cost = new PiecewiseLinearCost(y, PiecewiseLinearCostTest.ones(y.length));
        return PeltSegmentation.segment(cost, y.length, 3 * sigma * sigma * Math.log(y.length), 5).changes();
    }

    private double[] series(int n, java.util.function.IntToDoubleFunction level) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level.applyAsDouble(t) + 0.1 * random.nextGaussian();
        }
        return y;
    }
}
