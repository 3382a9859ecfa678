package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Videos with a paid flight, and what it truly brought: the ground truth of the campaign model.
 *
 * <p>Daily views follow a self-exciting process driven by a baseline and a paid stimulus (HIP, Rizoiu et al.,
 * WWW 2017): {@code λ_t = w_t·(b + μ·s_t + n·Σ_{τ≥1} φ(τ)·x_{t−τ})}, with {@code w_t} a weekly rhythm (mean 1) on
 * the whole day, as in real data: people watch more at weekends, whatever brought the video to them. {@code s_t} is
 * the day's stimulus, spend or, for {@link Family#IMPRESSIONS}, ad impressions (varying day to day over a flight of
 * 3–30 days; a flight day buys 1–15× the video's usual day directly), {@code μ} the views a unit of it buys
 * directly, {@code φ} the power-law memory kernel and {@code n} the branching ratio (views one view brings).
 * Each day's organic views are a negative binomial draw around their part of {@code λ_t} (±10–20% overdispersion).
 * With paid views observed, the paid views of each day are drawn apart (Poisson around {@code w_t·μ·s_t}) and
 * reported as YouTube advertising's traffic.
 *
 * <p>The truth is the expected effect of the flight, not one draw's: paid-driven views {@code P = Σ w_t·μ·s_t}; the
 * response {@code R} of the kernel to that drive alone ({@code R_t = w_t·(μ·s_t + n·Σ φ(τ)·R_{t−τ})}) over the
 * series; earned views {@code E = Σ (R_t − w_t·μ·s_t)}; the earned multiplier {@code E/P}; the earned share
 * {@code E} over all the views of the series.
 */
public final class CampaignSimulator {

    /** Day 0 of every simulated series: a Monday at 00:00 UTC. */
    public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    /** Monday to Sunday, normalised to a mean of 1 so that the rhythm leaves the branching ratio as it is. */
    private static final double[] WEEKLY = normalised(1, 0.95, 0.97, 1.0, 1.1, 1.3, 1.25);

    /** What kind of campaign series to draw. */
    public enum Family {
        /** Spend known, views by source unknown; subcritical memory (n 0.2–0.6). */
        SPEND_SUBCRITICAL(0.2, 0.6, false, true),
        /** Spend known; near-critical memory (n 0.6–0.9). */
        SPEND_NEAR_CRITICAL(0.6, 0.9, false, true),
        /** Paid views observed by traffic source; n 0.2–0.9. */
        PAID_VIEWS_OBSERVED(0.2, 0.9, true, true),
        /** Spend that bought nothing (μ = 0); n 0.2–0.9. */
        NO_EFFECT(0.2, 0.9, false, false),
        /**
         * Ad impressions as the stimulus instead of spend (0.5–5% of them become views directly); views by source
         * unknown; n 0.2–0.9.
         */
        IMPRESSIONS(0.2, 0.9, false, true),
        /**
         * A long catalogue video (1–4 years of drifting, weekly, December-bumped views, lognormal noise) re-promoted
         * by a flight of 7–30 days, flat or varying spend, that sets off nothing or next to nothing (n below 0.05):
         * views are back at their usual level the day after it. See {@link FlightWithoutEcho}.
         */
        FLIGHT_WITHOUT_ECHO(0, 0.05, false, true);

        final double minBranching;
        final double maxBranching;
        final boolean paidViewsObserved;
        final boolean effective;

        Family(double minBranching, double maxBranching, boolean paidViewsObserved, boolean effective) {
            this.minBranching = minBranching;
            this.maxBranching = maxBranching;
            this.paidViewsObserved = paidViewsObserved;
            this.effective = effective;
        }

        /** True when the stimulus counts ad impressions rather than money spent. */
        public boolean impressions() {
            return this == IMPRESSIONS;
        }
    }

    /**
     * One simulated campaign series and its truth.
     *
     * @param views            daily views, day 0 first (paid views included)
     * @param spend            the day's stimulus, 0 outside the flight: spend, or impressions for
     *                         {@link Family#IMPRESSIONS}
     * @param paidViews        the day's views from YouTube advertising, or {@code null} when not observed
     * @param flightFirstDay   the flight's first day (index)
     * @param flightLastDay    the flight's last day (index, inclusive)
     * @param branching        n
     * @param theta            θ of the kernel
     * @param shift            c of the kernel, days
     * @param sensitivity      μ, views a unit of the stimulus buys directly (before the weekly rhythm)
     * @param baseline         b, baseline views a day before the weekly rhythm
     * @param paidDriven       truth: expected views bought directly
     * @param earned           truth: expected views earned from them over the series
     * @param earnedShare      truth: earned over all the views of the series
     */
    public record Campaign(double[] views, double[] spend, double[] paidViews, int flightFirstDay, int flightLastDay,
                           double branching, double theta, double shift, double sensitivity, double baseline,
                           double paidDriven, double earned, double earnedShare) {

        /** Truth: the earned multiplier, earned views per paid-driven view (0 when nothing was bought). */
        public double multiplier() {
            return paidDriven > 0 ? earned / paidDriven : 0;
        }

        /** The UTC day of day index {@code k}. */
        public LocalDate day(int k) {
            return START.plus(Duration.ofDays(k)).atOffset(ZoneOffset.UTC).toLocalDate();
        }

        /** The series as a tracker stores it: cumulative views at 00:00 UTC, from 0 at day 0. */
        public VideoSeries series(String videoId) {
            List<Sample> samples = new ArrayList<>();
            long total = 0;
            samples.add(Sample.ofViews(START, 0));
            for (int k = 0; k < views.length; k++) {
                total += Math.round(views[k]);
                samples.add(Sample.ofViews(START.plus(Duration.ofDays(k + 1)), total));
            }
            return new VideoSeries(videoId, "Campaign " + videoId, samples);
        }
    }

    private CampaignSimulator() {
    }

    private static double[] normalised(double... w) {
        double mean = java.util.Arrays.stream(w).average().orElseThrow();
        return java.util.Arrays.stream(w).map(x -> x / mean).toArray();
    }

    /** One series of {@code family} from {@code seed}. */
    public static Campaign simulate(Family family, long seed) {
        if (family == Family.FLIGHT_WITHOUT_ECHO) {
            return FlightWithoutEcho.simulate(seed);
        }
        CountSampler random = new CountSampler(new SplittableRandom(seed * 7919 + family.ordinal()));
        int flightDays = random.integer(3, 30);
        int first = random.integer(30, 75);
        int days = first + flightDays + random.integer(45, 120);
        double n = random.uniform(family.minBranching, family.maxBranching);
        double theta = random.uniform(0.25, 0.8);
        double shift = random.uniform(0.5, 3);
        double baseline = random.logUniform(200, 20_000);
        // a day of the flight buys 1-15x the video's usual day (its steady level b/(1-n)) directly, at 0.5-2 views
        // per unit of spend, or 0.5-5% of the impressions
        double mu = !family.effective ? 0 : family.impressions() ? random.uniform(0.005, 0.05)
                : random.uniform(0.5, 2);
        double dailySpend = baseline / (1 - n) * random.uniform(1, 15) / (family.effective ? mu : 1);
        double overdispersion = 1 / Math.pow(random.uniform(0.1, 0.2), 2); // NB size: ±10-20% at large means
        PowerLawMemoryKernel kernel = new PowerLawMemoryKernel(theta, shift, days);
        double[] spend = new double[days];
        for (int k = first; k <= first + flightDays - 1; k++) {
            spend[k] = dailySpend * random.uniform(0.5, 1.5);
        }
        double[] views = new double[days];
        double[] paid = family.paidViewsObserved ? new double[days] : null;
        // the series starts in the baseline's steady state: its memory already holds b/(1-n) a day
        double steady = baseline / (1 - n);
        for (int t = 0; t < days; t++) {
            double memory = 0;
            for (int tau = 1; tau <= days; tau++) {
                memory += kernel.at(tau) * (tau <= t ? views[t - tau] : steady);
            }
            double organic = WEEKLY[t % 7] * (baseline + n * memory);
            double organicViews = random.negativeBinomial(organic, overdispersion);
            double paidViews = mu * spend[t] > 0 ? random.poisson(WEEKLY[t % 7] * mu * spend[t]) : 0;
            if (paid != null) {
                paid[t] = paidViews;
            }
            views[t] = organicViews + paidViews;
        }
        double[] weekly = new double[days];
        for (int t = 0; t < days; t++) {
            weekly[t] = WEEKLY[t % 7];
        }
        return withTruth(views, spend, paid, first, flightDays, n, theta, shift, mu, baseline, weekly, kernel);
    }

    /**
     * The campaign with its truth: the views the stimulus drove directly and those it earned through the memory
     * (the response to the stimulus alone, passed on through the kernel), as shares of {@code views}.
     */
    static Campaign withTruth(double[] views, double[] spend, double[] paid, int first, int flightDays, double n,
                              double theta, double shift, double mu, double baseline, double[] weekly,
                              PowerLawMemoryKernel kernel) {
        int days = views.length;
        double paidDriven = 0;
        double earned = 0;
        double[] response = new double[days];
        for (int t = 0; t < days; t++) {
            double memory = 0;
            for (int tau = 1; tau <= t; tau++) {
                memory += kernel.at(tau) * response[t - tau];
            }
            response[t] = weekly[t] * (mu * spend[t] + n * memory);
            paidDriven += weekly[t] * mu * spend[t];
            earned += weekly[t] * n * memory;
        }
        double total = 0;
        for (double v : views) {
            total += v;
        }
        return new Campaign(views, spend, paid, first, first + flightDays - 1, n, theta, shift, mu, baseline,
                paidDriven, earned, total > 0 ? earned / total : 0);
    }
}
