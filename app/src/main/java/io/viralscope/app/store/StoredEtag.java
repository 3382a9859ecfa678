package io.viralscope.app.store;

import java.time.Instant;

/**
 * The ETag of the last answer for a batch.
 *
 * @param etag      the value to send back as {@code If-None-Match}
 * @param fetchedAt when that answer arrived
 */
public record StoredEtag(String etag, Instant fetchedAt) {
}
