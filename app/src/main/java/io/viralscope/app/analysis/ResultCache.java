package io.viralscope.app.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.app.store.ResultKey;
import io.viralscope.app.store.Store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Detector results cached in two tiers: Caffeine in memory in front of the store's results table, so a second
 * report over unchanged data, even in a new process, recomputes nothing. Failed detections are not kept: a
 * timeout or a crash may not happen again.
 */
public final class ResultCache {

    private final Store store;
    private final Cache<ResultKey, Detection> memory;
    private final AtomicLong memoryHits = new AtomicLong();
    private final AtomicLong storeHits = new AtomicLong();

    /** A cache keeping up to {@code maxInMemory} detections in memory. */
    public ResultCache(Store store, int maxInMemory) {
        this.store = store;
        this.memory = Caffeine.newBuilder().maximumSize(maxInMemory).build();
    }

    /** The cached detection for {@code key}, from memory or else from the store. */
    public Optional<Detection> get(ResultKey key) {
        Detection d = memory.getIfPresent(key);
        if (d != null) {
            memoryHits.incrementAndGet();
            return Optional.of(d);
        }
        // a row of an older form reads as empty: recomputed, and replaced by put
        Optional<Detection> stored = store.findResult(key).flatMap(DetectionJson::cached);
        if (stored.isPresent()) {
            storeHits.incrementAndGet();
            memory.put(key, stored.get());
        }
        return stored;
    }

    /** Keeps a fresh detection in both tiers (unless it failed). */
    public void put(ResultKey key, Detection detection) {
        if (detection.status() == DetectionStatus.FAILED) {
            return;
        }
        memory.put(key, detection);
        store.saveResult(key, DetectionJson.write(detection));
    }

    /** Hits served from memory. */
    public long memoryHits() {
        return memoryHits.get();
    }

    /** Hits served from the store's results table. */
    public long storeHits() {
        return storeHits.get();
    }

}
