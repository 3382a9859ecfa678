package io.viralscope.plugins.mechanism;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * HIP against its published figures: the authors' tutorial (github andrei-rizoiu/hip-popularity, README, video
 * bUORBT9iFKc fitted on 90 days) reports γ = 917.385, η = 5042.949, K = 6.777, β = 0.1, c = 10.557, θ = 1.166,
 * μ = 129.118 with α = 2.016, and from them an endogenous response of 1.64 and a virality score (viral
 * potential) of 211.84.
 */
class HipModelTest {

    private static final HipModel PUBLISHED = HipModel.fromPublished(6.777, 0.1, 2.016, 10.557, 1.166, 129.118);

    @Test
    void endogenousResponseAndViralPotentialMatchThePublishedFit() {
        double response = PUBLISHED.endogenousResponse(HipModel.DEFAULT_HORIZON_DAYS);
        assertThat(response).isCloseTo(1.64, withPercentage(1));
        assertThat(PUBLISHED.viralPotential(HipModel.DEFAULT_HORIZON_DAYS)).isCloseTo(211.84, withPercentage(1));
    }

    @Test
    void kernelConstantFoldsTheUserInfluenceIntoK() {
        // C = K(α−1)/(α−β−1); taking C = K instead gives 1.54, not the published 1.64
        assertThat(PUBLISHED.kernelScale()).isCloseTo(6.777 * 1.016 / 0.916, within(1e-9));
        double withCEqualsK = new HipModel(6.777, 10.557, 1.166, 129.118).endogenousResponse(10_000);
        assertThat(withCEqualsK).isCloseTo(1.544, within(0.005));
    }

    @Test
    void branchingFactorIsTheContinuousApproximation() {
        // n = C/(θ c^θ) = 7.5168 / (1.166 · 10.557^1.166)
        assertThat(PUBLISHED.branchingFactor()).isCloseTo(0.4129, within(5e-4));
        // the daily sum Σ_{τ≥1}(τ+c)^−(1+θ) is a little smaller than the integral from 0
        assertThat(PUBLISHED.discreteBranchingRatio()).isCloseTo(0.3909, within(5e-4));
        assertThat(1 / (1 - PUBLISHED.discreteBranchingRatio())).isCloseTo(1.6418, within(1e-3));
    }

    @Test
    void subcriticalResponseTendsToOneOverOneMinusN() {
        // a fast kernel (θ = 1) converges well within the horizon
        HipModel m = HipModel.ofBranchingRatio(0.6, 1.0, 1.0, 1);
        assertThat(m.discreteBranchingRatio()).isCloseTo(0.6, within(1e-12));
        assertThat(m.endogenousResponse(5_000)).isCloseTo(2.5, withPercentage(0.5));
    }

    @Test
    void supercriticalResponseIsFiniteOverTheHorizonAndGrowsWithIt() {
        HipModel m = HipModel.ofBranchingRatio(1.1, 1.0, 0.4, 1);
        double year = m.endogenousResponse(365);
        assertThat(year).isFinite().isGreaterThan(10);
        assertThat(m.endogenousResponse(730)).isGreaterThan(1.5 * year);
        // near-critical: a year holds a small part of the eventual 1/(1 − n) = 100
        assertThat(HipModel.ofBranchingRatio(0.99, 1.0, 0.4, 1).endogenousResponse(365)).isBetween(5.0, 10.0);
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> new HipModel(1, 0, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HipModel.fromPublished(1, 1.5, 2.016, 1, 1, 1))
                .hasMessageContaining("β < α − 1");
        assertThatThrownBy(() -> PUBLISHED.endogenousResponse(0)).hasMessageContaining("at least one day");
    }
}
