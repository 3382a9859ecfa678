package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SelfExcitingFitTest {

    @Test
    void recoversTheParametersOfANoiseFreeShockedCascade() {
        for (double n : new double[] {0.3, 0.97}) {
            int days = 90;
            double[] drive = new double[days];
            Arrays.fill(drive, 200);
            drive[30] += 40_000;
            double[] x = new MemoryKernel(0.4, 1.2, days).meanResponse(drive, n);
            boolean[] usable = new boolean[days];
            Arrays.fill(usable, true);
            SelfExcitingFit fit = SelfExcitingFit.fit(x, usable, 30, 0.4);
            assertThat(fit.branchingRatio()).as("n for %s", n).isCloseTo(n, within(0.005));
            assertThat(fit.shift()).isCloseTo(1.2, within(0.05));
            assertThat(fit.background()).isCloseTo(200, within(2.0));
            assertThat(fit.impulse()).isCloseTo(40_000, within(400.0));
            // the background alone, without the shock, is the model run on μ only
            assertThat(fit.backgroundResponse(days)[60]).isLessThan(x[60]);
        }
    }

    @Test
    void needsFourUsableDays() {
        boolean[] usable = new boolean[20];
        Arrays.fill(usable, 0, 4, true);
        assertThat(SelfExcitingFit.fit(new double[20], usable, 2, 0.4)).isNull();
    }
}
