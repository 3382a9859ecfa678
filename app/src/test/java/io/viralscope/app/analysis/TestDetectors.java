package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Mechanism;
import io.viralscope.api.VideoSeries;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/** Detectors with known behaviour, for testing the host without real plugins. */
public final class TestDetectors {

    private TestDetectors() {
    }

    /** A detector defined by a function, counting its invocations. */
    public static class Scripted implements Detector {
        private final String id;
        private final BiFunction<Scripted, VideoSeries, Detection> body;
        public final AtomicInteger calls = new AtomicInteger();

        public Scripted(String id, BiFunction<Scripted, VideoSeries, Detection> body) {
            this.id = id;
            this.body = body;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "Test detector " + id + ".";
        }

        @Override
        public Detection detect(VideoSeries series, DetectorContext context) {
            calls.incrementAndGet();
            return body.apply(this, series);
        }
    }

    /** Reports the sample count and the last views; supports word of mouth. */
    public static Scripted counting(String id) {
        return new Scripted(id, (d, s) -> Detection.ok(d).summary("Saw " + s.size() + " samples.")
                .metric("samples", s.size())
                .metric("last_views", s.last().map(x -> (double) x.views()).orElse(0.0))
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.8, "imitation dominates").build());
    }

    public static Scripted throwing(String id) {
        return new Scripted(id, (d, s) -> {
            throw new IllegalStateException("boom");
        });
    }

    public static Scripted returningNaN(String id) {
        return new Scripted(id, (d, s) -> Detection.ok(d).summary("x").metric("r2", Double.NaN).build());
    }

    public static Scripted sleeping(String id, long millis) {
        return new Scripted(id, (d, s) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Detection.ok(d).summary("slept").build();
        });
    }

    public static Scripted eventOutsideWindow(String id) {
        return new Scripted(id, (d, s) -> Detection.ok(d).summary("x")
                .event("peak", Instant.parse("1999-01-01T00:00:00Z"), 1, "too early").build());
    }
}
