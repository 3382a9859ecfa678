package io.viralscope.plugins.campaign;

import io.viralscope.api.CampaignFlight;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.CampaignSimulator;
import io.viralscope.simulator.CampaignSimulator.Family;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paid flight that sets off nothing: views are back at their usual level the day after it, so the days after
 * say that nothing was earned, however long and messy the video's catalogue years before it.
 */
class FlightWithoutEchoTest {

    private static final int SERIES = 50;

    @Test
    void overFiftyLongCatalogueSeriesLittleIsEarnedAndTheIntervalHoldsTheTruth() {
        int multiplierRight = 0;
        int shareWithin = 0;
        int lift = 0;
        int wordOfMouth = 0;
        int cannotTell = 0;
        StringBuilder misses = new StringBuilder();
        for (long seed = 1; seed <= SERIES; seed++) {
            CampaignSimulator.Campaign c = CampaignSimulator.simulate(Family.FLIGHT_WITHOUT_ECHO, seed);
            CampaignEstimate e = CampaignEstimate.of(CampaignAccuracyTest.input(c));
            double m = e.multiplier().value();
            boolean right = m <= 0.25 || e.multiplier().contains(c.multiplier());
            multiplierRight += right ? 1 : 0;
            shareWithin += Math.abs(e.share().value() - c.earnedShare()) <= 0.10 ? 1 : 0;
            lift += e.lift() ? 1 : 0;
            // what the detector would claim: word of mouth only where the split is made
            boolean claimed = CampaignFindings.splitMade(e.multiplier())
                    && CampaignFindings.SET_OFF_WORD_OF_MOUTH.contains(m);
            wordOfMouth += claimed ? 1 : 0;
            cannotTell += CampaignFindings.splitMade(e.multiplier()) ? 0 : 1;
            if (!right || claimed) {
                misses.append(String.format(Locale.ROOT, "%n  seed %d: multiplier %.2f (%.2f–%.2f), truth %.2f,"
                        + " flight %d days", seed, m, e.multiplier().low(), e.multiplier().high(), c.multiplier(),
                        c.flightLastDay() - c.flightFirstDay() + 1));
            }
        }
        System.out.printf(Locale.ROOT, "campaign, FLIGHT_WITHOUT_ECHO, %d series: earned multiplier at most 0.25 or"
                + " its 80%% interval holding the truth on %d (%.0f%%); earned share within 10 points on %d (%.0f%%);"
                + " lift found on %d; read as word of mouth on %d; said it cannot tell on %d%s%n", SERIES,
                multiplierRight, 100.0 * multiplierRight / SERIES, shareWithin, 100.0 * shareWithin / SERIES, lift,
                wordOfMouth, cannotTell, misses);
        assertThat(multiplierRight).isGreaterThanOrEqualTo(SERIES * 8 / 10);
        assertThat(shareWithin).isGreaterThanOrEqualTo(SERIES * 85 / 100);
        assertThat(lift).isGreaterThanOrEqualTo(SERIES * 9 / 10);
        assertThat(wordOfMouth).isZero();
    }

    @Test
    void aFlatFourteenDayFlightOnAFourYearCatalogueVideoWithNoTailEarnedNothing() {
        Boxcar b = Boxcar.draw(11);
        Detection d = new CampaignDetector().detect(b.series(), DetectorContext.empty());
        System.out.printf(Locale.ROOT, "campaign, flat 14-day boxcar on a 4-year catalogue video (truth %.0f paid-driven,"
                + " 0 earned): %s%n", b.paidDriven, d.summary());

        assertThat(d.metrics().get("lift")).isEqualTo("yes");
        assertThat(num(d, "paid_views")).isCloseTo(b.paidDriven, org.assertj.core.data.Percentage.withPercentage(20));
        assertThat(num(d, "earned_multiplier")).isLessThanOrEqualTo(0.25);
        assertThat(num(d, "earned_multiplier_low")).isLessThanOrEqualTo(0.05);
        assertThat(num(d, "earned_views")).isLessThan(0.2 * b.paidDriven);
        assertThat(d.evidence()).extracting(e -> e.mechanism().id()).doesNotContain("community-word-of-mouth");
    }

    private static double num(Detection d, String metric) {
        return ((Number) d.metrics().get(metric)).doubleValue();
    }

    /**
     * The case found on a real-looking series, built here: four years of about 1,000 views a day with a weekly
     * rhythm, 10% lognormal noise, a December bump each year and a 7× one-day TV spike, 3% of days unsampled, then
     * a flat 14-day flight (days only declared) that triples the day while it runs and leaves nothing after.
     */
    private record Boxcar(List<Sample> samples, LocalDate flightFirst, double paidDriven) {

        static final Instant START = Instant.parse("2020-09-07T00:00:00Z"); // a Monday
        static final double[] WEEKLY = {0.95, 0.93, 0.95, 0.98, 1.05, 1.1, 1.04};

        static Boxcar draw(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            LocalDate flightFirst = LocalDate.of(2024, 8, 20);
            int first = (int) (flightFirst.toEpochDay() - day(0).toEpochDay());
            int days = first + 14 + 120;
            List<Sample> samples = new ArrayList<>();
            samples.add(Sample.ofViews(START, 0));
            double total = 0;
            double paid = 0;
            for (int t = 0; t < days; t++) {
                LocalDate d = day(t);
                double base = 1000 * (d.getMonthValue() == 12 && d.getDayOfMonth() >= 10 ? 1.4 : 1)
                        * (d.equals(LocalDate.of(2023, 7, 17)) ? 7 : 1);
                double bought = t >= first && t < first + 14 ? 2000 : 0;
                double expected = WEEKLY[t % 7] * (base + bought);
                paid += WEEKLY[t % 7] * bought;
                total += expected * Math.exp(0.1 * random.nextGaussian() - 0.005);
                if (random.nextDouble() >= 0.03) {
                    samples.add(Sample.ofViews(START.plus(Duration.ofDays(t + 1)), Math.round(total)));
                }
            }
            return new Boxcar(samples, flightFirst, paid);
        }

        static LocalDate day(int t) {
            return START.plus(Duration.ofDays(t)).atOffset(ZoneOffset.UTC).toLocalDate();
        }

        VideoSeries series() {
            CampaignFlight flight = new CampaignFlight("repromo", CampaignFlight.Stimulus.DAYS_ONLY, null,
                    flightFirst, Collections.nCopies(14, 1.0));
            return new VideoSeries("boxcar00001", "A long catalogue video", samples)
                    .withPaidMedia(null, List.of(flight), List.of());
        }
    }
}
