package io.viralscope.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code videos.list} answer brought, ready to be written in one transaction.
 *
 * @param requested the ids asked for
 * @param at        when the answer arrived (the instant of its samples)
 * @param metadata  titles and publication instants of the videos returned
 * @param samples   one sample per returned video that has statistics (source {@code api}); a video with
 *                  metadata or a sample was returned, and is available again if it had been unavailable
 * @param missing   requested ids absent from the answer: deleted, private or never existed
 * @param batchKey  identifies the exact set of ids, for the ETag
 * @param etag      the answer's ETag, or {@code null} when it had none
 */
public record PolledBatch(List<String> requested, Instant at, List<VideoMetadata> metadata, List<NewSample> samples,
                          List<String> missing, String batchKey, String etag) {
    public PolledBatch {
        requested = List.copyOf(requested);
        Objects.requireNonNull(at, "at");
        metadata = List.copyOf(metadata);
        samples = List.copyOf(samples);
        missing = List.copyOf(missing);
        Objects.requireNonNull(batchKey, "batchKey");
    }
}
