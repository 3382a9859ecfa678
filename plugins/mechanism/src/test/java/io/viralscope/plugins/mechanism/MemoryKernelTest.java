package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MemoryKernelTest {

    @Test
    void normaliserMatchesTheBruteForceSum() {
        for (double theta : new double[] {0.2, 0.4, 1.166}) {
            for (double shift : new double[] {0.05, 1, 10.557}) {
                double sum = 0;
                for (int tau = 1; tau <= 2_000_000; tau++) {
                    sum += Math.pow(tau + shift, -(1 + theta));
                }
                sum += Math.pow(2_000_000.5 + shift, -theta) / theta;  // the integral tail, far beyond
                assertThat(MemoryKernel.normaliser(theta, shift)).as("theta %s shift %s", theta, shift)
                        .isCloseTo(sum, within(1e-9 * sum));
            }
        }
    }

    @Test
    void weightsDecayAsAPowerLaw() {
        MemoryKernel k = new MemoryKernel(0.4, 1.0, 400);
        assertThat(k.at(9) / k.at(99)).isCloseTo(Math.pow(100.0 / 10.0, 1.4), within(1e-9));
    }

    @Test
    void meanResponseOfAnImpulseAddsUpTowardsOneOverOneMinusN() {
        MemoryKernel k = new MemoryKernel(0.4, 1.0, 3000);
        double[] drive = new double[3001];
        drive[0] = 1;
        double total = 0;
        for (double m : k.meanResponse(drive, 0.3)) {
            total += m;
        }
        // the power-law tail converges slowly: within 3000 days nearly all of 1/(1 − 0.3)
        assertThat(total).isBetween(1.38, 1 / 0.7);
        double[] memory = k.memory(new double[] {10, 0, 0});
        assertThat(memory[1]).isCloseTo(10 * k.at(1), within(1e-12));
        assertThat(memory[2]).isCloseTo(10 * k.at(2), within(1e-12));
    }
}
