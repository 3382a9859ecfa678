package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.testkit.KitSimulations;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** A paid push that fades exponentially (Bass with p >= q) is not read as a tastemaker's shock. */
class PushFadingTest {

    @Test
    void anExponentiallyFadingPushIsEvidenceOfExternalPushNotOfAShock() {
        int push = 0;
        int n = 30;
        for (int seed = 1; seed <= n; seed++) {
            Detection d = new MechanismDetector().detect(KitSimulations.of("bass-external-push", seed).series(),
                    DetectorContext.empty());
            Mechanism strongest = d.evidence().stream().max(Comparator.comparingDouble(MechanismEvidence::weight))
                    .map(MechanismEvidence::mechanism).orElse(null);
            if (strongest == Mechanism.EXTERNAL_PUSH) {
                push++;
                // the summary says the same, whatever class the shape alone suggests
                assertThat(d.summary()).startsWith("Outside push fading: views peaked on ")
                        .contains("decayed exponentially, not as a power law", "(class by shape alone: ");
            }
        }
        System.out.printf("bass-external-push read as external push by the mechanism detector: %d/%d%n", push, n);
        assertThat(push).isGreaterThanOrEqualTo(n * 8 / 10);
    }

    @Test
    void aSaturatingWordOfMouthCurveIsNotReadAsAPush() {
        int push = 0;
        int n = 30;
        for (String family : new String[] {"logistic", "gompertz", "bass-word-of-mouth"}) {
            for (int seed = 1; seed <= n; seed++) {
                Detection d = new MechanismDetector().detect(KitSimulations.of(family, seed).series(),
                        DetectorContext.empty());
                if (d.evidence().stream().anyMatch(e -> e.mechanism() == Mechanism.EXTERNAL_PUSH)) {
                    push++;
                }
            }
        }
        System.out.printf("smooth word-of-mouth curves read as external push: %d/%d%n", push, 3 * n);
        assertThat(push).isLessThanOrEqualTo(3 * n / 10);
    }
}
