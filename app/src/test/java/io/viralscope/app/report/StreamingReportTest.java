package io.viralscope.app.report;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.ResultCache;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.TestDetectors;
import io.viralscope.app.analysis.VerdictBuilder;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.report.html.HtmlReportWriter;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.VideoMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports over many videos: the videos stream through the detectors and the writers (memory holds a batch, not
 * the report), a warm report runs no detector, and an HTML page of many videos gives sections to a chosen few.
 */
class StreamingReportTest {

    private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final int VIDEOS = 150;

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("s.db"), CLOCK);
        List<NewSample> samples = new ArrayList<>();
        List<VideoMetadata> videos = new ArrayList<>();
        for (int v = 0; v < VIDEOS; v++) {
            String id = id(v);
            videos.add(new VideoMetadata(id, "Video <" + v + ">", null));
            for (int d = 0; d <= 20; d++) {
                samples.add(new NewSample(id, Sample.ofViews(T0.plusSeconds(86_400L * d), (v + 1) * 100L * d), "csv"));
            }
        }
        store.addSamples(videos, samples);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String id(int v) {
        return String.format("vid%08d", v);
    }

    private Settings settings() {
        return new ConfigLoader(dir).load(null);
    }

    private Report build(TestDetectors.Scripted detector) {
        return new ReportService(settings(), store, List.of(new LoadedDetector(detector, "test", "1.0.0")), List.of(),
                CLOCK).build(List.of(), Progress.NONE);
    }

    @Test
    void aWarmReportRunsNoDetectorAndWritingRunsNone() throws IOException {
        TestDetectors.Scripted cold = TestDetectors.counting("counting");
        Report first = build(cold);
        assertThat(cold.calls.get()).isEqualTo(VIDEOS);
        assertThat(first.stats().computed()).isEqualTo(VIDEOS);

        // a new service has a new, empty memory tier: as a new process would
        TestDetectors.Scripted warm = TestDetectors.counting("counting");
        Report second = build(warm);
        for (ReportWriter w : List.of(new JsonReportWriter(), new CsvReportWriter(), new HtmlReportWriter())) {
            w.write(second, new StringWriter());
        }
        assertThat(warm.calls.get()).isZero();
        assertThat(second.stats().computed()).isZero();
        assertThat(second.stats().storeHits()).isEqualTo(VIDEOS);
        assertThat(second.summaries()).hasSize(VIDEOS);
        assertThat(second.metrics().get("counting")).containsExactly("samples", "last_views");
    }

    @Test
    void aJsonReportWritesTheEntriesItsFirstPassKeptWithoutReadingAnyVideoAgain() throws IOException {
        ReportService service = countingService();
        // the same report written the old way, every video read again: what the kept entries must equal
        String readAgain = readingEveryVideoAgain(service);

        JsonReportWriter writer = new JsonReportWriter();
        Report report = service.build(List.of(), AnalysisWindow.WHOLE, Progress.NONE, writer.spool().orElseThrow());
        // a closed store cannot be read: writing must not need it
        store.close();
        StringWriter kept = new StringWriter();
        writer.write(report, kept);
        assertThat(withoutRunFigures(kept.toString())).isEqualTo(withoutRunFigures(readAgain));
        assertThat(kept.toString()).contains("\"video_id\":\"" + id(VIDEOS - 1) + "\"");
        store = Store.open(dir.resolve("s.db"), CLOCK);
    }

    @Test
    void entriesThatCannotBeKeptLeaveTheReportToReadTheVideosAgain() throws IOException {
        ReportService service = countingService();
        String readAgain = readingEveryVideoAgain(service);

        // the folder for the kept entries cannot be written (as a full disk could not)
        Path missing = dir.resolve("no-such-folder");
        JsonReportWriter unkept = new JsonReportWriter(false, false, missing);
        Report report = service.build(List.of(), AnalysisWindow.WHOLE, Progress.NONE, unkept.spool().orElseThrow());
        StringWriter written = new StringWriter();
        unkept.write(report, written);
        assertThat(withoutRunFigures(written.toString())).isEqualTo(withoutRunFigures(readAgain));
        assertThat(missing).doesNotExist();

        // a spool that was handed only some of the videos is set aside too
        JsonReportWriter partly = new JsonReportWriter();
        VideoSpool spool = partly.spool().orElseThrow();
        Report two = service.build(List.of(id(0), id(1)), AnalysisWindow.WHOLE, Progress.NONE,
                (video, breakout, sources) -> {
                    if (video.series().videoId().equals(id(0))) {
                        spool.take(video, breakout, sources);
                    }
                });
        StringWriter both = new StringWriter();
        partly.write(two, both);
        assertThat(both.toString()).contains("\"video_id\":\"" + id(0) + "\"")
                .contains("\"video_id\":\"" + id(1) + "\"");
    }

    private ReportService countingService() {
        return new ReportService(settings(), store, List.of(new LoadedDetector(TestDetectors.counting("counting"),
                "test", "1.0.0")), List.of(), CLOCK);
    }

    /** The service's JSON report as written without kept entries: every video read again. */
    private static String readingEveryVideoAgain(ReportService service) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(service.build(List.of(), Progress.NONE), out);
        return out.toString();
    }

    /** The report without the figures of the run that made it (its time and cache counts). */
    private static String withoutRunFigures(String json) {
        return json.replaceAll("\"generated_at\" : \"[^\"]*\"", "").replaceAll("(?s)\"run\" : \\{[^}]*}", "");
    }

    @Test
    void aReportOfMoreDetectionsThanTheMemoryTierHoldsReadsItsLaterPassesFromTheStore() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("small.yaml"), "analysis:\n  cache-size: " + (VIDEOS - 1) + "\n");
        Settings small = new ConfigLoader(dir).load(dir.resolve("small.yaml"));
        // the results table emptied between the analysis and the writing: only the memory tier still holds them
        assertThat(detectorCallsWhenWritten(small)).isEqualTo(2 * VIDEOS);
        assertThat(detectorCallsWhenWritten(settings())).isEqualTo(VIDEOS);
    }

    private void emptyResultsTable() {
        store.inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM detection_results");
            }
        });
    }

    /** Analyses every video afresh, empties the results table, writes the CSV report: how often the detector ran. */
    private int detectorCallsWhenWritten(Settings settings) throws IOException {
        emptyResultsTable();
        TestDetectors.Scripted counting = TestDetectors.counting("counting");
        Report report = new ReportService(settings, store, List.of(new LoadedDetector(counting, "test", "1.0.0")),
                List.of(), CLOCK).build(List.of(), Progress.NONE);
        emptyResultsTable();
        new CsvReportWriter().write(report, new StringWriter());
        return counting.calls.get();
    }

    @Test
    void aCohortDetectorWalkingItsMembersMakesTheFirstPassSoEachVideoIsReadOnce() {
        build(TestDetectors.counting("counting"));
        List<String> seen = new ArrayList<>();
        SharedEventsReportTest.Scripted walking = new SharedEventsReportTest.Scripted("walking", (members, c) -> {
            members.forEach(m -> seen.add(m.videoId()));
            return List.of();
        });
        TestDetectors.Scripted warm = TestDetectors.counting("counting");
        Report report = new ReportService(settings(), store, List.of(new LoadedDetector(warm, "test", "1.0.0")),
                List.of(new io.viralscope.app.plugins.LoadedCohortDetector(walking, "test", "1.0.0")), List.of(),
                CLOCK).build(List.of(), Progress.NONE);
        assertThat(seen).hasSize(VIDEOS).first().isEqualTo(id(0));
        // read once from the store for both the summaries and the cohort detector: no second read, from memory
        assertThat(report.stats().storeHits()).isEqualTo(VIDEOS);
        assertThat(report.stats().memoryHits()).isZero();
        assertThat(report.summaries()).hasSize(VIDEOS).extracting(VideoSummary::videoId).containsExactlyElementsOf(
                store.videoIdsWithSamples());
        assertThat(warm.calls.get()).isZero();
    }

    @Test
    void aCohortDetectorReadingAFewMembersLeavesTheRestToTheFirstPass() {
        SharedEventsReportTest.Scripted picky = new SharedEventsReportTest.Scripted("picky", (members, c) -> {
            assertThat(members.get(VIDEOS - 1).videoId()).isEqualTo(id(VIDEOS - 1));
            java.util.Iterator<io.viralscope.api.CohortMember> it = members.iterator();
            it.next();
            it.next();
            return List.of();
        });
        TestDetectors.Scripted counting = TestDetectors.counting("counting");
        Report report = new ReportService(settings(), store, List.of(new LoadedDetector(counting, "test", "1.0.0")),
                List.of(new io.viralscope.app.plugins.LoadedCohortDetector(picky, "test", "1.0.0")), List.of(),
                CLOCK).build(List.of(), Progress.NONE);
        assertThat(report.problems()).isEmpty();
        assertThat(report.summaries()).extracting(VideoSummary::videoId)
                .containsExactlyElementsOf(store.videoIdsWithSamples());
        assertThat(report.stats().computed()).isEqualTo(VIDEOS);
    }

    @Test
    void theVideoSourceAnalysesAFewBatchesAtATimeAndOnlyWhenAsked() {
        TestDetectors.Scripted counting = TestDetectors.counting("lazy");
        List<String> ids = store.videoIdsWithSamples();
        DetectorRunner runner = new DetectorRunner(List.of(counting), ResultCache.forOneReport(store, 0),
                id -> java.util.Map.of(), 2, Duration.ofSeconds(10));
        int batch = 10;
        VideoSource source = new VideoSource(ids, store, AnalysisWindow.WHOLE, runner, Progress.NONE, batch);
        assertThat(source).hasSize(VIDEOS);
        assertThat(counting.calls.get()).isZero();

        Iterator<VideoAnalysis> it = source.iterator();
        assertThat(it.next().series().videoId()).isEqualTo(id(0));
        // the first batch is done; the ones read ahead may still be running, but nothing beyond them has started
        assertThat(counting.calls.get()).isBetween(batch, (VideoSource.AHEAD + 1) * batch);
        for (int i = 1; i < VIDEOS; i++) {
            assertThat(it.next().series().videoId()).isEqualTo(id(i));
        }
        assertThat(it.hasNext()).isFalse();
        assertThat(counting.calls.get()).isEqualTo(VIDEOS);

        TestDetectors.Scripted one = TestDetectors.counting("one");
        DetectorRunner alone = new DetectorRunner(List.of(one), ResultCache.forOneReport(store, 0),
                id -> java.util.Map.of(), 2, Duration.ofSeconds(10));
        assertThat(new VideoSource(ids, store, AnalysisWindow.WHOLE, alone).get(VIDEOS - 1).series().videoId())
                .isEqualTo(id(VIDEOS - 1));
        assertThat(one.calls.get()).isEqualTo(1);
        runner.close();
        alone.close();
    }

    /**
     * Videos made on demand, each with a detection longer than the JSON generator's buffer, that record how much
     * of the report was already written when the writer asked for them.
     */
    private static final class Recorded extends AbstractList<VideoAnalysis> {
        private final StringWriter out;
        private final List<Integer> writtenBefore = new ArrayList<>();

        Recorded(StringWriter out) {
            this.out = out;
        }

        @Override
        public VideoAnalysis get(int index) {
            writtenBefore.add(out.getBuffer().length());
            List<Sample> samples = new ArrayList<>();
            for (int d = 0; d <= 5; d++) {
                samples.add(Sample.ofViews(T0.plusSeconds(86_400L * d), 100L * d));
            }
            VideoSeries s = new VideoSeries(id(index), "Video " + index, samples);
            List<Detection> ds = List.of(Detection.ok(TestDetectors.counting("big")).summary("x".repeat(10_000))
                    .build());
            return new VideoAnalysis(s, DailyGrid.of(s).quality(), ds, VerdictBuilder.combine(ds));
        }

        @Override
        public int size() {
            return 5;
        }
    }

    @Test
    void theJsonAndCsvWritersWriteEachVideoBeforeAskingForTheNext() throws IOException {
        for (ReportWriter writer : List.of(new JsonReportWriter(), new CsvReportWriter())) {
            StringWriter out = new StringWriter();
            Recorded videos = new Recorded(out);
            Report report = new Report(CLOCK.instant(), List.of(), videos, new RunStats(5, 5, 0, 0, 5, 0,
                    Duration.ZERO), List.of(), List.of(), List.of(), AnalysisWindow.WHOLE,
                    List.of(), java.util.Map.of("big", java.util.Set.of()));
            writer.write(report, out);
            // each video (over 10,000 characters, more than any buffer holds) is out before the next one is made;
            // a writer that built the whole report first would have written nothing yet
            for (int i = 1; i < videos.writtenBefore.size(); i++) {
                assertThat(videos.writtenBefore.get(i)).as(writer.getClass().getSimpleName() + " video " + i)
                        .isGreaterThan(videos.writtenBefore.get(i - 1));
            }
            assertThat(videos.writtenBefore).hasSize(5);
        }
    }

    @Test
    void anHtmlPageOfManyVideosHasARowForEachAndSectionsForTheChosenFew() throws IOException {
        Report report = build(TestDetectors.counting("counting"));
        // the least viewed video breaks out: it gets a section before the most viewed
        Report flagged = new Report(report.generatedAt(), report.detectors(), report.videos(), report.stats(),
                report.problems(), List.of(new Breakout(id(0), "Video <0>", CLOCK.instant(),
                T0.plusSeconds(86_400L * 20), List.of("counting: it accelerates"))), report.sharedEvents(),
                report.window(), report.summaries().stream().map(s -> s.videoId().equals(id(0))
                ? new VideoSummary(s.videoId(), s.title(), s.firstAt(), s.lastAt(), s.lastViews(), s.mechanism(),
                s.confidence(), true) : s).toList(), report.metrics());
        StringWriter out = new StringWriter();
        new HtmlReportWriter(5).write(flagged, out);
        String page = out.toString();

        String table = page.substring(page.indexOf("<table class=\"sortable comparison\">"),
                page.indexOf("</table>", page.indexOf("<table class=\"sortable comparison\">")));
        assertThat(Pattern.compile("<tr>").matcher(table).results().count()).isEqualTo(VIDEOS + 1);
        assertThat(Pattern.compile("<a class=\"multiple\"").matcher(page).results().count()).isEqualTo(VIDEOS);
        assertThat(Pattern.compile("<section class=\"video\"").matcher(page).results().count()).isEqualTo(5);
        for (String chosen : List.of(id(0), id(149), id(148), id(147), id(146))) {
            assertThat(page).contains("<section class=\"video\" id=\"video-" + chosen + "\"");
        }
        assertThat(page).doesNotContain("id=\"video-" + id(145) + "\"")
                .contains("This report covers 150 videos; 5 have a section with charts and every detector's"
                        + " result: those breaking out first, then the most viewed. Every video has its row in the"
                        + " table and its curve at a glance. For any other video, run viralscope report --video ID"
                        + " (or raise --details).")
                .contains("Video &lt;7&gt;").doesNotContain("Video <7>");
    }

    @Test
    void anHtmlPageOfFewVideosHasASectionForEach() throws IOException {
        Report report = build(TestDetectors.counting("counting"));
        StringWriter out = new StringWriter();
        new HtmlReportWriter(VIDEOS).write(report, out);
        assertThat(Pattern.compile("<section class=\"video\"").matcher(out.toString()).results().count())
                .isEqualTo(VIDEOS);
        assertThat(out.toString()).doesNotContain("This report covers");
    }

    @Test
    void aBreakoutStillReachesTheReport() {
        Instant last = T0.plusSeconds(86_400L * 20);
        TestDetectors.Scripted accelerating = new TestDetectors.Scripted("accel", (d, s) -> Detection.ok(d)
                .summary("fast").breakout(BreakoutSignal.Kind.ACCELERATION, s.lastAt().orElseThrow(), "it accelerates")
                .build());
        Report report = build(accelerating);
        assertThat(report.breakouts()).hasSize(VIDEOS).allSatisfy(b -> {
            assertThat(b.dataUntil()).isEqualTo(last);
            assertThat(b.detectedAt()).isEqualTo(report.generatedAt());
        });
        assertThat(report.summaries()).allMatch(VideoSummary::breakout);
    }
}
