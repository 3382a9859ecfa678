package io.viralscope.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountSamplerTest {

    private static final int DRAWS = 20_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 4, 12, 80, 3_000, 2e6, 5e8})
    void poissonHasItsMeanAndVariance(double mean) {
        CountSampler sampler = new CountSampler(new SplittableRandom(11));
        double[] moments = moments(() -> sampler.poisson(mean));
        assertThat(moments[0]).isCloseTo(mean, within(5 * Math.sqrt(mean / DRAWS)));
        assertThat(moments[1] / mean).isCloseTo(1.0, within(0.06));
    }

    @ParameterizedTest
    @CsvSource({"50, 20", "5000, 100", "1e7, 60"})
    void negativeBinomialHasVarianceLambdaPlusLambdaSquaredOverSize(double mean, double size) {
        CountSampler sampler = new CountSampler(new SplittableRandom(12));
        double[] moments = moments(() -> sampler.negativeBinomial(mean, size));
        double variance = mean + mean * mean / size;
        assertThat(moments[0]).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
        assertThat(moments[1] / variance).isCloseTo(1.0, within(0.08));
    }

    @ParameterizedTest
    @CsvSource({"20, 0.3", "1000, 0.01", "100000, 0.02", "1000000000000, 0.004", "50, 0.9"})
    void binomialHasItsMeanAndVarianceAndStaysWithinTrials(long n, double p) {
        CountSampler sampler = new CountSampler(new SplittableRandom(13));
        double mean = n * p;
        double variance = n * p * (1 - p);
        double[] moments = moments(() -> {
            long k = sampler.binomial(n, p);
            assertThat(k).isBetween(0L, n);
            return k;
        });
        assertThat(moments[0]).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
        assertThat(moments[1] / variance).isCloseTo(1.0, within(0.08));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.4, 1, 7.5, 150})
    void gammaHasMeanShapeTimesScale(double shape) {
        CountSampler sampler = new CountSampler(new SplittableRandom(14));
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += sampler.gamma(shape, 2.0);
        }
        assertThat(sum / DRAWS).isCloseTo(2.0 * shape, within(5 * 2.0 * Math.sqrt(shape / DRAWS)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 5, 19, 20, 21, 170, 100_000})
    void logFactorialMatchesTheSumOfLogs(long k) {
        double exact = 0;
        for (long i = 2; i <= k; i++) {
            exact += Math.log(i);
        }
        assertThat(CountSampler.logFactorial(k)).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
    }

    private interface Draw {
        long next();
    }

    /** Mean and variance of DRAWS draws. */
    private static double[] moments(Draw draw) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = draw.next();
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / DRAWS;
        return new double[] {mean, (sumSq - DRAWS * mean * mean) / (DRAWS - 1)};
    }
}
