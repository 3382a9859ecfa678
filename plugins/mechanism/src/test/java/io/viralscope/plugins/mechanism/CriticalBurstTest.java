package io.viralscope.plugins.mechanism;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CriticalBurstTest {

    private static final Instant PEAK = Instant.parse("2026-03-21T00:00:00Z");

    private static Detection with(CascadeClass k) {
        Detection.Builder d = Detection.ok(new MechanismDetector()).summary("s.");
        CriticalBurst.add(d, k, PEAK, 0.97);
        return d.build();
    }

    @Test
    void aCriticalBurstIsABreakoutSignalAtItsPeak() {
        assertThat(with(CascadeClass.ENDOGENOUS_CRITICAL).breakouts()).containsExactly(new BreakoutSignal(
                BreakoutSignal.Kind.CRITICAL_BURST, PEAK,
                "the dynamics are endogenous-critical (branching ratio 0.97), a cascade that feeds itself."));
        assertThat(with(CascadeClass.EXOGENOUS_CRITICAL).breakouts()).hasSize(1);
    }

    @Test
    void subcriticalDynamicsAreNone() {
        assertThat(with(CascadeClass.EXOGENOUS_SUBCRITICAL).breakouts()).isEmpty();
        assertThat(with(CascadeClass.ENDOGENOUS_SUBCRITICAL).breakouts()).isEmpty();
    }
}
