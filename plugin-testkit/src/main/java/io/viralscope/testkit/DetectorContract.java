package io.viralscope.testkit;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every detector must keep, as JUnit 5 tests. A detector's test runs all of it in one line:
 *
 * <pre>{@code
 * class MyDetectorContractTest implements DetectorContract {
 *     public Detector detector() { return new MyDetector(); }
 * }
 * }</pre>
 *
 * It feeds the detector empty, one-sample, constant, 10<sup>12</sup>-view, decreasing, gapped (inside and at the
 * end), unknown-engagement and noisy simulated series, and checks the output rules of {@link Detector}: a detection for every series, the
 * detector's own id and version, a one-sentence summary, events inside the window, no failure, the same answer
 * twice, under parallel calls and with the host's daily grid, and every call within {@link #timeBudget()}.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public interface DetectorContract {

    /** Kebab-case detector ids. */
    Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Semantic versions. */
    Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    /** The detector under test; a fresh or shared instance, as the plugin would provide. */
    Detector detector();

    /** The context to call it with; override to test non-default settings. */
    default DetectorContext context() {
        return DetectorContext.empty();
    }

    /**
     * The most one call may take on any contract series. A safety net against runaway loops, not a speed target:
     * measure speed in a benchmark. The host's own default limit is 10 s.
     */
    default Duration timeBudget() {
        return Duration.ofSeconds(2);
    }

    /** The noisy series the contract uses besides the edge cases: one per simulated mechanism. */
    default List<VideoSeries> noisySeries() {
        return KitSimulations.oneOfEach(7);
    }

    @Test
    default void identityIsWellFormed() {
        Detector d = detector();
        assertThat(d.id()).as("id").matches(KEBAB_CASE);
        assertThat(d.version()).as("version").matches(SEMVER);
        assertThat(d.description()).as("description").isNotBlank();
    }

    @Test
    default void emptySeriesIsInsufficientData() {
        assertThat(checkedDetect(EdgeSeries.empty()).status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
    }

    @Test
    default void oneSampleIsInsufficientData() {
        assertThat(checkedDetect(EdgeSeries.oneSample()).status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
    }

    @Test
    default void constantCountsDoNotFail() {
        checkedDetect(EdgeSeries.constant());
    }

    @Test
    default void hugeCountsStayFinite() {
        checkedDetect(EdgeSeries.huge());
    }

    @Test
    default void decreasingCountsDoNotFail() {
        checkedDetect(EdgeSeries.decreasing());
    }

    @Test
    default void gapsDoNotFail() {
        checkedDetect(EdgeSeries.withGaps());
        checkedDetect(EdgeSeries.endingAfterGap());
    }

    @Test
    default void unknownLikesAndCommentsStayUnknown() {
        Detection d = checkedDetect(EdgeSeries.unknownLikesAndComments());
        d.metrics().forEach((name, value) -> {
            if (name.startsWith("likes_per_view") || name.startsWith("comments_per_view")) {
                assertThat(value).as(name + " must be null (unknown), not a number, when likes and comments are"
                        + " unknown").isNull();
            }
        });
    }

    @Test
    default void shortDenseSeriesDoesNotFail() {
        checkedDetect(EdgeSeries.shortButDense());
    }

    @Test
    default void noisySimulatedSeriesDoNotFail() {
        for (VideoSeries s : noisySeries()) {
            checkedDetect(s);
        }
    }

    @Test
    default void deterministic() {
        for (VideoSeries s : series()) {
            assertThat(detector().detect(s, context())).as("second call on " + s.title())
                    .isEqualTo(detector().detect(s, context()));
        }
    }

    /**
     * The host hands every detector of a video one grid ({@link DetectorContext#withGrid}); a detector answers the
     * same with it as with the grid it builds itself when run alone.
     */
    @Test
    default void sameAnswerWithTheHostsGrid() {
        for (VideoSeries s : series()) {
            assertThat(detector().detect(s, context().withGrid(DailyGrid.of(s)))).as("with the host's grid on "
                    + s.title()).isEqualTo(detector().detect(s, context()));
        }
    }

    @Test
    default void safeUnderParallelCalls() throws InterruptedException, ExecutionException {
        Detector shared = detector();
        List<VideoSeries> all = series();
        List<Detection> sequential = new ArrayList<>();
        for (VideoSeries s : all) {
            sequential.add(shared.detect(s, context()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Detection>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (VideoSeries s : all) {
                    parallel.add(pool.submit(() -> shared.detect(s, context())));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).as("parallel call on " + all.get(i % all.size()).title())
                        .isEqualTo(sequential.get(i % all.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The plugin's {@code plugin.requires} (beside its classes: {@code plugin.properties}, or the jar manifest's
     * {@code Plugin-Requires}) starts at or above the newest plugin API its classes call, so an older host refuses
     * the plugin with a reason instead of loading it into a {@code NoSuchMethodError}.
     */
    @Test
    default void pluginRequiresCoversTheApiItCalls() {
        Detector d = detector();
        Path root = ApiRequirement.classesRoot(d.getClass());
        Optional<String> requires = ApiRequirement.declaredRequires(root);
        Assumptions.assumeTrue(requires.isPresent(), "no plugin.properties or Plugin-Requires beside " + root);
        assertThat(ApiRequirement.problem(d.id(), requires.get(), root)).isEmpty();
    }

    /** Every contract series: the edge cases and the noisy ones. */
    private List<VideoSeries> series() {
        List<VideoSeries> all = new ArrayList<>(EdgeSeries.all());
        all.addAll(noisySeries());
        return all;
    }

    /** Runs the detector on {@code s} within the time budget and checks the output rules. */
    default Detection checkedDetect(VideoSeries s) {
        Detector d = detector();
        long start = System.nanoTime();
        Detection out = d.detect(s, context());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time of one call on '" + s.title() + "'").isLessThanOrEqualTo(timeBudget());
        assertThat(out).as("detection of '" + s.title() + "'").isNotNull();
        assertThat(out.detector()).as("detector id in the detection").isEqualTo(d.id());
        assertThat(out.version()).as("version in the detection").isEqualTo(d.version());
        assertThat(out.status()).as("status on '" + s.title() + "': " + out.summary())
                .isNotEqualTo(DetectionStatus.FAILED);
        assertThat(out.summary()).as("summary").doesNotContain("\n").matches("(?s).*[.!?)]$");
        Instant first = s.firstAt().orElse(null);
        Instant last = s.lastAt().orElse(null);
        for (Event e : out.events()) {
            assertThat(first).as("an event on an empty series").isNotNull();
            assertThat(e.at()).as("event " + e.type() + " on '" + s.title() + "'").isBetween(first, last);
            assertThat(e.type()).as("event type").matches(KEBAB_CASE);
        }
        for (BreakoutSignal b : out.breakouts()) {
            assertThat(b.at()).as("breakout signal on '" + s.title() + "'").isBetween(first, last);
        }
        return out;
    }
}
