package io.viralscope.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * A long catalogue video re-promoted by a paid flight that sets off nothing, or next to nothing: the views come
 * while the flight runs and are back at the usual level the day after it ({@link CampaignSimulator.Family#FLIGHT_WITHOUT_ECHO}).
 *
 * <p>One to four years of catalogue views before the flight: a baseline of 200–20,000 a day drifting slowly (−30%
 * to +10% a year), a weekly rhythm of varying strength, a December bump (+20–60% from the 10th), sometimes a one-day
 * spike of 3–8× (a TV mention) months before the flight; then a flight of 7–30 days, flat spend (half the series) or
 * varying ±50%, buying 1–5× the usual day directly; then 30–120 days after it. Self-excitation is absent (half the
 * series) or negligible (a branching ratio below 0.05, the same power-law memory as {@link CampaignSimulator}).
 * Each day's views are the day's expected views times lognormal noise of 8–15% (mean 1).
 *
 * <p>The truth is the same as {@link CampaignSimulator}'s: the expected paid-driven views, the kernel's response to
 * them within the series (earned) and its share of all the series' views.
 */
final class FlightWithoutEcho {

    private static final double[] WEEKLY = {1, 0.95, 0.97, 1.0, 1.1, 1.3, 1.25};
    private static final double WEEKLY_MEAN = 1.081428571428571;

    private FlightWithoutEcho() {
    }

    static CampaignSimulator.Campaign simulate(long seed) {
        CountSampler random = new CountSampler(new SplittableRandom(seed * 104_729 + 17));
        int first = random.integer(365, 4 * 365);
        int flightDays = random.integer(7, 30);
        int days = first + flightDays + random.integer(30, 120);
        double level = random.logUniform(200, 20_000);
        double drift = random.uniform(-0.3, 0.1);
        double rhythm = random.uniform(0.5, 1.5);
        double december = random.uniform(0.2, 0.6);
        int spike = random.uniform() < 0.5 ? random.integer(30, first - 60) : -1;
        double spikeSize = random.uniform(3, 8);
        double n = random.uniform() < 0.5 ? 0 : random.uniform(0, 0.05);
        double theta = random.uniform(0.25, 0.8);
        double shift = random.uniform(0.5, 3);
        double sigma = random.uniform(0.08, 0.15);
        boolean flat = random.uniform() < 0.5;
        double mu = random.uniform(0.5, 2);
        double[] base = new double[days];
        double[] weekly = new double[days];
        for (int t = 0; t < days; t++) {
            weekly[t] = 1 + rhythm * (WEEKLY[t % 7] / WEEKLY_MEAN - 1);
            LocalDate d = CampaignSimulator.START.plus(Duration.ofDays(t)).atOffset(ZoneOffset.UTC).toLocalDate();
            double bump = d.getMonthValue() == 12 && d.getDayOfMonth() >= 10 ? 1 + december : 1;
            base[t] = level * Math.exp(drift * t / 365.0) * bump * (t == spike ? spikeSize : 1);
        }
        // the flight buys 1-5x the usual day directly, at mu views per unit of spend
        double dailySpend = base[first] * random.uniform(1, 5) / mu;
        double[] spend = new double[days];
        for (int k = first; k < first + flightDays; k++) {
            spend[k] = dailySpend * (flat ? 1 : random.uniform(0.5, 1.5));
        }
        PowerLawMemoryKernel kernel = new PowerLawMemoryKernel(theta, shift, days);
        double[] views = new double[days];
        for (int t = 0; t < days; t++) {
            double memory = 0;
            for (int tau = 1; tau <= days && n > 0; tau++) {
                memory += kernel.at(tau) * (tau <= t ? views[t - tau] : base[0] / (1 - n));
            }
            double expected = weekly[t] * (base[t] + mu * spend[t] + n * memory);
            views[t] = Math.round(expected * Math.exp(sigma * random.normal() - sigma * sigma / 2));
        }
        return CampaignSimulator.withTruth(views, spend, null, first, flightDays, n, theta, shift, mu, level, weekly,
                kernel);
    }
}
