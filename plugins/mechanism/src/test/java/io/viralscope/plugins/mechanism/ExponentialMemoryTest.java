package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExponentialMemoryTest {

    @Test
    void memoryMatchesTheDirectPowerLawSumOnEveryDay() {
        SplittableRandom random = new SplittableRandom(7);
        for (int days : new int[] {20, 90, 180, 400}) {
            double[] x = new double[days];
            for (int t = 0; t < days; t++) {
                x[t] = random.nextDouble(0, 10_000);
            }
            for (double theta : new double[] {0.05, 0.4, 1.5}) {
                ExponentialMemory fast = new ExponentialMemory(x, theta);
                for (double shift : new double[] {0.05, 0.7, 3, 20}) {
                    double[] exact = new MemoryKernel(theta, shift, days).memory(x);
                    double[] approximated = fast.memory(shift);
                    for (int t = 1; t < days; t++) {
                        assertThat(approximated[t]).as("days %d theta %s shift %s day %d", days, theta, shift, t)
                                .isCloseTo(exact[t], within(1e-6 * exact[t]));
                    }
                    assertThat(approximated[0]).isZero();
                }
            }
        }
    }

    @Test
    void responseMatchesTheDirectRecursion() {
        double[] drive = new double[365];
        drive[0] = 1;
        java.util.Arrays.fill(drive, 100, 120, 3.0);
        for (double theta : new double[] {0.2, 0.4, 1.166}) {
            double shift = 1.3;
            double n = 0.9;
            double[] exact = new MemoryKernel(theta, shift, drive.length).meanResponse(drive, n);
            double[] approximated = ExponentialMemory.response(drive, theta, shift,
                    n / MemoryKernel.normaliser(theta, shift));
            // the kernel's error (under 10^-6) is fed back, growing by up to 1/(1 − n) = 10
            for (int t = 0; t < drive.length; t++) {
                assertThat(approximated[t]).as("theta %s day %d", theta, t)
                        .isCloseTo(exact[t], within(1e-5 * exact[t]));
            }
        }
    }
}
