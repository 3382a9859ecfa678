package io.viralscope.plugins.growth;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Seeded synthetic view series of each growth family with known parameters: daily samples of cumulative views whose
 * daily increments carry mild multiplicative log-normal noise. Parameters are typical of each family: S-curves whose
 * inflection falls inside a 60–120 day window, Bass launches tracked from upload, exponential growth caught before any
 * saturation, and a steady linear trickle.
 */
final class SyntheticSeries {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    /**
     * A generated series and the truth behind it.
     *
     * @param family        the generating family
     * @param inflectionDay the inflection, days after the first sample, or {@code NaN} when there is none in the
     *                      window
     * @param saturation    total views at saturation, or {@code NaN}
     * @param qOverP        Bass imitation over innovation, or {@code NaN} for other families
     * @param series        the samples
     */
    record Truth(GrowthFamily family, double inflectionDay, double saturation, double qOverP, VideoSeries series) {
    }

    private SyntheticSeries() {
    }

    /** A logistic S-curve seen mid-life, on top of earlier views ({@code baseline}) or starting from none. */
    static Truth logistic(long seed, boolean baseline) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(61);
        double k = Math.pow(10, 4 + 3 * rnd.nextDouble());
        double r = uniform(rnd, 0.08, 0.3);
        double t0 = uniform(rnd, 0.3, 0.6) * n;
        double before = baseline ? uniform(rnd, 0.05, 0.5) * k : 0;
        DoubleUnaryOperator views = t -> before + k / (1 + Math.exp(-r * (t - t0)));
        return new Truth(GrowthFamily.LOGISTIC, t0, before + k, Double.NaN,
                sample("logistic-" + seed, views, n, rnd));
    }

    /** A Gompertz S-curve seen mid-life. */
    static Truth gompertz(long seed, boolean baseline) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(61);
        double k = Math.pow(10, 4 + 3 * rnd.nextDouble());
        double r = uniform(rnd, 0.06, 0.2);
        double t0 = uniform(rnd, 0.25, 0.5) * n;
        double before = baseline ? uniform(rnd, 0.05, 0.5) * k : 0;
        DoubleUnaryOperator views = t -> before + k * Math.exp(-Math.exp(-r * (t - t0)));
        return new Truth(GrowthFamily.GOMPERTZ, t0, before + k, Double.NaN,
                sample("gompertz-" + seed, views, n, rnd));
    }

    /** A Bass launch tracked from within a day of upload, imitation-led ({@code q/p} from about 3 to 70). */
    static Truth bassWordOfMouth(long seed) {
        Random rnd = new Random(seed);
        return bass(seed, rnd, uniform(rnd, 0.005, 0.03), uniform(rnd, 0.1, 0.35));
    }

    /** A Bass launch tracked from within a day of upload, innovation-led ({@code p >= q}): a push, then decay. */
    static Truth bassExternalPush(long seed) {
        Random rnd = new Random(seed);
        double p = uniform(rnd, 0.05, 0.2);
        return bass(seed, rnd, p, uniform(rnd, 0, 0.9) * p);
    }

    private static Truth bass(long seed, Random rnd, double p, double q) {
        int n = 60 + rnd.nextInt(61);
        double m = Math.pow(10, 4 + 3 * rnd.nextDouble());
        double age = rnd.nextDouble();
        DoubleUnaryOperator views = t -> {
            double e = Math.exp(-(p + q) * (age + t));
            return m * (1 - e) / (1 + (q / p) * e);
        };
        double peak = q > p ? Math.log(q / p) / (p + q) - age : Double.NaN;
        return new Truth(GrowthFamily.BASS, peak > 0 ? peak : Double.NaN, m, q / p,
                sample("bass-" + seed, views, n, rnd));
    }

    /** Exponential growth before any saturation, on top of earlier views ({@code baseline}) or from none. */
    static Truth exponential(long seed, boolean baseline) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(61);
        double b = uniform(rnd, 0.03, 0.07);
        double growth = Math.pow(10, 4 + 3 * rnd.nextDouble());
        double a = growth / Math.expm1(b * n);
        double before = baseline ? uniform(rnd, 0, 1) * growth : 0;
        DoubleUnaryOperator views = t -> before + a * Math.exp(b * t);
        return new Truth(GrowthFamily.EXPONENTIAL, Double.NaN, Double.NaN, Double.NaN,
                sample("exponential-" + seed, views, n, rnd));
    }

    /** A steady trickle of views on an older video. */
    static Truth linear(long seed) {
        Random rnd = new Random(seed);
        int n = 60 + rnd.nextInt(61);
        double perDay = Math.pow(10, 2 + 3 * rnd.nextDouble());
        double before = Math.pow(10, 3 + 4 * rnd.nextDouble());
        DoubleUnaryOperator views = t -> before + perDay * t;
        return new Truth(GrowthFamily.LINEAR, Double.NaN, Double.NaN, Double.NaN,
                sample("linear-" + seed, views, n, rnd));
    }

    /**
     * Daily samples of {@code views} at days {@code 0..n}: each day's increment is multiplied by log-normal noise of
     * 3–10% and the running total rounded to whole views.
     */
    static VideoSeries sample(String id, DoubleUnaryOperator views, int n, Random rnd) {
        double sigma = uniform(rnd, 0.03, 0.1);
        List<Sample> samples = new ArrayList<>(n + 1);
        double total = views.applyAsDouble(0);
        samples.add(Sample.ofViews(START, Math.round(total)));
        for (int k = 0; k < n; k++) {
            double inc = views.applyAsDouble(k + 1) - views.applyAsDouble(k);
            total += inc * Math.exp(sigma * rnd.nextGaussian() - sigma * sigma / 2);
            samples.add(Sample.ofViews(START.plus(Duration.ofDays(k + 1)), Math.round(total)));
        }
        return new VideoSeries(id, "", samples);
    }

    private static double uniform(Random rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }
}
