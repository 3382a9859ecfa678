package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelaxationFitTest {

    @Test
    void recoversAnExactPowerLawAndPrefersItToAnExponential() {
        double[] y = new double[60];
        double[] w = new double[60];
        for (int i = 0; i < y.length; i++) {
            y[i] = 5000 * Math.pow(i + 1 + 1.5, -0.6);
            w[i] = 1 / (y[i] * y[i]);
        }
        RelaxationFit free = RelaxationFit.fit(y, w, Double.NaN);
        assertThat(free.exponent()).isCloseTo(0.6, within(0.01));
        assertThat(free.shift()).isCloseTo(1.5, within(0.1));
        assertThat(free.powerLawAdvantage()).isGreaterThan(10);
        RelaxationFit held = RelaxationFit.fit(y, w, 1.5);
        assertThat(held.exponent()).isCloseTo(0.6, within(1e-3));
        assertThat(held.powerLaw(3)).isCloseTo(y[2], within(1e-3 * y[2]));
    }

    @Test
    void prefersAnExponentialDecayThatIsOne() {
        double[] y = new double[40];
        double[] w = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = 8000 * Math.exp(-0.3 * (i + 1)) * (1 + 0.02 * Math.sin(7 * i));
            w[i] = 1 / (y[i] * y[i]);
        }
        RelaxationFit fit = RelaxationFit.fit(y, w, 1.0);
        assertThat(fit.decayRate()).isCloseTo(0.3, within(0.01));
        assertThat(fit.powerLawAdvantage()).isNegative();
    }

    @Test
    void needsFourWeightedDays() {
        double[] w = new double[10];
        Arrays.fill(w, 0, 3, 1.0);
        assertThat(RelaxationFit.fit(new double[10], w, Double.NaN)).isNull();
    }
}
