package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The catalogue family: a video's daily views over years, as real catalogue series look rather than as one
 * mechanism's textbook shape. Expected views of day {@code k} are
 * <pre>
 *   scale · (1 + k/t₀)^−β · e^{g·k + w_k} · launch(k) · weekday(k) · step(k) · Π shocks
 * </pre>
 * <ul>
 *   <li>power-law ageing, β 0–0.4 from t₀ 20–90 days (a catalogue video's slow decay: steep in its first
 *       months, nearly flat years later), a slow trend {@code g} (log daily views moving −0.5 to +0.5 over the
 *       whole series) and a slow wander
 *       {@code w_k}, an AR(1) process of standard deviation 2–8% and correlation time 15–60 days (a real level
 *       never sits still, and no change point should be read into it);</li>
 *   <li>a launch burst from publication, 3–30 times the steady level on day 0, fading with an e-folding time of
 *       3–20 days;</li>
 *   <li>weekly seasonality: each UTC weekday's factor, log effects of 2–25% around the week's mean;</li>
 *   <li>2 to 6 one-day shocks (a release, a broadcast) of 2–10 times the expected day, at least 30 days apart,
 *       whose excess relaxes as {@code (size − 1)·(1 + j/c)^−α}, {@code c} 0.3–1.5 days, α 1.5–2.5;</li>
 *   <li>optionally a lasting level step of 1.6–4 times, up or down, between 20% and 80% of the series;</li>
 *   <li>negative-binomial noise of size 30–300 around the expected views (overdispersed counts).</li>
 * </ul>
 * The series starts at publication with 0 views and has one sample a day. Deterministic: one spec, one series.
 * Added beside {@link Simulator}'s families rather than as a {@link SimulatedMechanism}, since its truth (several
 * shocks, a weekly pattern) does not fit {@link GroundTruth}.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public final class CatalogueSeries {

    private static final int MIN_SHOCK_SPACING = 30;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private CatalogueSeries() {
    }

    /** Simulates one catalogue series. */
    public static CatalogueSimulation simulate(CatalogueSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        CountSampler draws = new CountSampler(root.split());
        CountSampler noise = new CountSampler(root.split());
        // Every default is drawn, used or not, so fixing one option never changes the others.
        int drawnDays = draws.integer(1100, 3250);
        double drawnScale = draws.logUniform(5_000, 500_000);
        double drawnDispersion = draws.logUniform(30, 300);
        boolean drawnStep = draws.uniform() < 0.3;
        int days = spec.days() != null ? spec.days() : drawnDays;
        double scale = spec.scale() != null ? spec.scale() : drawnScale;
        double dispersion = spec.dispersion() != null ? spec.dispersion() : drawnDispersion;
        boolean step = spec.levelStep() != null ? spec.levelStep() : drawnStep;

        double amplitude = draws.uniform(0.02, 0.25);
        double[] weekday = new double[7];
        double mean = 0;
        for (int w = 0; w < 7; w++) {
            weekday[w] = amplitude * draws.normal();
            mean += weekday[w] / 7;
        }
        List<Double> factors = new ArrayList<>(7);
        for (int w = 0; w < 7; w++) {
            weekday[w] -= mean;
            factors.add(Math.exp(weekday[w]));
        }
        double trend = draws.uniform(-0.5, 0.5) / days;
        double wanderSd = draws.uniform(0.05, 0.2);
        double wanderDays = draws.uniform(20, 90);
        double launchSize = draws.logUniform(3, 30);
        double launchDays = draws.uniform(3, 20);
        int stepDay = draws.integer((int) (0.2 * days), (int) (0.8 * days));
        double stepRatio = draws.logUniform(1.6, 4) ;
        if (draws.uniform() < 0.5) {
            stepRatio = 1 / stepRatio;
        }
        double ageing = draws.uniform(0, 0.4);
        double ageingDays = draws.uniform(20, 90);
        List<CatalogueShock> shocks = spec.shocks() != null ? spec.shocks() : drawShocks(draws, days);
        shocks = shocks.stream().sorted(Comparator.comparingInt(CatalogueShock::day)).toList();
        for (CatalogueShock s : shocks) {
            if (s.day() >= days) {
                throw new IllegalArgumentException("a shock on day " + s.day() + " lies outside " + days + " days.");
            }
        }

        double[] expected = new double[days];
        double phi = Math.exp(-1 / wanderDays);
        double wander = wanderSd * draws.normal();
        for (int k = 0; k < days; k++) {
            DayOfWeek dow = spec.start().plus(Duration.ofDays(k)).atZone(ZoneOffset.UTC).getDayOfWeek();
            double log = trend * k - ageing * Math.log1p(k / ageingDays) + wander + weekday[dow.getValue() - 1]
                    + Math.log1p((launchSize - 1) * Math.exp(-k / launchDays))
                    + (step && k >= stepDay ? Math.log(stepRatio) : 0);
            expected[k] = scale * Math.exp(log);
            wander = phi * wander + wanderSd * Math.sqrt(1 - phi * phi) * draws.normal();
        }
        for (CatalogueShock s : shocks) {
            double c = draws.uniform(0.3, 1.5);
            double alpha = draws.uniform(1.5, 2.5);
            for (int j = 0; s.day() + j < days; j++) {
                double excess = (s.size() - 1) * Math.pow(1 + j / c, -alpha);
                if (excess < 1e-4) {
                    break;
                }
                expected[s.day() + j] *= 1 + excess;
            }
        }
        String videoId = spec.videoId() != null ? spec.videoId() : videoId(spec.seed());
        List<Sample> samples = new ArrayList<>(days + 1);
        long views = 0;
        for (int d = 0; d <= days; d++) {
            samples.add(Sample.ofViews(spec.start().plus(Duration.ofDays(d)), views));
            if (d < days) {
                views += noise.negativeBinomial(expected[d], dispersion);
            }
        }
        CatalogueTruth truth = new CatalogueTruth(videoId, spec.seed(), days, spec.start(), scale, dispersion,
                factors, ageing, ageingDays, trend, wanderSd, wanderDays, launchSize, shocks, step ? stepDay : null,
                step ? stepRatio : null);
        return new CatalogueSimulation(new VideoSeries(videoId, "Simulated catalogue video (seed " + spec.seed()
                + ")", samples), truth);
    }

    private static List<CatalogueShock> drawShocks(CountSampler draws, int days) {
        int count = draws.integer(2, 6);
        List<CatalogueShock> shocks = new ArrayList<>();
        for (int attempt = 0; attempt < 200 && shocks.size() < count; attempt++) {
            int day = draws.integer(MIN_SHOCK_SPACING, days - 10);
            double size = draws.logUniform(2, 10);
            if (shocks.stream().allMatch(s -> Math.abs(s.day() - day) >= MIN_SHOCK_SPACING)) {
                shocks.add(new CatalogueShock(day, size));
            }
        }
        return shocks;
    }

    /** An 11-character id in YouTube's alphabet, from the seed alone (a catalogue spec's other options vary). */
    private static String videoId(long seed) {
        // split() mixes the seed: seeds a multiple of SplittableRandom's increment apart would give shifted ids
        SplittableRandom random = new SplittableRandom(seed ^ 0xCA7A106L).split();
        StringBuilder id = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.append("AEIMQUYcgkosw048".charAt(random.nextInt(16))).toString();
    }
}
