package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.Detector;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Event;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.UserError;
import io.viralscope.app.config.DurationText;
import io.viralscope.app.store.ResultKey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs every detector on every video, in parallel on the configured threads, through the result cache. A detector
 * that throws, breaks the output rules or exceeds the time limit yields a {@code failed} detection for that video
 * and the run goes on.
 */
public final class DetectorRunner implements AutoCloseable {

    private final List<Detector> detectors;
    private final ResultCache cache;
    private final Function<String, Map<String, Object>> settingsOf;
    // a detector's settings are the same for every video: hash them once
    private final Map<String, String> settingsHashes = new java.util.concurrent.ConcurrentHashMap<>();
    // one context per detector that actually ran, so the settings it asked for add up across calls
    private final Map<String, DetectorContext> contexts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Duration timeout;
    private final ExecutorService workers;
    // Detector calls run here so a worker can stop waiting at the time limit; runaway calls are left to finish.
    private final ExecutorService calls;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * @param detectors  the detectors, in report order
     * @param cache      the result cache
     * @param settingsOf each detector's settings by id
     * @param threads    worker threads
     * @param timeout    time limit per detector call
     */
    public DetectorRunner(List<Detector> detectors, ResultCache cache,
                          Function<String, Map<String, Object>> settingsOf, int threads, Duration timeout) {
        this.detectors = List.copyOf(detectors);
        this.cache = cache;
        this.settingsOf = settingsOf;
        this.timeout = timeout;
        // idle workers end after a while, so a runner that a report's lazy video source keeps needs no closing
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(Math.max(1, threads),
                Math.max(1, threads), 5, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                daemon("viralscope-worker"));
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
        this.calls = Executors.newCachedThreadPool(daemon("viralscope-detector"));
    }

    /** A runner with the configuration's threads, time limit and per-detector settings. */
    public static DetectorRunner configured(List<Detector> detectors, ResultCache cache,
                                            io.viralscope.app.config.Settings settings) {
        return new DetectorRunner(detectors, cache, settings::detectorSettings, settings.analysis().threads(),
                settings.analysis().detectorTimeout());
    }

    /**
     * One sentence for each detector with configured settings it never asks for: most likely misspelt keys. A
     * detector answered wholly from the cache in this run is asked once more, on {@code probe} and uncached,
     * so the warning does not vanish once results are cached.
     */
    public List<String> settingsNotRead(VideoSeries probe) {
        for (Detector d : detectors) {
            Map<String, Object> settings = settingsOf.apply(d.id());
            if (!settings.isEmpty() && !contexts.containsKey(d.id())) {
                runInTurn(List.of(d), List.of(contexts.computeIfAbsent(d.id(),
                        k -> DetectorContext.of(k, settings))), probe);
            }
        }
        List<String> notes = new ArrayList<>();
        new java.util.TreeMap<>(contexts).forEach((id, context) -> {
            java.util.SortedSet<String> keys = new java.util.TreeSet<>(context.settings().keys());
            keys.removeAll(context.settings().keysRead());
            if (!keys.isEmpty()) {
                notes.add("Detector '" + id + "' never read the setting" + (keys.size() == 1 ? " " : "s ")
                        + keys.stream().map(k -> "detectors." + id + "." + k)
                        .collect(java.util.stream.Collectors.joining(", "))
                        + "; check the spelling against the detector's documented settings (README: Detectors, "
                        + "verdict and breakouts).");
            }
        });
        return notes;
    }

    /** Analyses the whole of each series; the result keeps the input order. */
    public List<VideoAnalysis> analyse(List<VideoSeries> series, Progress progress) {
        return analyseWindows(series.stream().map(AnalysedSeries::whole).toList(), progress);
    }

    /** Analyses each series over its window; the result keeps the input order. */
    public List<VideoAnalysis> analyseWindows(List<AnalysedSeries> series, Progress progress) {
        progress.start("Analysing", (long) series.size() * detectors.size());
        try {
            return analyseBatch(series, progress);
        } finally {
            progress.close();
        }
    }

    /**
     * Analyses a batch of series, keeping the input order: their fingerprints on the worker threads, then one
     * store read for every cached detection of the batch ({@link ResultCache#prefetch}), then each video on a
     * worker, running only the detectors whose result is not cached. Reports call this batch after batch, so
     * memory holds one batch of series and detections, never all of them.
     */
    public List<VideoAnalysis> analyseBatch(List<AnalysedSeries> series, Progress progress) {
        List<String> fingerprints = all(series.stream()
                .map(s -> (java.util.concurrent.Callable<String>) () -> SeriesFingerprint.of(s.series(), s.window()))
                .toList());
        List<ResultKey> keys = new ArrayList<>();
        for (String fingerprint : fingerprints) {
            for (Detector d : detectors) {
                keys.add(keyOf(d, fingerprint));
            }
        }
        cache.prefetch(keys);
        List<java.util.concurrent.Callable<VideoAnalysis>> tasks = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            AnalysedSeries s = series.get(i);
            String fingerprint = fingerprints.get(i);
            tasks.add(() -> analyseOne(s, fingerprint, progress));
        }
        List<VideoAnalysis> analyses = all(tasks);
        cache.flush();
        return analyses;
    }

    /** Runs the tasks on the workers and waits for every result, in order. */
    private <T> List<T> all(List<java.util.concurrent.Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        for (java.util.concurrent.Callable<T> task : tasks) {
            futures.add(workers.submit(task));
        }
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("analysis was interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof UserError user) {
                throw user;
            }
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    private VideoAnalysis analyseOne(AnalysedSeries analysed, String fingerprint, Progress progress) {
        VideoSeries series = analysed.series();
        Detection[] detections = new Detection[detectors.size()];
        ResultKey[] keys = new ResultKey[detectors.size()];
        List<Integer> uncached = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            keys[i] = keyOf(detectors.get(i), fingerprint);
            Optional<Detection> cached = cache.get(keys[i]);
            if (cached.isPresent()) {
                detections[i] = cached.get();
                progress.step();
            } else {
                uncached.add(i);
            }
        }
        if (!uncached.isEmpty()) {
            List<Detector> toRun = new ArrayList<>();
            List<DetectorContext> contextsOfRun = new ArrayList<>();
            for (int i : uncached) {
                Detector d = detectors.get(i);
                toRun.add(d);
                contextsOfRun.add(contexts.computeIfAbsent(d.id(), k -> DetectorContext.of(k, settingsOf.apply(k)))
                        .withGrid(analysed.grid()));
            }
            List<Detection> fresh = runInTurn(toRun, contextsOfRun, series);
            for (int k = 0; k < fresh.size(); k++) {
                Detection d = fresh.get(k);
                computed.incrementAndGet();
                if (d.status() == DetectionStatus.FAILED) {
                    failed.incrementAndGet();
                }
                int i = uncached.get(k);
                cache.put(keys[i], d);
                detections[i] = d;
                progress.step();
            }
        }
        List<Detection> all = List.of(detections);
        return new VideoAnalysis(series, analysed.grid().quality(), all, VerdictBuilder.combine(all),
                analysed.window(), analysed.grid());
    }

    private ResultKey keyOf(Detector d, String fingerprint) {
        String id = d.id();
        String settingsHash = settingsHashes.computeIfAbsent(id, k -> SeriesFingerprint.ofSettings(settingsOf.apply(k)));
        return new ResultKey(id, d.version(), settingsHash, fingerprint);
    }

    /**
     * Runs {@code toRun} on one video, one after another on a single call thread: one hand-over per video rather
     * than one per detector (a cold report of 10,000 videos made 200,000 thread switches for them). A detector
     * still past its time limit is given up as failed and the rest go on on a new call thread.
     */
    private List<Detection> runInTurn(List<Detector> toRun, List<DetectorContext> contexts, VideoSeries series) {
        List<Detection> out = new ArrayList<>();
        while (out.size() < toRun.size()) {
            List<Detector> rest = toRun.subList(out.size(), toRun.size());
            CallsInTurn call = new CallsInTurn(rest, contexts.subList(out.size(), toRun.size()), series);
            Future<?> running = calls.submit(call);
            int finished = awaitOrTimeOut(call, running);
            for (int k = 0; k < finished; k++) {
                Detector d = rest.get(k);
                out.add(outcome(call.outcome(k), d.id(), d.version(), series));
            }
            if (finished < rest.size()) {
                running.cancel(true);
                Detector late = rest.get(finished);
                out.add(Thread.currentThread().isInterrupted()
                        ? Detection.failed(late.id(), late.version(), "Detector " + late.id() + " was interrupted.")
                        : Detection.failed(late.id(), late.version(), "Detector " + late.id()
                        + " exceeded its time limit of " + DurationText.format(timeout)
                        + " on this video and was skipped."));
            }
        }
        return out;
    }

    /**
     * Waits until every call of {@code call} is done, or one has run past the time limit, or this thread is
     * interrupted; returns how many calls finished in time.
     */
    private int awaitOrTimeOut(CallsInTurn call, Future<?> running) {
        long limit = timeout.toNanos();
        while (true) {
            int finished = call.finished();
            if (finished == call.size()) {
                return finished;
            }
            // an elapsed-time limit, not a reading of the date: the monotonic timer Future.get itself uses
            long left = call.currentStartedAt() + limit - System.nanoTime();
            if (left <= 0) {
                return call.finished();
            }
            try {
                running.get(left, TimeUnit.NANOSECONDS);
                return call.finished();
            } catch (TimeoutException e) {
                // the current call or a later one may have started since: look again
            } catch (InterruptedException | CancellationException e) {
                Thread.currentThread().interrupt();
                return call.finished();
            } catch (ExecutionException e) {
                // CallsInTurn keeps every detector's throwable as its outcome: nothing escapes it
                throw new IllegalStateException("a detector call failed outside its detector", e.getCause());
            }
        }
    }

    /** The detection a call's outcome (what it returned, or threw) stands for. */
    private static Detection outcome(Object outcome, String id, String version, VideoSeries series) {
        if (outcome instanceof Throwable cause) {
            if (cause instanceof DetectorSettings.InvalidSettingException bad) {
                // a configuration mistake, not a detector failure: stop and say which key to fix
                throw UserError.badInput(bad.getMessage());
            }
            return Detection.failed(id, version, "Detector " + id + " failed on this video: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + ".");
        }
        return checked((Detection) outcome, id, version, series);
    }

    /** Applies the rules the record types cannot check on their own. */
    private static Detection checked(Detection d, String id, String version, VideoSeries series) {
        if (d == null) {
            return Detection.failed(id, version, "Detector " + id + " returned no detection.");
        }
        if (!d.detector().equals(id)) {
            return Detection.failed(id, version, "Detector " + id + " returned a detection labelled '"
                    + d.detector() + "'.");
        }
        Instant first = series.firstAt().orElse(null);
        Instant last = series.lastAt().orElse(null);
        for (Event e : d.events()) {
            if (first == null || e.at().isBefore(first) || e.at().isAfter(last)) {
                return Detection.failed(id, version, "Detector " + id + " reported event '" + e.type() + "' at "
                        + e.at() + ", outside the series window.");
            }
        }
        return d;
    }

    /** How many detectors run on each video. */
    public int detectorCount() {
        return detectors.size();
    }

    /** Figures since this runner was made. */
    public RunStats stats(int videos, Duration elapsed) {
        return new RunStats(videos, videos * detectors.size(), computed.get(), cache.memoryHits(),
                cache.storeHits(), failed.get(), elapsed);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        calls.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
