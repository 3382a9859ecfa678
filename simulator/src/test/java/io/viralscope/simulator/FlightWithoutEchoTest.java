package io.viralscope.simulator;

import io.viralscope.simulator.CampaignSimulator.Family;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flight without echo: a long catalogue before it, views lifted while it runs, and a truth of next to nothing
 * earned, over 30 seeds.
 */
class FlightWithoutEchoTest {

    @Test
    void aLongCatalogueAFlightThatLiftsTheDayAndATruthOfNothingEarned() {
        for (long seed = 1; seed <= 30; seed++) {
            CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.FLIGHT_WITHOUT_ECHO, seed);
            int flightDays = c.flightLastDay() - c.flightFirstDay() + 1;
            assertThat(c.flightFirstDay()).as("catalogue days before the flight").isBetween(365, 4 * 365);
            assertThat(flightDays).isBetween(7, 30);
            assertThat(c.views().length - 1 - c.flightLastDay()).isBetween(30, 120);
            assertThat(c.branching()).isBetween(0.0, 0.05);
            assertThat(c.multiplier()).as("seed " + seed).isBetween(0.0, 0.06);
            assertThat(c.earnedShare()).isLessThan(0.01);
            assertThat(c.paidViews()).isNull();
            // the flight buys 1-5x the usual day: the flight's days are above the four weeks before, December or not
            assertThat(mean(c.views(), c.flightFirstDay(), c.flightLastDay() + 1))
                    .isGreaterThan(1.2 * mean(c.views(), c.flightFirstDay() - 28, c.flightFirstDay()));
            assertThat(c.paidDriven()).isPositive();
        }
    }

    @Test
    void theSameSeedDrawsTheSameSeries() {
        assertThat(CampaignSimulator.simulate(Family.FLIGHT_WITHOUT_ECHO, 3).views())
                .containsExactly(CampaignSimulator.simulate(Family.FLIGHT_WITHOUT_ECHO, 3).views());
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += x[k];
        }
        return s / (to - from);
    }
}
