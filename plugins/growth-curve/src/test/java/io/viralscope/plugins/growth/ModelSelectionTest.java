package io.viralscope.plugins.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {

    @Test
    void aiccCountsTheVarianceAsAParameter() {
        // n = 20, RSS = 2, 3 parameters: k = 4, AIC = 20 ln(0.1) + 8, correction 2*4*5/15
        assertThat(CorrectedAic.of(2, 20, 3)).isCloseTo(20 * Math.log(0.1) + 8 + 40.0 / 15, within(1e-12));
    }

    @Test
    void anExactFitScoresFinitelyAndTooFewObservationsAreRefused() {
        assertThat(CorrectedAic.of(0, 10, 3)).isFinite();
        assertThat(CorrectedAic.defined(6, 3)).isTrue();
        assertThat(CorrectedAic.defined(5, 3)).isFalse();
    }

    @Test
    void theLowestAiccWinsWhenItLeadsClearly() {
        ModelFit chosen = ModelSelection.best(List.of(fit(GrowthFamily.LINEAR, 100), fit(GrowthFamily.LOGISTIC, 90),
                fit(GrowthFamily.BASS, 95)));
        assertThat(chosen.family()).isEqualTo(GrowthFamily.LOGISTIC);
    }

    @Test
    void withinTwoUnitsTheSimplerModelIsPreferred() {
        ModelFit chosen = ModelSelection.best(List.of(fit(GrowthFamily.BASS, 88.5), fit(GrowthFamily.EXPONENTIAL, 90),
                fit(GrowthFamily.LOGISTIC, 89)));
        assertThat(chosen.family()).isEqualTo(GrowthFamily.EXPONENTIAL);

        chosen = ModelSelection.best(List.of(fit(GrowthFamily.BASS, 88.5), fit(GrowthFamily.LOGISTIC, 89.9)));
        assertThat(chosen.family()).isEqualTo(GrowthFamily.LOGISTIC);
    }

    private static ModelFit fit(GrowthFamily family, double aicc) {
        return new ModelFit(family, new double[0], new double[0], 30, 1, 0.9, aicc, 1, 0.1, 10, 0.5, 0.1, null);
    }
}
