package io.viralscope.app.report;

import io.viralscope.api.Detector;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.UserError;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.alert.BreakoutRule;
import io.viralscope.app.analysis.AnalysedSeries;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.ResultCache;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.LoadedCohortDetector;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.report.html.HtmlReportWriter;
import io.viralscope.app.store.Store;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds reports: loads the selected series from the store, runs every detector through the cache, then every
 * cohort detector once over all the selected videos (shared events), and writes the result in the chosen format
 * without ever leaving a half-written file behind.
 */
public final class ReportService {

    private final Settings settings;
    private final Store store;
    private final List<LoadedDetector> detectors;
    private final List<LoadedCohortDetector> cohortDetectors;
    private final List<String> problems;
    private final ResultCache cache;
    private final Clock clock;

    /**
     * @param settings  the run's configuration
     * @param store     the store to read
     * @param detectors the detectors to run
     * @param problems  plugin problems to show in the report
     * @param clock     the one clock
     */
    public ReportService(Settings settings, Store store, List<LoadedDetector> detectors, List<String> problems,
                         Clock clock) {
        this(settings, store, detectors, List.of(), problems, clock);
    }

    /**
     * @param settings        the run's configuration
     * @param store           the store to read
     * @param detectors       the detectors to run on each video
     * @param cohortDetectors the cohort detectors to run once over the selected videos, after the detectors
     * @param problems        plugin problems to show in the report
     * @param clock           the one clock
     */
    public ReportService(Settings settings, Store store, List<LoadedDetector> detectors,
                         List<LoadedCohortDetector> cohortDetectors, List<String> problems, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.detectors = List.copyOf(detectors);
        this.cohortDetectors = List.copyOf(cohortDetectors);
        this.problems = List.copyOf(problems);
        this.cache = new ResultCache(store, settings.analysis().cacheSize());
        this.clock = clock;
    }

    /**
     * Analyses every day of the given videos, or of every video with samples when {@code videoIds} is empty.
     *
     * @throws UserError when a requested video has no samples in the store
     */
    public Report build(List<String> videoIds, Progress progress) {
        return build(videoIds, AnalysisWindow.WHOLE, progress);
    }

    /**
     * Analyses the given videos, or every video with samples when {@code videoIds} is empty, over {@code window}.
     *
     * @throws UserError when a requested video has no samples in the store, or the window holds none of the
     *                   selected videos' days
     */
    public Report build(List<String> videoIds, AnalysisWindow window, Progress progress) {
        List<String> unknownSettings = settings.detectors().keySet().stream()
                .filter(id -> detectors.stream().noneMatch(d -> d.detector().id().equals(id)))
                .filter(id -> cohortDetectors.stream().noneMatch(d -> d.detector().id().equals(id))).sorted().toList();
        List<String> notes = new ArrayList<>(problems);
        for (String id : unknownSettings) {
            notes.add("The configuration has settings for detector '" + id + "', but no such detector is loaded;"
                    + " check the id (viralscope plugins lists them).");
        }
        List<String> ids = videoIds.isEmpty() ? store.videoIdsWithSamples() : videoIds;
        List<VideoSeries> stored = new ArrayList<>();
        List<AnalysedSeries> analysed = new ArrayList<>();
        for (String id : ids) {
            VideoSeries s = store.series(id);
            if (s.isEmpty()) {
                throw UserError.badInput("The store " + store.file() + " holds no samples of video '" + id
                        + "'; import or track it first (viralscope import FILE, viralscope track add ID).");
            }
            stored.add(s);
            analysed.add(AnalysedSeries.of(s, store.publishedAt(id).orElse(null), window));
        }
        if (!window.whole() && !analysed.isEmpty() && analysed.stream().noneMatch(a -> a.window().hasDays())) {
            throw UserError.badInput(WindowOutsideData.sentence(window, stored));
        }
        List<VideoSeries> series = analysed.stream().map(AnalysedSeries::series).toList();
        Instant start = clock.instant();
        List<Detector> ds = detectors.stream().map(LoadedDetector::detector).toList();
        try (DetectorRunner runner = DetectorRunner.configured(ds, cache, settings)) {
            List<VideoAnalysis> analyses = runner.analyseWindows(analysed, progress);
            CohortRunner.Outcome cohort = new CohortRunner(cohortDetectors, settings::detectorSettings,
                    settings.analysis().detectorTimeout()).run(analyses);
            Instant end = clock.instant();
            List<Report.DetectorInfo> infos = detectors.stream().map(d -> new Report.DetectorInfo(d.detector().id(),
                    d.detector().version(), d.detector().description(), d.pluginId())).toList();
            // a breakout is about now: a window that ends before a video's data does not say
            List<Breakout> breakouts = new ArrayList<>();
            for (int i = 0; i < analyses.size(); i++) {
                if (analyses.get(i).series().lastAt().equals(stored.get(i).lastAt())) {
                    BreakoutRule.evaluate(analyses.get(i), end).ifPresent(breakouts::add);
                }
            }
            if (!series.isEmpty()) {
                notes.addAll(runner.settingsNotRead(series.get(0)));
            }
            notes.addAll(cohort.problems());
            return new Report(end, infos, analyses, runner.stats(series.size(), Duration.between(start, end)),
                    notes, breakouts, cohort.findings(), window);
        }
    }

    /** The writer of one format. */
    public static ReportWriter writerFor(ReportFormat format) {
        return writerFor(format, false);
    }

    /** The writer of one format; {@code curves} puts the fitted curves into a JSON report. */
    public static ReportWriter writerFor(ReportFormat format, boolean curves) {
        return switch (format) {
            case JSON -> new JsonReportWriter(curves);
            case CSV -> new CsvReportWriter();
            case HTML -> new HtmlReportWriter();
        };
    }

    /**
     * Writes {@code report} to the file, device or FIFO {@code out} without ever leaving a half-written file
     * (see {@link OutputFile}).
     *
     * @param clock the one clock, for the age of leftover temporary files
     */
    public static void writeFile(Report report, ReportFormat format, Path out, Clock clock) {
        writeFile(report, writerFor(format), out, clock);
    }

    /** Writes {@code report} with {@code writer} to the file {@code out}, as {@link #writeFile} does. */
    public static void writeFile(Report report, ReportWriter writer, Path out, Clock clock) {
        OutputFile.write(out, clock, w -> writer.write(report, w));
    }

    /** Writes {@code report} to standard output. */
    public static void writeStdout(Report report, ReportFormat format, java.io.PrintStream stdout) {
        writeStdout(report, writerFor(format), stdout);
    }

    /** Writes {@code report} with {@code writer} to standard output. */
    public static void writeStdout(Report report, ReportWriter writer, java.io.PrintStream stdout) {
        try {
            Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            writer.write(report, w);
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
