package io.viralscope.plugins.engagement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WilsonIntervalTest {

    @Test
    void matchesPublishedValues() {
        // Brown, Cai & DasGupta (2001) and any textbook: 5 of 10 gives 0.2366–0.7634, 0 of 10 gives 0–0.2775.
        WilsonInterval half = WilsonInterval.of95(5, 10);
        assertThat(half.low()).isCloseTo(0.2366, within(1e-4));
        assertThat(half.high()).isCloseTo(0.7634, within(1e-4));
        WilsonInterval none = WilsonInterval.of95(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
        WilsonInterval all = WilsonInterval.of95(10, 10);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.7225, within(1e-4));
    }

    @Test
    void staysNarrowAndFiniteAtATrillionTrials() {
        WilsonInterval w = WilsonInterval.of95(2e10, 1e12);
        assertThat(w.low()).isLessThan(0.02).isGreaterThan(0.02 - 1e-6);
        assertThat(w.high()).isGreaterThan(0.02).isLessThan(0.02 + 1e-6);
    }
}
