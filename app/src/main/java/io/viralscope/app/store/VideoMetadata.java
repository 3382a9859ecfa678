package io.viralscope.app.store;

import java.time.Instant;

/**
 * Metadata arriving with samples; a blank title or a null instant leaves what the store has unchanged.
 *
 * @param videoId     the YouTube id
 * @param title       title, possibly blank
 * @param publishedAt publication instant, or {@code null}
 */
public record VideoMetadata(String videoId, String title, Instant publishedAt) {
}
