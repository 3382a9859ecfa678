package io.viralscope.app.cli;

import io.viralscope.api.Detector;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Counted;
import io.viralscope.app.UserError;
import io.viralscope.app.alert.BreakoutAnnouncer;
import io.viralscope.app.alert.BreakoutRule;
import io.viralscope.app.analysis.AnalysedSeries;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.ResultCache;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.config.Settings;
import io.viralscope.app.plugins.LoadedDetector;
import io.viralscope.app.plugins.PluginHost;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.Sleeper;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-analysis during {@code watch}: after each round, only the videos whose series gained samples are run
 * through the detectors; the result cache (kept for the whole watch, in front of the store's results table)
 * answers for everything unchanged, so a later {@code report} recomputes nothing.
 */
final class WatchAnalysis implements AutoCloseable {

    private final PluginHost plugins;
    private final DetectorRunner runner;
    private final Store store;
    private final PrintStream out;
    private final BreakoutAnnouncer announcer;
    private final Clock clock;
    // a video alerts once per watch: when it turns critical, not at every round while it stays so
    private final Set<String> alerted = new HashSet<>();
    // misspelt detector settings are said once per watch, after the first analysis
    private boolean settingsChecked;

    private WatchAnalysis(PluginHost plugins, DetectorRunner runner, Store store, PrintStream out,
                          BreakoutAnnouncer announcer, Clock clock) {
        this.plugins = plugins;
        this.runner = runner;
        this.store = store;
        this.out = out;
        this.announcer = announcer;
        this.clock = clock;
    }

    /** Loads the detectors; without any (no plugins folder, no detector) watching goes on without analysis. */
    static WatchAnalysis open(ViralscopeCommand root, Store store, CliContext ctx) {
        PluginHost plugins;
        try {
            plugins = root.loadPlugins();
        } catch (UserError e) {
            ctx.err().println(e.getMessage() + " Watching without analysis.");
            return new WatchAnalysis(null, null, store, ctx.out(), null, ctx.clock());
        }
        plugins.problems().forEach(ctx.err()::println);
        List<LoadedDetector> detectors = plugins.detectors();
        if (detectors.isEmpty()) {
            ctx.err().println("No detector is loaded; watching without analysis.");
            return new WatchAnalysis(plugins, null, store, ctx.out(), null, ctx.clock());
        }
        return new WatchAnalysis(plugins, runner(detectors.stream().map(LoadedDetector::detector).toList(), store,
                root.settings()), store, ctx.out(), new BreakoutAnnouncer(root.settings().alerts(), ctx.err(),
                ctx.sleeper()), ctx.clock());
    }

    /** Analysis with the given detectors, without plugins (tests); the clock is also the sleeper when it can sleep. */
    static WatchAnalysis of(List<Detector> detectors, Store store, Settings settings, PrintStream out, Clock clock) {
        return new WatchAnalysis(null, runner(detectors, store, settings), store, out,
                new BreakoutAnnouncer(settings.alerts(), out, Sleeper.forClock(clock, d -> { })), clock);
    }

    private static DetectorRunner runner(List<Detector> detectors, Store store, Settings s) {
        return DetectorRunner.configured(detectors, new ResultCache(store, s.analysis().cacheSize()), s);
    }

    /** Analyses {@code videoIds} and prints one line. */
    void analyse(Set<String> videoIds) {
        if (runner == null) {
            return;
        }
        // prepared as a report prepares them (publication start), so a later report finds every result cached
        List<AnalysedSeries> prepared = new TreeSet<>(videoIds).stream()
                .map(id -> AnalysedSeries.of(store.series(id), store.publishedAt(id).orElse(null),
                        AnalysisWindow.WHOLE))
                .filter(a -> !a.series().isEmpty()).toList();
        List<VideoSeries> series = prepared.stream().map(AnalysedSeries::series).toList();
        RunStats before = runner.stats(0, Duration.ZERO);
        List<VideoAnalysis> analyses = runner.analyseWindows(prepared, Progress.NONE);
        RunStats after = runner.stats(0, Duration.ZERO);
        long computed = after.computed() - before.computed();
        long cached = after.memoryHits() + after.storeHits() - before.memoryHits() - before.storeHits();
        out.println("  analysed " + Counted.of(series.size(), "changed video") + ": "
                + Counted.of(computed, "detection") + " computed, " + cached + " from the cache.");
        if (!settingsChecked && !series.isEmpty()) {
            settingsChecked = true;
            runner.settingsNotRead(series.get(0)).forEach(out::println);
        }
        Instant now = clock.instant();
        announcer.announce(analyses.stream().map(a -> BreakoutRule.evaluate(a, now))
                .flatMap(Optional::stream).filter(b -> alerted.add(b.videoId())).toList(), now);
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
        }
        if (plugins != null) {
            plugins.close();
        }
    }
}
