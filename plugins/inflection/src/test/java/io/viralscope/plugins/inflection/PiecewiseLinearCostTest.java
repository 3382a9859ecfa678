package io.viralscope.plugins.inflection;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PiecewiseLinearCostTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(5);

    @Test
    void costIsTheResidualSumOfSquaresOfTheLeastSquaresLine() {
        double[] y = noisy(60, 20.0);
        double[] w = ones(60);
        w[17] = 0;
        w[18] = 0;
        PiecewiseLinearCost cost = new PiecewiseLinearCost(y, w);
        for (int[] range : new int[][] {{0, 60}, {3, 12}, {10, 30}, {15, 22}, {40, 43}}) {
            assertThat(cost.cost(range[0], range[1])).isCloseTo(bruteForceLineRss(y, w, range[0], range[1]),
                    within(1e-7));
        }
        assertThat(cost.cost(16, 20)).as("two usable days fit a line exactly").isZero();
    }

    @Test
    void batchCostsMatchSingleCosts() {
        double[] y = noisy(80, 12.0);
        for (double[] w : new double[][] {ones(80), withHole(ones(80), 30)}) {
            PiecewiseLinearCost cost = new PiecewiseLinearCost(y, w);
            int[] starts = {0, 5, 20, 41, 60};
            double[] base = new double[81];
            for (int i = 0; i < base.length; i++) {
                base[i] = 0.01 * i;
            }
            double[] out = new double[starts.length];
            int best = cost.addCostsEndingAt(70, starts, starts.length, base, out);
            int expected = 0;
            for (int i = 0; i < starts.length; i++) {
                assertThat(out[i]).isCloseTo(base[starts[i]] + cost.cost(starts[i], 70), within(1e-9));
                if (out[i] < out[expected]) {
                    expected = i;
                }
            }
            assertThat(best).isEqualTo(expected);
        }
    }

    @Test
    void aStraightLineCostsNothingAtATrillionViews() {
        double[] y = new double[100];
        for (int t = 0; t < y.length; t++) {
            y[t] = Math.log1p(1e12) + 0.01 * t;
        }
        PiecewiseLinearCost cost = new PiecewiseLinearCost(y, ones(100));
        assertThat(cost.cost(0, 100)).isCloseTo(0, within(1e-9));
        assertThat(cost.line(10, 20)[0]).isCloseTo(0.01, within(1e-9));
        assertThat(cost.line(10, 20)[1]).isCloseTo(y[10], within(1e-9));
        assertThat(cost.line(10, 20)[2]).isCloseTo(y[19], within(1e-9));
    }

    @Test
    void hingeRecoversTwoRatesMeetingAtTheKink() {
        double[] y = new double[50];
        for (int t = 0; t < y.length; t++) {
            y[t] = 5 + (t <= 20 ? 0.05 * t : 0.05 * 20 - 0.1 * (t - 20));
        }
        PiecewiseLinearCost cost = new PiecewiseLinearCost(y, ones(50));
        double[] fit = new double[4];
        assertThat(cost.hinge(0, 20, 50, fit)).isTrue();
        assertThat(fit[0]).isCloseTo(0.05, within(1e-9));
        assertThat(fit[1]).isCloseTo(-0.1, within(1e-9));
        assertThat(fit[2]).isCloseTo(y[20], within(1e-9));
        assertThat(fit[3]).isCloseTo(0, within(1e-9));
        assertThat(cost.hinge(0, 25, 50, fit)).isTrue();
        assertThat(fit[3]).isGreaterThan(0.01);
    }

    private static double bruteForceLineRss(double[] y, double[] w, int a, int b) {
        double sw = 0, st = 0, sy = 0;
        for (int t = a; t < b; t++) {
            sw += w[t];
            st += w[t] * t;
            sy += w[t] * y[t];
        }
        double mt = st / sw;
        double my = sy / sw;
        double stt = 0, sty = 0;
        for (int t = a; t < b; t++) {
            stt += w[t] * (t - mt) * (t - mt);
            sty += w[t] * (t - mt) * (y[t] - my);
        }
        double slope = sty / stt;
        double rss = 0;
        for (int t = a; t < b; t++) {
            double r = y[t] - my - slope * (t - mt);
            rss += w[t] * r * r;
        }
        return rss;
    }

    static double[] noisy(int n, double level) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = level + 0.02 * t + 0.1 * RANDOM.nextGaussian();
        }
        return y;
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private static double[] withHole(double[] w, int at) {
        w[at] = 0;
        return w;
    }
}
