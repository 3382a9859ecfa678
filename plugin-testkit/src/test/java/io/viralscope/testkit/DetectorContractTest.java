package io.viralscope.testkit;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The contract passes a well-behaved detector and catches each kind of broken one. */
class DetectorContractTest {

    /** A small, correct detector: the day with the most views. */
    static class PeakDay implements Detector {
        @Override
        public String id() {
            return "peak-day";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "The day with the most views.";
        }

        @Override
        public Detection detect(VideoSeries series, DetectorContext context) {
            DailyGrid g = series.daily();
            double[] x = g.dailyViews();
            if (x.length < 3) {
                return Detection.insufficientData(this, "Fewer than three days of data.");
            }
            int peak = 0;
            for (int k = 1; k < x.length; k++) {
                if (x[k] > x[peak]) {
                    peak = k;
                }
            }
            return Detection.ok(this).summary("Views peaked on " + g.time(peak + 1) + ".")
                    .metric("peak_daily_views", x[peak]).event("peak", g.time(peak + 1), x[peak], "peak").build();
        }
    }

    static class Passing implements DetectorContract {
        @Override
        public Detector detector() {
            return new PeakDay();
        }
    }

    static class ThrowsOnEmpty implements DetectorContract {
        @Override
        public Detector detector() {
            return new PeakDay() {
                @Override
                public Detection detect(VideoSeries series, DetectorContext context) {
                    if (series.isEmpty()) {
                        throw new IllegalStateException("no data");
                    }
                    return super.detect(series, context);
                }
            };
        }
    }

    static class EventOutsideWindow implements DetectorContract {
        @Override
        public Detector detector() {
            return new PeakDay() {
                @Override
                public Detection detect(VideoSeries series, DetectorContext context) {
                    return Detection.ok(this).summary("Always 1999.")
                            .event("peak", Instant.parse("1999-01-01T00:00:00Z"), 1, "x").build();
                }
            };
        }
    }

    static class NotDeterministic implements DetectorContract {
        private static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public Detector detector() {
            return new PeakDay() {
                @Override
                public Detection detect(VideoSeries series, DetectorContext context) {
                    return Detection.insufficientData(this, "Call " + CALLS.incrementAndGet() + ".");
                }
            };
        }
    }

    private static Events run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    }

    @Test
    void aCorrectDetectorPassesEveryCheck() {
        Events e = run(Passing.class);
        assertThat(e.started().count()).isGreaterThanOrEqualTo(12);
        assertThat(e.failed().count()).isZero();
    }

    @Test
    void aDetectorThatThrowsFails() {
        assertThat(run(ThrowsOnEmpty.class).failed().count()).isGreaterThan(0);
    }

    @Test
    void anEventOutsideTheWindowFails() {
        Events e = run(EventOutsideWindow.class);
        assertThat(e.failed().count()).isGreaterThan(0);
        assertThat(e.failed().stream().map(ev -> ev.getTestDescriptor().getDisplayName()))
                .contains("hugeCountsStayFinite()");
    }

    @Test
    void aNonDeterministicDetectorFails() {
        Events e = run(NotDeterministic.class);
        assertThat(e.failed().stream().map(ev -> ev.getTestDescriptor().getDisplayName()))
                .contains("deterministic()", "safeUnderParallelCalls()");
    }
}
