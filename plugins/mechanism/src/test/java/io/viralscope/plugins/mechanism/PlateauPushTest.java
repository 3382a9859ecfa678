package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Episode;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paid re-promotion that switches on and off: daily views of a catalogue video tripled for 14 days, with no
 * build-up before and no decay tail after, and no flight declared. Word of mouth builds up and decays through its
 * memory, a shock jumps and relaxes: a plateau with two abrupt edges is neither, but an outside push.
 */
class PlateauPushTest {

    private static final Instant START = Instant.parse("2022-03-01T00:00:00Z");
    private static final Instant PUSH = Instant.parse("2024-08-20T00:00:00Z");
    private static final int PUSH_DAYS = 14;
    private final MechanismDetector detector = new MechanismDetector();

    @Test
    void aPlateauThatDominatesTheSeriesIsAnExternalPush() {
        Detection d = detector.detect(catalogue(7, false), DetectorContext.empty());
        Episode push = pushEpisode(d);
        assertThat(push.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
        assertThat(push.label()).isEqualTo("plateau at 2.7× the baseline for 14 days, 2024-08-20 to 2024-09-02");
        // the plateau is the series' main burst: the video reads as that push, not as the word of mouth its
        // build-up share (the days before its peak, inside the plateau) would suggest
        assertThat(d.text("class")).isEqualTo("exogenous-subcritical");
        assertThat(d.number("buildup")).isGreaterThan(0.25);
        assertThat(d.metrics().get("decay_exponent")).isNull();
        assertThat(d.summary()).isEqualTo("Outside push: daily views held at about 2813 a day from 2024-08-20 to "
                + "2024-09-02 (14 days) and fell straight back, with no build-up before and no decay after, so no "
                + "cascade drives the burst (exogenous subcritical; by shape alone endogenous critical, branching "
                + "ratio 0.48, 95% confidence).");
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
            assertThat(e.finding()).isEqualTo("Daily views jumped to about 2813 a day with no build-up, held there "
                    + "from 2024-08-20 to 2024-09-02 (14 days) and fell straight back with no decay tail: a push "
                    + "switched on and off (a paid or featured promotion), not word of mouth, which builds up and "
                    + "decays through its memory, nor a shock, which relaxes.");
        });
        assertThat(d.breakouts()).isEmpty();
    }

    @Test
    void aPlateauAfterALaunchBurstIsAnExternalPushEpisodeWhileTheLaunchLeadsTheVideo() {
        for (long seed = 1; seed <= 10; seed++) {
            Detection d = detector.detect(catalogue(seed, true), DetectorContext.empty());
            assertThat(pushEpisode(d).mechanism()).as("seed %d", seed).isEqualTo(Mechanism.EXTERNAL_PUSH);
            assertThat(d.episodes().get(0).label()).as("seed %d", seed).startsWith("launch burst");
            assertThat(d.summary()).as("seed %d", seed).doesNotStartWith("Outside push: daily views held");
        }
    }

    @Test
    void aBuildUpOrARelaxationIsNoPlateau() {
        // the same catalogue video, its extra views shaped as word of mouth (a power-law build-up to a peak two
        // weeks in and as long a decay), as a smooth rise and fall over a fortnight, or as a shock relaxing
        // exponentially
        List<IntToDoubleFunction> shapes = List.of(k -> 1 + 3 * Math.pow(1 + Math.abs(k - 14) / 2.0, -1.2),
                k -> 1 + 2 * Math.exp(-Math.pow((k - 13) / 6.0, 2)), k -> 1 + 4 * Math.exp(-k / 3.0));
        for (long seed = 1; seed <= 10; seed++) {
            for (IntToDoubleFunction shape : shapes) {
                Detection d = detector.detect(catalogue(seed, false, shape), DetectorContext.empty());
                assertThat(d.episodes()).as("seed %d", seed).isNotEmpty()
                        .noneMatch(e -> e.label().startsWith("plateau"));
                assertThat(d.summary()).as("seed %d", seed).doesNotStartWith("Outside push: daily views held");
            }
        }
    }

    private static Episode pushEpisode(Detection d) {
        Instant middle = PUSH.plus(Duration.ofDays(PUSH_DAYS / 2));
        return d.episodes().stream().filter(e -> !e.start().isAfter(middle) && !e.end().isBefore(middle))
                .findFirst().orElseThrow(() -> new AssertionError("no episode over the push: " + d.episodes()));
    }

    /**
     * Four years of a catalogue video: about 1,000 views a day with a weekly rhythm and 10% lognormal noise, sampled
     * once a day at times drifting ±6 h, 3% of days missing, the push tripling the views from 2024-08-20 for 14 days;
     * with {@code launch}, a launch burst relaxing over the first weeks.
     */
    static VideoSeries catalogue(long seed, boolean launch) {
        return catalogue(seed, launch, k -> k < PUSH_DAYS ? 3 : 1);
    }

    /** The catalogue video with {@code boost(k)} times its views {@code k} days from 2024-08-20 on. */
    static VideoSeries catalogue(long seed, boolean launch, IntToDoubleFunction boost) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int days = 4 * 365;
        int push = (int) Duration.between(START, PUSH).toDays();
        double[] daily = new double[days];
        for (int k = 0; k < days; k++) {
            double rhythm = 1 + 0.15 * Math.cos(2 * Math.PI * k / 7.0);
            double noise = Math.exp(0.1 * rnd.nextGaussian() - 0.005);
            double burst = launch ? 9_000 * Math.pow(1 + k / 2.0, -1.3) : 0;
            daily[k] = (1_000 * (k >= push ? boost.applyAsDouble(k - push) : 1) + burst) * rhythm * noise;
        }
        List<Sample> samples = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < days; k++) {
            double offset = rnd.nextDouble(-6, 6);
            // views up to noon of day k plus the drift: the day's views accrue evenly over it
            double within = (12 + offset) / 24;
            if (rnd.nextDouble() >= 0.03) {
                samples.add(Sample.ofViews(START.plus(Duration.ofDays(k)).plus(Duration.ofMinutes(Math.round(
                        (12 + offset) * 60))), Math.round(total + within * daily[k])));
            }
            total += daily[k];
        }
        return new VideoSeries("plateau0001", "catalogue video", samples);
    }
}
