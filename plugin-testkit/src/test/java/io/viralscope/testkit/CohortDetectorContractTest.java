package io.viralscope.testkit;

import io.viralscope.api.CohortDetector;
import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.SharedEvent;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The cohort contract passes a well-behaved cohort detector and catches each kind of broken one. */
class CohortDetectorContractTest {

    /** A small, correct cohort detector: the first members' shared last day, when two or more have samples. */
    static class LastDay implements CohortDetector {
        @Override
        public String id() {
            return "last-day";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "The day the first two videos with samples both ended on.";
        }

        @Override
        public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
            List<VideoSeries> withData = members.stream().map(CohortMember::series).filter(s -> s.size() > 1)
                    .toList();
            if (withData.size() < 2) {
                return List.of();
            }
            VideoSeries a = withData.get(0);
            VideoSeries b = withData.get(1);
            var day = a.lastAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate();
            if (!day.equals(b.lastAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate())) {
                return List.of();
            }
            return List.of(new SharedEvent(day, "end", List.of(new SharedEvent.Participant(a.videoId(), 1),
                    new SharedEvent.Participant(b.videoId(), 1)), "Both ended on " + day + "."));
        }
    }

    static class Passing implements CohortDetectorContract {
        @Override
        public CohortDetector detector() {
            return new LastDay();
        }
    }

    static class NamesAStranger implements CohortDetectorContract {
        @Override
        public CohortDetector detector() {
            return new LastDay() {
                @Override
                public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
                    return super.analyse(members, context).stream().map(e -> new SharedEvent(e.day(), e.kind(),
                            List.of(e.videos().get(0), new SharedEvent.Participant("strangerVid", 2)), e.summary()))
                            .toList();
                }
            };
        }
    }

    static class DayOutsideTheWindow implements CohortDetectorContract {
        @Override
        public CohortDetector detector() {
            return new LastDay() {
                @Override
                public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
                    return super.analyse(members, context).stream().map(e -> new SharedEvent(e.day().plusDays(1),
                            e.kind(), e.videos(), e.summary())).toList();
                }
            };
        }
    }

    static class ThrowsOnOneVideo implements CohortDetectorContract {
        @Override
        public CohortDetector detector() {
            return new LastDay() {
                @Override
                public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
                    if (members.size() == 1) {
                        throw new IllegalStateException("alone");
                    }
                    return super.analyse(members, context);
                }
            };
        }
    }

    static class NotDeterministic implements CohortDetectorContract {
        private static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public CohortDetector detector() {
            return new LastDay() {
                @Override
                public String description() {
                    return "Alternates.";
                }

                @Override
                public List<SharedEvent> analyse(List<CohortMember> members, DetectorContext context) {
                    return CALLS.incrementAndGet() % 2 == 0 ? List.of() : super.analyse(members, context);
                }
            };
        }
    }

    private static Events run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    }

    private static List<String> failed(Class<?> contract) {
        return run(contract).failed().stream().map(ev -> ev.getTestDescriptor().getDisplayName()).toList();
    }

    @Test
    void aCorrectCohortDetectorPassesEveryCheck() {
        Events e = run(Passing.class);
        assertThat(e.started().count()).isEqualTo(7);
        assertThat(e.failed().count()).isZero();
    }

    @Test
    void namingAVideoOutsideTheCohortFails() {
        assertThat(failed(NamesAStranger.class)).contains("simulatedCohortsDoNotFail()");
    }

    @Test
    void aDayOutsideTheWindowFails() {
        assertThat(failed(DayOutsideTheWindow.class)).contains("simulatedCohortsDoNotFail()");
    }

    @Test
    void throwingOnACohortOfOneFails() {
        assertThat(failed(ThrowsOnOneVideo.class)).containsExactly("oneVideoSharesNothing()");
    }

    @Test
    void aNonDeterministicCohortDetectorFails() {
        assertThat(failed(NotDeterministic.class)).contains("deterministic()");
    }
}
