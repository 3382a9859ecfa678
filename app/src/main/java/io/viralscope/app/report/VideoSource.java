package io.viralscope.app.report;

import io.viralscope.api.VideoSeries;
import io.viralscope.app.UserError;
import io.viralscope.app.analysis.AnalysedSeries;
import io.viralscope.app.analysis.AnalysisWindow;
import io.viralscope.app.analysis.DetectorRunner;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.store.Store;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The analyses of a report's videos, read when asked for and never all held at once: each iteration reads the
 * videos from the store a batch at a time, analyses the batch through the detector runner (and so the result
 * cache: after the report's first pass every detection is a cache hit) and hands the analyses out in order.
 * {@link #get} analyses one video. Memory holds a few batches ({@link #AHEAD} + 1), whatever the number of videos.
 */
public final class VideoSource extends AbstractList<VideoAnalysis> implements RandomAccess {

    /** Videos read and analysed together: one store query for their samples, one for their cached results. */
    static final int BATCH = 64;

    /**
     * Batches read and analysed ahead of the one being handed out. Four rather than two: a batch's store reads
     * and cache writes wait for one lock, and with only two in flight the detector threads often had nothing to
     * do meanwhile (a cold 10,000-video report with the quick compiler: 16.7 s with two, 15.9 s with four).
     */
    static final int AHEAD = 4;

    private final List<String> ids;
    private final int batchSize;
    private final Store store;
    private final AnalysisWindow window;
    private final DetectorRunner runner;
    private final Progress reading;
    // the batch last read: the writer asks for its videos' sample sources as it writes them
    private volatile Map<String, Store.StoredVideo> handedOut = Map.of();
    // reads batches ahead; idle threads end, so a source nobody iterates any more needs no closing
    private final ExecutorService readers = readers();
    // the batches each unfinished iteration has asked for ahead
    private final java.util.Set<java.util.Deque<Future<Batch>>> readingAhead =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param ids    the videos, in report order
     * @param store  where their samples are
     * @param window the days to analyse
     * @param runner the runner (and cache) that analyses them; kept for every later pass
     */
    VideoSource(List<String> ids, Store store, AnalysisWindow window, DetectorRunner runner) {
        this(ids, store, window, runner, Progress.NONE);
    }

    /** As above; each full iteration (a writer's) shows its progress on {@code reading}. */
    VideoSource(List<String> ids, Store store, AnalysisWindow window, DetectorRunner runner, Progress reading) {
        this(ids, store, window, runner, reading, BATCH);
    }

    /** As above, {@code batch} videos at a time. */
    VideoSource(List<String> ids, Store store, AnalysisWindow window, DetectorRunner runner, Progress reading,
                int batch) {
        this.batchSize = batch;
        this.ids = List.copyOf(ids);
        this.store = store;
        this.window = window;
        this.runner = runner;
        this.reading = reading;
    }

    /**
     * A video's analysis, the series the store holds for it and how many of its samples each source gave (see
     * {@link #sampleSources}).
     */
    record Analysed(VideoAnalysis analysis, VideoSeries stored, Map<String, Integer> sources) {
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** The ids of the videos, in order. */
    public List<String> ids() {
        return ids;
    }

    @Override
    public VideoAnalysis get(int index) {
        return batch(List.of(ids.get(index)), Progress.NONE).analysed().get(0).analysis();
    }

    @Override
    public Iterator<VideoAnalysis> iterator() {
        reading.start("Writing", (long) ids.size() * runner.detectorCount());
        Iterator<Analysed> all = analysed(reading);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = all.hasNext();
                if (!more) {
                    reading.close();
                }
                return more;
            }

            @Override
            public VideoAnalysis next() {
                return all.next().analysis();
            }
        };
    }

    /** Every video in order, with its stored series, one batch in memory at a time. */
    Iterator<Analysed> analysed(Progress progress) {
        return analysed(progress, 0);
    }

    /**
     * The videos from index {@code from} on, in order, as above. The next {@value #AHEAD} batches are read and
     * analysed on their own threads while the caller works through the current one: a batch's store reads and
     * cache writes are serial, and would otherwise leave the detector threads idle. Memory holds
     * {@value #AHEAD} + 1 batches.
     */
    Iterator<Analysed> analysed(Progress progress, int from) {
        java.util.Deque<Future<Batch>> ahead = new java.util.concurrent.ConcurrentLinkedDeque<>();
        readingAhead.add(ahead);
        return new Iterator<>() {
            private int next = from;
            private List<Analysed> batch = List.of();
            private int inBatch;

            @Override
            public boolean hasNext() {
                boolean more = inBatch < batch.size() || !ahead.isEmpty() || next < ids.size();
                if (!more) {
                    readingAhead.remove(ahead);
                }
                return more;
            }

            @Override
            public Analysed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (inBatch == batch.size()) {
                    while (ahead.size() < AHEAD + 1 && next < ids.size()) {
                        List<String> some = ids.subList(next, Math.min(ids.size(), next + batchSize));
                        next += some.size();
                        ahead.add(readers.submit(() -> batch(some, progress)));
                    }
                    Batch current = awaited(ahead.poll());
                    handedOut = current.read();
                    batch = current.analysed();
                    inBatch = 0;
                }
                return batch.get(inBatch++);
            }
        };
    }

    /**
     * Stops the reading ahead of every iteration left unfinished (a cohort detector that read a few members):
     * batches not started are dropped and those under way waited for, so a later iteration does not analyse the
     * same videos at the same moment, computing them twice.
     */
    void stopReadingAhead() {
        for (java.util.Deque<Future<Batch>> ahead : readingAhead) {
            ahead.forEach(f -> f.cancel(false));
        }
        for (java.util.Deque<Future<Batch>> ahead : readingAhead) {
            for (Future<Batch> f : ahead) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    // its iteration was left: what stopped it concerns nobody now
                }
            }
        }
        readingAhead.clear();
    }

    /** The batch {@code f} reads, or what stopped it, as thrown on the reading thread. */
    private static Batch awaited(Future<Batch> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the report's videos was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("reading the report's videos failed: " + e.getCause(), e.getCause());
        }
    }

    /** The stored series of the given videos, a batch at a time, in order (no detector runs). */
    void forEachStored(Consumer<Store.StoredVideo> each) {
        for (int from = 0; from < ids.size(); from += batchSize) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + batchSize));
            Map<String, Store.StoredVideo> read = store.storedVideos(some);
            for (String id : some) {
                each.accept(required(read, id));
            }
        }
    }

    /** A batch as read: its videos' stored facts by id, and their analyses in order. */
    private record Batch(Map<String, Store.StoredVideo> read, List<Analysed> analysed) {
    }

    private Batch batch(List<String> some, Progress progress) {
        Map<String, Store.StoredVideo> read = store.storedVideos(some);
        List<Store.StoredVideo> stored = new ArrayList<>();
        List<AnalysedSeries> series = new ArrayList<>();
        for (String id : some) {
            Store.StoredVideo v = required(read, id);
            stored.add(v);
            series.add(AnalysedSeries.of(v.series(), v.publishedAt(), window));
        }
        List<VideoAnalysis> analyses = runner.analyseBatch(series, progress);
        List<Analysed> out = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            out.add(new Analysed(analyses.get(i), stored.get(i).series(), stored.get(i).sources()));
        }
        return new Batch(read, out);
    }

    private Store.StoredVideo required(Map<String, Store.StoredVideo> read, String id) {
        Store.StoredVideo v = read.get(id);
        if (v == null) {
            throw noSamples(store, id);
        }
        return v;
    }

    /**
     * How many of the video's stored samples each source gave ({@code analytics}, {@code api}, {@code csv},
     * {@code studio}...), by source: which data a series, and so each detection, rests on. Counted when its batch
     * was read, for the batch being handed out; asked of the store for any other video.
     */
    Map<String, Integer> sampleSources(String videoId) {
        Store.StoredVideo v = handedOut.get(videoId);
        if (v != null) {
            return new java.util.TreeMap<>(v.sources());
        }
        Map<String, Integer> out = new java.util.TreeMap<>();
        store.query("SELECT source, COUNT(*) FROM samples WHERE video_id = ? GROUP BY source", rs ->
                out.put(rs.getString(1), rs.getInt(2)), videoId);
        return out;
    }

    private static ExecutorService readers() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(AHEAD, AHEAD, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "viralscope-reader");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The error for a requested video the store holds no samples of. */
    static UserError noSamples(Store store, String id) {
        return UserError.badInput("The store " + store.location() + " holds no samples of video '" + id
                + "'; import or track it first (viralscope import FILE, viralscope track add ID).");
    }
}
