package io.viralscope.app.report;

import io.viralscope.api.Detector;
import io.viralscope.app.UserError;
import io.viralscope.app.alert.Breakout;
import io.viralscope.app.analysis.AnalysedSeries;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.ResultCache;
import io.viralscope.app.analysis.RunStats;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        this.cache = ResultCache.forOneReport(store, settings.analysis().cacheSize());
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
        return build(videoIds, window, progress, VideoSpool.NONE);
    }

    /**
     * As above, handing each video to {@code spool} as the first pass takes it, in report order: the writer that
     * made the spool then writes the videos from it instead of reading and analysing each again.
     */
    public Report build(List<String> videoIds, AnalysisWindow window, Progress progress, VideoSpool spool) {
        return build(select(videoIds), window, progress, spool);
    }

    /** The videos a report covers, checked: each requested one has samples, or every one with samples. */
    public record Selection(List<String> ids) {
        public Selection {
            ids = List.copyOf(ids);
        }
    }

    /**
     * The given videos, or every video with samples when {@code videoIds} is empty.
     *
     * @throws UserError when a requested video has no samples in the store
     */
    public Selection select(List<String> videoIds) {
        if (videoIds.isEmpty()) {
            return new Selection(store.videoIdsWithSamples());
        }
        Set<String> held = new HashSet<>(store.videoIdsWithSamples());
        videoIds.stream().filter(id -> !held.contains(id)).findFirst().ifPresent(id -> {
            throw VideoSource.noSamples(store, id);
        });
        return new Selection(videoIds);
    }

    /** As above, over videos already selected (the store is not asked for them again). */
    public Report build(Selection selection, AnalysisWindow window, Progress progress, VideoSpool spool) {
        List<String> unknownSettings = settings.detectors().keySet().stream()
                .filter(id -> detectors.stream().noneMatch(d -> d.detector().id().equals(id)))
                .filter(id -> cohortDetectors.stream().noneMatch(d -> d.detector().id().equals(id))).sorted().toList();
        List<String> notes = new ArrayList<>(problems);
        for (String id : unknownSettings) {
            notes.add("The configuration has settings for detector '" + id + "', but no such detector is loaded;"
                    + " check the id (viralscope plugins lists them).");
        }
        List<String> ids = selection.ids();
        List<Detector> ds = detectors.stream().map(LoadedDetector::detector).toList();
        // the memory tier pays only when a later pass finds every detection there: not when the writer keeps each
        // video as the first pass takes it (no later pass), nor when it cannot hold them all (a report walks its
        // videos in order, so each pass evicts what the next would need)
        boolean laterPassFindsAll = spool == VideoSpool.NONE
                && (long) ids.size() * ds.size() <= settings.analysis().cacheSize();
        // not closed: the report's video source analyses with it again when written; idle threads end by themselves
        DetectorRunner runner = DetectorRunner.configured(ds, laterPassFindsAll ? cache : ResultCache.storeOnly(store),
                settings);
        VideoSource source = new VideoSource(ids, store, window, runner, progress);
        if (!window.whole() && !ids.isEmpty()) {
            refuseWindowOutsideData(source, window);
        }
        Instant start = clock.instant();
        // the first pass: every detector on every video (computed or cached), keeping only a summary of each; a
        // cohort detector walking its members makes it, so each video is read once for both
        FirstPass first = new FirstPass(source, start, infos(), spool);
        progress.start("Analysing", (long) ids.size() * ds.size());
        CohortRunner.Outcome cohort;
        try {
            cohort = new CohortRunner(cohortDetectors, settings::detectorSettings,
                    settings.analysis().detectorTimeout()).run(new CohortMembers(source, first, progress), () -> {
                        first.complete(progress);
                        return first.summaries();
                    });
            first.complete(progress);
        } finally {
            progress.close();
        }
        Instant analysed = clock.instant();
        RunStats stats = runner.stats(ids.size(), Duration.between(start, analysed));
        first.probe().ifPresent(p -> notes.addAll(runner.settingsNotRead(p)));
        notes.addAll(cohort.problems());
        Instant end = clock.instant();
        List<Breakout> breakouts = first.breakouts().stream()
                .map(b -> new Breakout(b.videoId(), b.title(), end, b.dataUntil(), b.reasons())).toList();
        return new Report(end, infos(), source, stats, notes, breakouts, cohort.findings(), window,
                first.summaries(), first.metrics());
    }

    private List<Report.DetectorInfo> infos() {
        return detectors.stream().map(d -> new Report.DetectorInfo(d.detector().id(), d.detector().version(),
                d.detector().description(), d.pluginId())).toList();
    }

    /** Refuses a window that holds no whole day of any selected video, before any detector runs. */
    private static void refuseWindowOutsideData(VideoSource source, AnalysisWindow window) {
        boolean[] anyDays = new boolean[1];
        Instant[] span = new Instant[2];
        String[] only = new String[1];
        int[] count = new int[1];
        source.forEachStored(v -> {
            anyDays[0] |= AnalysedSeries.of(v.series(), v.publishedAt(), window).window().hasDays();
            v.series().firstAt().filter(t -> span[0] == null || t.isBefore(span[0])).ifPresent(t -> span[0] = t);
            v.series().lastAt().filter(t -> span[1] == null || t.isAfter(span[1])).ifPresent(t -> span[1] = t);
            only[0] = v.series().videoId();
            count[0]++;
        });
        if (!anyDays[0]) {
            throw UserError.badInput(WindowOutsideData.sentence(window, span[0], span[1],
                    count[0] == 1 ? only[0] : null));
        }
    }

    /** The writer of one format. */
    public static ReportWriter writerFor(ReportFormat format) {
        return writerFor(format, false, false, io.viralscope.app.report.html.ReportPage.DEFAULT_DETAILS);
    }

    /**
     * The writer of one format; {@code curves} puts the fitted curves into a JSON report and {@code diagnostics} the
     * detectors' diagnostic metrics and event attributes, and an HTML page gives at most {@code details} videos a
     * section of their own.
     */
    public static ReportWriter writerFor(ReportFormat format, boolean curves, boolean diagnostics, int details) {
        return switch (format) {
            case JSON -> new JsonReportWriter(curves, diagnostics);
            case CSV -> new CsvReportWriter();
            case HTML -> new HtmlReportWriter(details);
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

    /** Writes {@code report} with {@code writer} to the file, device or FIFO {@code out}, as above. */
    public static void writeFile(Report report, ReportWriter writer, Path out, Clock clock) {
        OutputFile.write(out, clock, w -> writer.write(report, w));
    }

    /** Writes {@code report} to standard output. */
    public static void writeStdout(Report report, ReportFormat format, java.io.PrintStream stdout) {
        writeStdout(report, writerFor(format), stdout);
    }

    /** Writes {@code report} with {@code writer} to standard output. */
    public static void writeStdout(Report report, ReportWriter writer, java.io.PrintStream stdout) {
        writeStdout(w -> writer.write(report, w), stdout);
    }

    /** Writes {@code content} to standard output. */
    public static void writeStdout(OutputFile.Content content, java.io.PrintStream stdout) {
        try {
            Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
