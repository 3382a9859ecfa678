package io.viralscope.app.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.app.store.ResultKey;
import io.viralscope.app.store.Store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Detector results cached in two tiers: Caffeine in memory in front of the store's results table, so a second
 * report over unchanged data, even in a new process, recomputes nothing. Failed detections are not stored: a
 * timeout or a crash may not happen again.
 */
public final class ResultCache {

    private final Store store;
    private final Cache<ResultKey, Detection> memory;
    private final AtomicLong memoryHits = new AtomicLong();
    private final AtomicLong storeHits = new AtomicLong();
    // results read ahead by prefetch, each served once; NOT_STORED marks a key the store does not hold
    private final Map<ResultKey, byte[]> prefetched = new ConcurrentHashMap<>();
    private final Map<ResultKey, Detection> failed = new ConcurrentHashMap<>();
    // computed but not yet written to the store (see flush)
    private final Map<ResultKey, byte[]> pending = new ConcurrentHashMap<>();
    private final boolean keepFailures;
    private static final byte[] NOT_STORED = new byte[0];

    /** A cache keeping up to {@code maxInMemory} detections in memory. */
    public ResultCache(Store store, int maxInMemory) {
        this(store, maxInMemory, false);
    }

    private ResultCache(Store store, Cache<ResultKey, Detection> memory, boolean keepFailures) {
        this.store = store;
        this.memory = memory;
        this.keepFailures = keepFailures;
    }

    private ResultCache(Store store, int maxInMemory, boolean keepFailures) {
        this(store, Caffeine.newBuilder().maximumSize(maxInMemory).build(), keepFailures);
    }

    /**
     * A cache for one report, which reads each video more than once (analysis, cohort detectors, writing): it
     * also keeps failures in memory, so every pass sees the same failure instead of running the detector again.
     */
    public static ResultCache forOneReport(Store store, int maxInMemory) {
        // bounded by a share of the heap as well, so detections with long curves cannot fill it
        long budget = Runtime.getRuntime().maxMemory() / HEAP_SHARE;
        Cache<ResultKey, Detection> memory = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, Math.min(budget, (long) maxInMemory * AVERAGE_BYTES)))
                .weigher((ResultKey k, Detection d) -> (int) Math.min(Integer.MAX_VALUE, bytes(d))).build();
        return new ResultCache(store, memory, true);
    }

    /**
     * A cache for a report whose later passes would not find a detection in memory: one whose writer keeps each
     * video as the analysis takes it (no later pass reads them), or one of more detections than the memory tier
     * holds (a report walks its videos in order, so each pass evicts what the next would need). It keeps none in
     * memory, only failures, so a cohort detector's reading of a member sees the same failure. Holding them only
     * made the heap grow: a cold 10,000-video JSON report held 320 MB after each collection and touched 1.7 GB; an
     * HTML report of the same videos from the cache touched 2.8 GB and took 9.4 s, without the tier 1.2–1.6 GB
     * and 8.8 s.
     */
    public static ResultCache storeOnly(Store store) {
        // evicted on the putting thread, at once: not left to a pool thread to catch up with
        return new ResultCache(store, Caffeine.newBuilder().maximumSize(0).executor(Runnable::run).build(), true);
    }

    /**
     * A cache that keeps nothing and has no store: every detection is computed. For runs that see each series once
     * and have no store to keep results in (the Spark job).
     */
    public static ResultCache none() {
        return new ResultCache(null, Caffeine.newBuilder().maximumSize(0).build(), false);
    }

    /** A report's memory tier takes at most this share of the heap (1/4). */
    static final int HEAP_SHARE = 4;
    /** The weight of {@code analysis.cache-size} entries in a report's memory tier: this many bytes each. */
    static final long AVERAGE_BYTES = 100_000;

    /** A rough size in memory: what a detection holds scales with its curve points, events and metrics. */
    static long bytes(Detection d) {
        // size(), not points(): points() would build every timestamped point of a compact curve
        long points = d.curves().stream().mapToLong(c -> c.size()).sum();
        return 1_000 + 80 * points + 300L * d.events().size() + 150L * d.metrics().size();
    }

    /**
     * Reads the stored results of every key not in memory in one query, to be served by {@link #get} (each once):
     * a report reads a batch of videos' results this way rather than with one query per detection.
     */
    public void prefetch(Collection<ResultKey> keys) {
        List<ResultKey> absent = keys.stream().filter(k -> memory.getIfPresent(k) == null && !failed.containsKey(k))
                .toList();
        if (store == null) {
            return;
        }
        Map<ResultKey, byte[]> found = store.findResults(absent);
        for (ResultKey k : absent) {
            prefetched.put(k, found.getOrDefault(k, NOT_STORED));
        }
    }

    /**
     * The cached detection for {@code key}: from memory, else from what {@link #prefetch} read, else from the
     * store; or the failure this cache saw for it in this process.
     */
    public Optional<Detection> get(ResultKey key) {
        Detection d = memory.getIfPresent(key);
        if (d != null) {
            memoryHits.incrementAndGet();
            return Optional.of(d);
        }
        Detection failure = failed.get(key);
        if (failure != null) {
            return Optional.of(failure);
        }
        if (store == null) {
            return Optional.empty();
        }
        byte[] read = prefetched.remove(key);
        if (read == null || read == NOT_STORED) {
            // computed in this batch, not yet written: the memory tier may have let it go already
            byte[] unwritten = pending.get(key);
            read = unwritten != null ? unwritten : read;
        }
        // a row of an older form, or a damaged one, reads as empty: recomputed, and replaced by put
        Optional<Detection> stored = read == null ? store.findResult(key).flatMap(CachedDetection::read)
                : read == NOT_STORED ? Optional.empty() : CachedDetection.read(read);
        if (stored.isPresent()) {
            storeHits.incrementAndGet();
            memory.put(key, stored.get());
        }
        return stored;
    }

    /**
     * Keeps a fresh detection in both tiers. A failure is never stored (a timeout or a crash may not happen
     * again); a cache {@link #forOneReport} keeps it in memory for the report's later passes.
     */
    public void put(ResultKey key, Detection detection) {
        if (detection.status() == DetectionStatus.FAILED) {
            if (keepFailures) {
                failed.put(key, detection);
            }
            return;
        }
        if (store == null) {
            return;
        }
        memory.put(key, detection);
        pending.put(key, CachedDetection.write(detection));
        if (pending.size() >= FLUSH_AT) {
            flush();
        }
    }

    /**
     * Writes the detections put since the last flush to the store, in one transaction: a report's cold run computes
     * tens of thousands, and a transaction each cost more than the rows. The runner flushes after every batch.
     */
    public void flush() {
        if (store == null || pending.isEmpty()) {
            return;
        }
        synchronized (pending) {
            Map<ResultKey, byte[]> rows = new java.util.HashMap<>(pending);
            if (rows.isEmpty()) {
                return;
            }
            store.saveResults(rows);
            rows.keySet().forEach(pending::remove);
        }
    }

    /** Detections kept unwritten at most: a batch of 64 videos' worth and more. */
    static final int FLUSH_AT = 1_024;

    /** Hits served from memory. */
    public long memoryHits() {
        return memoryHits.get();
    }

    /** Hits served from the store's results table. */
    public long storeHits() {
        return storeHits.get();
    }

}
