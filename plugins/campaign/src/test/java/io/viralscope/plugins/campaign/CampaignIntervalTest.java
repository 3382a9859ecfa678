package io.viralscope.plugins.campaign;

import io.viralscope.simulator.CampaignSimulator;
import io.viralscope.simulator.CampaignSimulator.Family;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The 80% intervals and the no-lift call, over 20 series per family. Measured, printed, asserted. */
class CampaignIntervalTest {

    private static final int SERIES = 20;

    @Test
    void aFlightThatBoughtNothingIsNoLift() {
        int noLift = 0;
        for (long seed = 1; seed <= SERIES; seed++) {
            CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.NO_EFFECT, seed);
            noLift += CampaignEstimate.of(CampaignAccuracyTest.input(c)).lift() ? 0 : 1;
        }
        System.out.printf(Locale.ROOT, "campaign, NO_EFFECT, %d series: reported as no lift on %d%n", SERIES, noLift);
        assertThat(noLift).isGreaterThanOrEqualTo(SERIES * 9 / 10);
    }

    @Test
    void intervalsCoverTheTruthAboutFourTimesInFive() {
        for (Family family : new Family[] {Family.SPEND_SUBCRITICAL, Family.SPEND_NEAR_CRITICAL,
                Family.PAID_VIEWS_OBSERVED, Family.IMPRESSIONS}) {
            int covered = 0;
            int lift = 0;
            double width = 0;
            for (long seed = 1; seed <= SERIES; seed++) {
                CampaignSimulator.Campaign c = CampaignSimulator.simulate(family, seed);
                CampaignEstimate e = CampaignEstimate.of(CampaignAccuracyTest.input(c));
                covered += e.multiplier().contains(c.multiplier()) ? 1 : 0;
                lift += e.lift() ? 1 : 0;
                width += (e.multiplier().high() - e.multiplier().low()) / c.multiplier();
            }
            System.out.printf(Locale.ROOT, "campaign, %s, %d series: the multiplier's 80%% interval holds the truth on"
                    + " %d, mean width %.0f%% of the truth; lift found on %d%n", family, SERIES, covered,
                    100 * width / SERIES, lift);
            assertThat(covered).isGreaterThanOrEqualTo(SERIES * 6 / 10);
            assertThat(lift).isGreaterThanOrEqualTo(SERIES * 9 / 10);
        }
    }
}
