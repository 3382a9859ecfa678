package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a video's view history with known ground truth: an oracle for detectors.
 *
 * <pre>{@code
 * Simulation sim = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.STEP_CHANGE).seed(7).build());
 * sim.writeCsv(Path.of("step.csv"));
 * sim.writeTruthJson(Simulation.truthPathBeside(Path.of("step.csv")));
 * }</pre>
 *
 * <p>Daily views come from the mechanism's family ({@link SmoothGrowth}, {@link CascadeGrowth},
 * {@link RegimeChange}) with negative-binomial (or Poisson) noise; likes, comments and shares are binomial
 * thinnings of each day's new views with the truth's rates, so the cumulative like count is exactly
 * {@code Binomial(views, likeRate)}. Samples are taken daily at {@code start + d days}, {@code d = 0 … days}.
 *
 * <p>Deterministic: one spec always gives the same simulation (every draw comes from a {@link SplittableRandom}
 * seeded with the spec's seed, split into independent streams for parameters, view noise and engagement).
 * Thread-safe: it holds no state.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public final class Simulator {

    private Simulator() {
    }

    /** The CLI names of every mechanism, for usage and error messages. */
    public static List<String> mechanismNames() {
        return SimulatedMechanism.names();
    }

    /** Simulates one series. */
    public static Simulation simulate(SimulationSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        CountSampler draws = new CountSampler(root.split());
        CountSampler noise = new CountSampler(root.split());
        CountSampler engagement = new CountSampler(root.split());

        // Every default is drawn, used or not, so fixing one option never changes the others.
        double drawnScale = draws.logUniform(1e3, 1e5);
        double drawnDispersion = draws.logUniform(50, 200);
        double drawnLikeRate = draws.logUniform(0.005, 0.06);
        double drawnCommentRate = draws.logUniform(0.0003, 0.006);
        double drawnShareRate = draws.logUniform(0.001, 0.01);
        double scale = spec.scale() != null ? spec.scale() : drawnScale;
        double dispersion = spec.dispersion() != null ? spec.dispersion() : drawnDispersion;
        double likeRate = spec.likeRate() != null ? spec.likeRate() : drawnLikeRate;
        double commentRate = spec.commentRate() != null ? spec.commentRate() : drawnCommentRate;
        Double shareRate = spec.shares() ? drawnShareRate : null;

        SimulatedMechanism m = spec.mechanism();
        int days = spec.days();
        Trajectory path;
        if (m.isSmooth()) {
            path = SmoothGrowth.generate(m, days, scale, dispersion, draws, noise);
        } else if (m.isCascade()) {
            path = CascadeGrowth.generate(m, days, scale, dispersion, draws, noise);
        } else if (m == SimulatedMechanism.CRITICAL_BACKGROUND) {
            // sized by its background of views, not by a peak: the scale reported is the expected peak
            path = SteadyBackgroundCascade.generate(days, draws, noise);
            scale = path.expected()[Trajectory.argMax(path.expected())];
            dispersion = Double.POSITIVE_INFINITY; // views are points of the process: its own counting noise
        } else {
            path = RegimeChange.generate(m, days, scale, dispersion, draws, noise);
        }

        String videoId = spec.videoId() != null ? spec.videoId() : SyntheticVideoId.of(spec);
        String title = "Simulated " + m.description() + " (seed " + spec.seed() + ")";
        List<Sample> samples = samples(spec, path, likeRate, commentRate, shareRate, engagement);
        GroundTruth truth = new GroundTruth(m, videoId, spec.seed(), days, spec.start(), scale, dispersion,
                path.parameters(), path.changePointDays(), path.shockDay(), path.inflectionDay(),
                Trajectory.argMax(path.expected()), likeRate, commentRate, shareRate, spec.likesHidden(),
                spec.commentsDisabled(), path.branchingRatio(), path.relaxationExponent(),
                path.asymptoticRelaxationExponent());
        return new Simulation(new VideoSeries(videoId, title, samples), truth);
    }

    private static List<Sample> samples(SimulationSpec spec, Trajectory path, double likeRate, double commentRate,
                                        Double shareRate, CountSampler engagement) {
        long[] daily = path.dailyViews();
        List<Sample> samples = new ArrayList<>(daily.length + 1);
        long views = path.initialViews();
        long likes = engagement.binomial(views, likeRate);
        long comments = engagement.binomial(views, commentRate);
        long shares = shareRate == null ? 0 : engagement.binomial(views, shareRate);
        Instant start = spec.start();
        for (int d = 0; ; d++) {
            samples.add(new Sample(start.plus(Duration.ofDays(d)), views,
                    spec.likesHidden() ? null : likes,
                    spec.commentsDisabled() ? null : comments,
                    shareRate == null ? null : shares));
            if (d == daily.length) {
                return samples;
            }
            long added = daily[d];
            views += added;
            likes += engagement.binomial(added, likeRate);
            comments += engagement.binomial(added, commentRate);
            if (shareRate != null) {
                shares += engagement.binomial(added, shareRate);
            }
        }
    }
}
