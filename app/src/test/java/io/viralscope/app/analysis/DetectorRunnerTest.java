package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DetectorRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static VideoSeries series(String id, int days) {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            s.add(Sample.ofViews(Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400L * i), 100L * i * i));
        }
        return new VideoSeries(id, "title " + id, s);
    }

    private static List<VideoAnalysis> run(Store store, List<Detector> detectors, List<VideoSeries> series,
                                           Duration timeout) {
        try (DetectorRunner runner = new DetectorRunner(detectors, new ResultCache(store, 100), id -> Map.of(), 2,
                timeout)) {
            return runner.analyse(series, Progress.NONE);
        }
    }

    @Test
    void aSecondRunOverUnchangedDataInANewProcessRecomputesNothing() {
        Path db = dir.resolve("v.db");
        List<VideoSeries> videos = List.of(series("aaaaaaaaaaa", 10), series("bbbbbbbbbbb", 20));
        TestDetectors.Scripted first = TestDetectors.counting("count");
        try (Store store = Store.open(db, CLOCK)) {
            List<VideoAnalysis> a = run(store, List.of(first), videos, Duration.ofSeconds(5));
            assertThat(a).extracting(v -> v.detections().get(0).number("samples")).containsExactly(10.0, 20.0);
        }
        assertThat(first.calls).hasValue(2);

        // a new store connection and a new in-memory cache stand for a new process
        TestDetectors.Scripted second = TestDetectors.counting("count");
        try (Store store = Store.open(db, CLOCK)) {
            ResultCache cache = new ResultCache(store, 100);
            try (DetectorRunner runner = new DetectorRunner(List.of(second), cache, id -> Map.of(), 2,
                    Duration.ofSeconds(5))) {
                List<VideoAnalysis> b = runner.analyse(videos, Progress.NONE);
                assertThat(b).extracting(v -> v.detections().get(0).number("samples")).containsExactly(10.0, 20.0);
                assertThat(runner.stats(2, Duration.ZERO).storeHits()).isEqualTo(2);
                // and within the process, the memory tier answers
                runner.analyse(videos, Progress.NONE);
                assertThat(cache.memoryHits()).isEqualTo(2);
            }
        }
        assertThat(second.calls).hasValue(0);
    }

    @Test
    void aChangedSeriesOrChangedSettingsIsRecomputed() {
        TestDetectors.Scripted d = TestDetectors.counting("count");
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            ResultCache cache = new ResultCache(store, 100);
            try (DetectorRunner runner = new DetectorRunner(List.of(d), cache, id -> Map.of(), 1,
                    Duration.ofSeconds(5))) {
                runner.analyse(List.of(series("aaaaaaaaaaa", 10)), Progress.NONE);
                runner.analyse(List.of(series("aaaaaaaaaaa", 11)), Progress.NONE);
            }
            try (DetectorRunner runner = new DetectorRunner(List.of(d), cache, id -> Map.of("k", 1), 1,
                    Duration.ofSeconds(5))) {
                runner.analyse(List.of(series("aaaaaaaaaaa", 11)), Progress.NONE);
            }
        }
        assertThat(d.calls).hasValue(3);
    }

    @Test
    void brokenDetectorsFailAloneAndTheRunGoesOn() {
        List<Detector> detectors = List.of(TestDetectors.counting("good"), TestDetectors.throwing("thrower"),
                TestDetectors.returningNaN("nan"), TestDetectors.sleeping("slow", 5_000),
                TestDetectors.eventOutsideWindow("outside"));
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            List<VideoAnalysis> a = run(store, detectors, List.of(series("aaaaaaaaaaa", 10)), Duration.ofMillis(300));
            List<Detection> d = a.get(0).detections();
            assertThat(d).extracting(Detection::status).containsExactly(DetectionStatus.OK, DetectionStatus.FAILED,
                    DetectionStatus.FAILED, DetectionStatus.FAILED, DetectionStatus.FAILED);
            assertThat(d.get(1).summary()).isEqualTo("Detector thrower failed on this video:"
                    + " IllegalStateException: boom.");
            assertThat(d.get(2).summary()).isEqualTo("Detector nan failed on this video: IllegalArgumentException:"
                    + " metric r2 must be a finite number but was NaN.");
            assertThat(d.get(3).summary()).isEqualTo("Detector slow exceeded its time limit of 300ms on this video"
                    + " and was skipped.");
            assertThat(d.get(4).summary()).isEqualTo("Detector outside reported event 'peak' at"
                    + " 1999-01-01T00:00:00Z, outside the series window.");
            // failures are not cached: they may not happen again
            assertThat(store.query("SELECT COUNT(*) FROM detection_results", rs -> rs.getInt(1))).containsExactly(1);
        }
    }

    @Test
    void aBadDetectorSettingStopsTheRunWithTheKeyNamed() {
        Detector reads = new TestDetectors.Scripted("fussy", (d, series) -> Detection.ok(d).summary("ok.")
                .metric("x", 1.0).build()) {
            @Override
            public Detection detect(VideoSeries series, io.viralscope.api.DetectorContext context) {
                context.settings().getInt("window", 7, 1, 30);
                return super.detect(series, context);
            }
        };
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK);
             DetectorRunner runner = new DetectorRunner(List.of(reads), new ResultCache(store, 10),
                     id -> Map.of("window", 90), 1, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> runner.analyse(List.of(series("aaaaaaaaaaa", 5)), Progress.NONE))
                    .isInstanceOf(io.viralscope.app.UserError.class)
                    .hasMessage("Setting detectors.fussy.window is '90' but must be a whole number from 1 to 30.");
        }
    }

    @Test
    void runsInParallelAndKeepsInputOrder() {
        TestDetectors.Scripted d = TestDetectors.counting("count");
        List<VideoSeries> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(series(String.format("v%010d", i), 3 + i));
        }
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            List<VideoAnalysis> a = run(store, List.of(d), many, Duration.ofSeconds(5));
            assertThat(a).extracting(v -> v.series().videoId()).isEqualTo(many.stream().map(VideoSeries::videoId)
                    .toList());
        }
        assertThat(d.calls).hasValue(40);
    }

    @Test
    void theTimeLimitHoldsForEachDetectorCallNotForAVideosCallsTogether() {
        // three calls of 150 ms run one after another on one thread: 450 ms in all, each well inside 400 ms
        List<Detector> detectors = List.of(TestDetectors.sleeping("a", 150), TestDetectors.sleeping("b", 150),
                TestDetectors.sleeping("c", 150));
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            List<VideoAnalysis> a = run(store, detectors, List.of(series("aaaaaaaaaaa", 10)), Duration.ofMillis(400));
            assertThat(a.get(0).detections()).extracting(Detection::status)
                    .containsExactly(DetectionStatus.OK, DetectionStatus.OK, DetectionStatus.OK);
        }
    }

    @Test
    void aDetectorThatIgnoresInterruptsIsLeftRunningAndTheVideosLaterDetectorsStillRun() {
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger spins = new java.util.concurrent.atomic.AtomicInteger();
        Detector stubborn = new TestDetectors.Scripted("stubborn", (d, series) -> {
            while (!release.get()) {
                // deaf to interrupts, as a runaway loop in a plugin would be
                spins.incrementAndGet();
                Thread.onSpinWait();
            }
            return Detection.ok(d).summary("late.").build();
        });
        TestDetectors.Scripted after = TestDetectors.counting("after");
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            List<VideoAnalysis> a = run(store, List.of(TestDetectors.counting("before"), stubborn, after),
                    List.of(series("aaaaaaaaaaa", 10), series("bbbbbbbbbbb", 12)), Duration.ofMillis(200));
            for (VideoAnalysis v : a) {
                assertThat(v.detections()).extracting(Detection::status)
                        .containsExactly(DetectionStatus.OK, DetectionStatus.FAILED, DetectionStatus.OK);
                assertThat(v.detections().get(1).summary()).isEqualTo("Detector stubborn exceeded its time limit of"
                        + " 200ms on this video and was skipped.");
            }
            assertThat(after.calls).hasValue(2);
            assertThat(spins.get()).isPositive();
        } finally {
            release.set(true);
        }
    }

    @Test
    void aDetectorThatThrowsAnErrorFailsAloneAndTheNextOneRunsOnTheSameVideo() {
        Detector overflowing = new TestDetectors.Scripted("deep", (d, series) -> {
            throw new StackOverflowError();
        });
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            List<VideoAnalysis> a = run(store, List.of(overflowing, TestDetectors.counting("next")),
                    List.of(series("aaaaaaaaaaa", 10)), Duration.ofSeconds(5));
            assertThat(a.get(0).detections()).extracting(Detection::summary).first()
                    .isEqualTo("Detector deep failed on this video: StackOverflowError.");
            assertThat(a.get(0).detections().get(1).status()).isEqualTo(DetectionStatus.OK);
        }
    }
}
