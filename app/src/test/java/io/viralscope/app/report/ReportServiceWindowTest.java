package io.viralscope.app.report;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.api.Sample;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.VideoMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Report windows and the publication start through {@link ReportService}, on a real SQLite store. */
class ReportServiceWindowTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant DAY_ONE = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;

    /** Dates its peak by the grid's day and flags a breakout at the last grid day. */
    private static final TestDetectors.Scripted PEAK = new TestDetectors.Scripted("peak-day", (d, s) -> {
        DailyGrid grid = s.daily();
        double[] x = grid.dailyViews();
        if (x.length < 1) {
            return Detection.insufficientData(d, "No whole day of views.");
        }
        int peak = 0;
        for (int k = 1; k < x.length; k++) {
            peak = x[k] > x[peak] ? k : peak;
        }
        return Detection.ok(d).summary("Peak.").event(new Event("peak", grid.time(peak), x[peak], "peak"))
                .breakout(BreakoutSignal.Kind.ACCELERATION, grid.time(x.length - 1), "it accelerates").build();
    });

    /** Published 1 Mar 14:00 UTC, sampled daily at 00:00 from 2 Mar: 27M on launch day, then 22.8M, then less. */
    private Store launch() {
        Store store = Store.open(dir.resolve("v.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        List<NewSample> samples = new ArrayList<>();
        long views = 0;
        long[] days = {27_000_000, 22_800_000, 9_000_000, 4_000_000, 2_000_000, 1_000_000, 800_000, 700_000};
        for (int d = 0; d < days.length; d++) {
            views += days[d];
            samples.add(new NewSample("launchDay01", Sample.ofViews(DAY_ONE.plus(Duration.ofDays(d + 1)), views),
                    "csv"));
        }
        store.addSamples(List.of(new VideoMetadata("launchDay01", "Launch", Instant.parse("2026-03-01T14:00:00Z"))),
                samples);
        return store;
    }

    private Report report(Store store, AnalysisWindow window) {
        return new ReportService(new ConfigLoader(dir).load(null), store,
                List.of(new LoadedDetector(PEAK, "test", "1.0.0")), List.of(), Clock.fixed(NOW, ZoneOffset.UTC))
                .build(List.of(), window, Progress.NONE);
    }

    @Test
    void aLaunchWith27MillionViewsOnDayOneHasItsPeakOnDayOne() {
        try (Store store = launch()) {
            Report r = report(store, AnalysisWindow.WHOLE);
            Event peak = r.videos().get(0).detections().get(0).events().get(0);
            assertThat(peak.at()).isEqualTo(DAY_ONE);
            assertThat(peak.value()).isEqualTo(27_000_000.0);
            // the added zeros are not stored samples
            assertThat(r.videos().get(0).window().samples()).isEqualTo(8);
        }
    }

    @Test
    void aWindowEndingBeforeTheDataNeverFlagsABreakout() {
        try (Store store = launch()) {
            assertThat(report(store, AnalysisWindow.WHOLE).breakouts()).hasSize(1);
            assertThat(report(store, AnalysisWindow.of(null, "2026-03-05", null)).breakouts()).isEmpty();
            assertThat(report(store, AnalysisWindow.of("2026-03-03", null, null)).breakouts()).hasSize(1);
        }
    }
}
