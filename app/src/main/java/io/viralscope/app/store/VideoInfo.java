package io.viralscope.app.store;

import java.time.Instant;

/**
 * What the store knows about a video besides its samples.
 *
 * @param videoId          the YouTube id
 * @param title            last known title (untrusted text), possibly empty
 * @param publishedAt      publication instant, or {@code null} when unknown
 * @param tracked          whether {@code poll} fetches it
 * @param unavailableSince when YouTube stopped returning it, or {@code null}
 * @param sampleCount      samples held
 * @param lastSampleAt     instant of the newest sample, or {@code null}
 */
public record VideoInfo(String videoId, String title, Instant publishedAt, boolean tracked,
                        Instant unavailableSince, int sampleCount, Instant lastSampleAt) {
}
