package io.viralscope.app.analysis;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.store.ResultKey;
import io.viralscope.app.store.Store;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Compact curves through the results table, rows of the old form, and one daily grid per video. */
class CompactCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant DAY0 = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;

    private static VideoSeries series(String id, int days) {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            s.add(Sample.ofViews(DAY0.plusSeconds(86_400L * i), 100L * i * i));
        }
        return new VideoSeries(id, "title " + id, s);
    }

    /** Fits a daily curve on the grid it is handed, and notes that grid. */
    private static final class Fitting implements Detector {
        final String id;
        final Set<DailyGrid> grids = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();

        Fitting(String id) {
            this.id = id;
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
            return "Fits.";
        }

        @Override
        public Detection detect(VideoSeries series, DetectorContext context) {
            calls.incrementAndGet();
            DailyGrid grid = context.grid(series);
            grids.add(grid);
            return Detection.ok(this).summary("Fitted.")
                    .curve(FittedCurve.daily("fit", CurveQuantity.CUMULATIVE_VIEWS, true, grid.start(),
                            grid.cumulativeViews()))
                    .curve(FittedCurve.irregular("per-sample", CurveQuantity.LIKES_PER_VIEW, false, grid.start(),
                            Duration.ofDays(1), new double[] {0.25, 1.75}, new double[] {0.01, 0.02}))
                    .build();
        }
    }

    private static DetectorRunner runner(Store store, List<Detector> detectors) {
        return new DetectorRunner(detectors, new ResultCache(store, 100), id -> Map.of(), 1, Duration.ofSeconds(5));
    }

    @Test
    void compactCurvesComeBackEqualFromTheResultsTable() {
        Path db = dir.resolve("v.db");
        List<VideoSeries> videos = List.of(series("aaaaaaaaaaa", 30));
        List<VideoAnalysis> fresh;
        try (Store store = Store.open(db, CLOCK); DetectorRunner r = runner(store, List.of(new Fitting("fit")))) {
            fresh = r.analyse(videos, Progress.NONE);
        }
        Fitting again = new Fitting("fit");
        try (Store store = Store.open(db, CLOCK); DetectorRunner r = runner(store, List.of(again))) {
            List<VideoAnalysis> cached = r.analyse(videos, Progress.NONE);
            assertThat(r.stats(1, Duration.ZERO).storeHits()).isEqualTo(1);
            assertThat(cached.get(0).detections()).isEqualTo(fresh.get(0).detections());
            assertThat(cached.get(0).detections().get(0).curves().get(0).size()).isEqualTo(30);
        }
        assertThat(again.calls).hasValue(0);
    }

    @Test
    void aOnePassCacheKeepsNoDetectionInMemoryButStoresEveryOneAndKeepsFailures() {
        VideoSeries video = series("aaaaaaaaaaa", 30);
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            ResultCache cache = ResultCache.storeOnly(store);
            ResultKey ok = keyOf(video, "fit");
            cache.put(ok, Detection.ok(new Fitting("fit")).summary("Fitted.").metric("r2", 0.9).build());
            cache.flush();
            // not from memory: read back from the results table
            assertThat(cache.get(ok)).isPresent();
            assertThat(cache.memoryHits()).isZero();
            assertThat(cache.storeHits()).isEqualTo(1);

            ResultKey broken = keyOf(video, "broken");
            Detection failure = Detection.failed("broken", "1.0.0", "Detector broken failed on this video.");
            cache.put(broken, failure);
            cache.flush();
            assertThat(cache.get(broken)).contains(failure);
            assertThat(store.query("SELECT COUNT(*) FROM detection_results", rs -> rs.getInt(1))).containsExactly(1);
        }
    }

    private static ResultKey keyOf(VideoSeries video, String detector) {
        return new ResultKey(detector, "1.0.0", SeriesFingerprint.ofSettings(Map.of()),
                SeriesFingerprint.of(video, AnalysedSeries.whole(video).window()));
    }

    // what an older Viralscope wrote: JSON, here of the compact form (format 2)
    private static final String JSON_ROW = "{\"detector\":\"count\",\"version\":\"1.0.0\",\"status\":\"ok\","
            + "\"summary\":\"Old.\",\"metrics\":{\"samples\":999.0},\"events\":[],\"evidence\":[],\"curves\":[],"
            + "\"format\":2}";

    @Test
    void aRowOfAnotherFormIsRecomputedAndReplaced() {
        VideoSeries video = series("aaaaaaaaaaa", 10);
        TestDetectors.Scripted counting = TestDetectors.counting("count");
        ResultKey key = keyOf(video, "count");
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK)) {
            store.saveResults(Map.of(key, JSON_ROW.getBytes(StandardCharsets.UTF_8)));
            try (DetectorRunner r = runner(store, List.of(counting))) {
                Detection d = r.analyse(List.of(video), Progress.NONE).get(0).detections().get(0);
                assertThat(d.number("samples")).isEqualTo(10.0);
                assertThat(d.summary()).isEqualTo("Saw 10 samples.");
            }
            assertThat(counting.calls).hasValue(1);
            assertThat(store.findResult(key).flatMap(CachedDetection::read))
                    .hasValueSatisfying(d -> assertThat(d.summary()).isEqualTo("Saw 10 samples."));
        }
    }

    @Test
    void aStoreWhoseResultsWereJsonOpensAndRecomputesThem() throws Exception {
        Path db = dir.resolve("v.db");
        // a store as Viralscope left it before migration 6, with a cached JSON row
        Flyway.configure().dataSource("jdbc:sqlite:" + db, "", "").locations("classpath:db/migration").target("5")
                .loggers("slf4j").load().migrate();
        VideoSeries video = series("aaaaaaaaaaa", 10);
        ResultKey key = keyOf(video, "count");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("INSERT INTO detection_results VALUES (?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, key.detectorId());
            ps.setString(2, key.detectorVersion());
            ps.setString(3, key.settingsHash());
            ps.setString(4, key.seriesFingerprint());
            ps.setString(5, JSON_ROW);
            ps.executeUpdate();
        }
        TestDetectors.Scripted counting = TestDetectors.counting("count");
        try (Store store = Store.open(db, CLOCK)) {
            assertThat(store.findResult(key)).isEmpty();
            try (DetectorRunner r = runner(store, List.of(counting))) {
                assertThat(r.analyse(List.of(video), Progress.NONE).get(0).detections().get(0).summary())
                        .isEqualTo("Saw 10 samples.");
            }
            assertThat(store.findResult(key).flatMap(CachedDetection::read)).isPresent();
        }
        assertThat(counting.calls).hasValue(1);
    }

    @Test
    void everyDetectorOfAVideoIsHandedTheOneGrid() {
        Fitting a = new Fitting("a");
        Fitting b = new Fitting("b");
        try (Store store = Store.open(dir.resolve("v.db"), CLOCK); DetectorRunner r = runner(store, List.of(a, b))) {
            r.analyse(List.of(series("aaaaaaaaaaa", 12), series("bbbbbbbbbbb", 14)), Progress.NONE);
        }
        assertThat(a.grids).hasSize(2);
        assertThat(b.grids).isEqualTo(a.grids); // the same instances: built once per video, not per detector
    }
}
