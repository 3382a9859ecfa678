package io.viralscope.plugins.campaign;

import io.viralscope.simulator.CampaignSimulator;
import io.viralscope.simulator.CampaignSimulator.Family;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy over {@link CampaignSimulator} families (flights of 3–30 days with varying daily spend or impressions,
 * known sensitivity and self-excitation, a weekly rhythm over the whole series, ±10–20% overdispersed noise).
 * Measured, printed, asserted.
 */
class CampaignAccuracyTest {

    private static final int SERIES = 50;

    static CampaignInput input(CampaignSimulator.Campaign c) {
        int n = c.views().length;
        boolean[] usable = new boolean[n];
        int[] weekday = new int[n];
        for (int t = 0; t < n; t++) {
            usable[t] = true;
            weekday[t] = t % 7; // day 0 is a Monday
        }
        return new CampaignInput(c.views(), usable, weekday, c.spend(), c.paidViews(), c.flightFirstDay(),
                c.flightLastDay());
    }

    @Test
    void spendSubcritical() {
        measure(Family.SPEND_SUBCRITICAL);
    }

    @Test
    void spendNearCritical() {
        measure(Family.SPEND_NEAR_CRITICAL);
    }

    @Test
    void paidViewsObserved() {
        measure(Family.PAID_VIEWS_OBSERVED);
    }

    @Test
    void impressionsInsteadOfSpend() {
        measure(Family.IMPRESSIONS);
    }

    private static void measure(Family family) {
        int multiplierWithin = 0;
        int shareWithin = 0;
        StringBuilder misses = new StringBuilder();
        for (long seed = 1; seed <= SERIES; seed++) {
            CampaignSimulator.Campaign c = CampaignSimulator.simulate(family, seed);
            CampaignInput in = input(c);
            HipFit fit = HipFitter.fit(in);
            CampaignEffect e = ModelAverage.of(HipFitter.fits(in), in, in.fittedDays());
            boolean m = Math.abs(e.multiplier() / c.multiplier() - 1) <= 0.25;
            boolean s = Math.abs(e.earnedShare() - c.earnedShare()) <= 0.10;
            multiplierWithin += m ? 1 : 0;
            shareWithin += s ? 1 : 0;
            if (!m && misses.length() < 2000) {
                misses.append(String.format(Locale.ROOT, "%n  seed %d: multiplier %.2f (truth %.2f), n %.2f (%.2f),"
                                + " mu %.2f (%.2f), theta %.1f (%.2f) c %.1f (%.2f), flight %d days", seed,
                        e.multiplier(), c.multiplier(), fit.branching(), c.branching(), fit.sensitivity(),
                        c.sensitivity(), fit.kernel().theta, c.theta(), fit.kernel().shift, c.shift(),
                        c.flightLastDay() - c.flightFirstDay() + 1));
            }
        }
        System.out.printf(Locale.ROOT, "campaign, %s, %d series: earned multiplier within 25%% of the truth on %d"
                + " (%.0f%%); earned share within 10 points on %d (%.0f%%)%s%n", family, SERIES, multiplierWithin,
                100.0 * multiplierWithin / SERIES, shareWithin, 100.0 * shareWithin / SERIES, misses);
        assertThat(multiplierWithin).isGreaterThanOrEqualTo(SERIES * 8 / 10);
        assertThat(shareWithin).isGreaterThanOrEqualTo(SERIES * 85 / 100);
    }
}
