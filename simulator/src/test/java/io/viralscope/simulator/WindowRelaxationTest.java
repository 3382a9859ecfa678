package io.viralscope.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WindowRelaxationTest {

    @Test
    void recoversTheExponentOfAPowerLawAboveABackground() {
        int days = 60;
        int peak = 10;
        double shift = 1.3;
        double[] background = new double[days];
        double[] mean = new double[days];
        for (int t = 0; t < days; t++) {
            background[t] = 50 + t;
            mean[t] = background[t] + (t > peak ? 1e5 * Math.pow(t - peak + shift, -1.37) : 0);
        }
        mean[peak] += 1e5;
        assertThat(WindowRelaxation.exponent(mean, background, peak, shift, 100)).isCloseTo(1.37, within(1e-6));
        assertThat(WindowRelaxation.exponent(mean, background, peak, shift, Double.POSITIVE_INFINITY))
                .isCloseTo(1.37, within(1e-6));
    }

    @Test
    void daysBuriedInBackgroundCountLittle() {
        int days = 60;
        double[] background = new double[days];
        double[] mean = new double[days];
        for (int t = 0; t < days; t++) {
            background[t] = 1e4;
            // the burst's own decay is 0.6 for ten days; later a bump of two views a day rides on 10,000
            double excess = t < 10 ? 1e5 * Math.pow(t + 1, -0.6) : 2;
            mean[t] = background[t] + excess;
        }
        assertThat(WindowRelaxation.exponent(mean, background, -1, 0, 100)).isCloseTo(0.6, within(0.02));
    }

    @Test
    void needsThreeDaysAfterThePeak() {
        double[] mean = {1, 100, 10, 5};
        double[] background = {1, 1, 1, 1};
        assertThat(WindowRelaxation.exponent(mean, background, 1, 1, 100)).isNull();
    }
}
