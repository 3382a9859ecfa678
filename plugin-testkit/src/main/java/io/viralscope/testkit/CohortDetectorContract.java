package io.viralscope.testkit;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.SharedEvent;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.CohortSimulator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link CohortDetector} must keep, as JUnit 5 tests; a cohort detector's test runs it in one
 * line, as {@link DetectorContract} does for a per-video detector:
 *
 * <pre>{@code
 * class MyCohortDetectorContractTest implements CohortDetectorContract {
 *     public CohortDetector detector() { return new MyCohortDetector(); }
 * }
 * }</pre>
 *
 * It hands the detector an empty cohort, a cohort of one, a cohort of every edge series and simulated cohorts, and
 * checks the rules of {@link CohortDetector}: a list for every cohort, only members named, every day inside the
 * named videos' windows, the same answer twice, every call within {@link #timeBudget()}, and a
 * {@code plugin.requires} that covers the API the plugin calls.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public interface CohortDetectorContract {

    /** The cohort detector under test. */
    CohortDetector detector();

    /** The context to call it with; override to test non-default settings. */
    default DetectorContext context() {
        return DetectorContext.empty();
    }

    /** The most one call may take on a contract cohort: a safety net against runaway loops, not a speed target. */
    default Duration timeBudget() {
        return Duration.ofSeconds(5);
    }

    @Test
    default void identityIsWellFormed() {
        CohortDetector d = detector();
        assertThat(d.id()).as("id").matches(DetectorContract.KEBAB_CASE);
        assertThat(d.version()).as("version").matches(DetectorContract.SEMVER);
        assertThat(d.description()).as("description").isNotBlank();
    }

    @Test
    default void anEmptyCohortHasNoSharedEvent() {
        assertThat(checkedAnalyse(List.of())).isEmpty();
    }

    @Test
    default void oneVideoSharesNothing() {
        assertThat(checkedAnalyse(members(List.of(CohortSimulator.simulate(3).series().get(0))))).isEmpty();
    }

    @Test
    default void edgeSeriesDoNotFail() {
        checkedAnalyse(members(EdgeSeries.all()));
    }

    @Test
    default void simulatedCohortsDoNotFail() {
        for (long seed = 1; seed <= 3; seed++) {
            checkedAnalyse(members(CohortSimulator.simulate(seed).series()));
        }
    }

    @Test
    default void deterministic() {
        List<CohortMember> cohort = members(CohortSimulator.simulate(5).series());
        assertThat(detector().analyse(cohort, context())).isEqualTo(detector().analyse(cohort, context()));
    }

    /** As {@link DetectorContract#pluginRequiresCoversTheApiItCalls()}: an older host must refuse the plugin. */
    @Test
    default void pluginRequiresCoversTheApiItCalls() {
        CohortDetector d = detector();
        Path root = ApiRequirement.classesRoot(d.getClass());
        Optional<String> requires = ApiRequirement.declaredRequires(root);
        Assumptions.assumeTrue(requires.isPresent(), "no plugin.properties or Plugin-Requires beside " + root);
        assertThat(ApiRequirement.problem(d.id(), requires.get(), root)).isEmpty();
    }

    /** Members without detections, in the given order. */
    static List<CohortMember> members(List<VideoSeries> series) {
        List<CohortMember> out = new ArrayList<>();
        for (VideoSeries s : series) {
            out.add(new CohortMember(s, List.of()));
        }
        return out;
    }

    /** Runs the detector on {@code cohort} within the time budget and checks the rules of its output. */
    default List<SharedEvent> checkedAnalyse(List<CohortMember> cohort) {
        CohortDetector d = detector();
        long start = System.nanoTime();
        List<SharedEvent> out = d.analyse(cohort, context());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time of one call")
                .isLessThanOrEqualTo(timeBudget());
        assertThat(out).as("shared events").isNotNull();
        Map<String, VideoSeries> byId = cohort.stream().map(CohortMember::series)
                .collect(Collectors.toMap(VideoSeries::videoId, Function.identity()));
        for (SharedEvent e : out) {
            assertThat(e.kind()).as("kind").matches(DetectorContract.KEBAB_CASE);
            assertThat(e.summary()).as("summary").doesNotContain("\n").matches("(?s).*[.!?)]$");
            for (String id : e.videoIds()) {
                assertThat(byId).as("video " + id + " of the event on " + e.day() + " is a member").containsKey(id);
                VideoSeries s = byId.get(id);
                LocalDate first = s.firstAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate();
                LocalDate last = s.lastAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate();
                assertThat(e.day()).as("day of the event in video " + id + "'s window").isBetween(first, last);
            }
        }
        return out;
    }
}
