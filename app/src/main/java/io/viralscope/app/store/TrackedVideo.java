package io.viralscope.app.store;

import java.time.Instant;

/**
 * A tracked video as {@code track list}, {@code poll} and {@code watch} see it.
 *
 * @param videoId          the YouTube id
 * @param title            last known title (untrusted text), possibly empty
 * @param publishedAt      publication instant, or {@code null} until the first poll
 * @param trackedSince     when tracking began
 * @param unavailableSince when YouTube stopped returning it (deleted, private), or {@code null}
 * @param sampleCount      samples held, from every source
 * @param lastSampleAt     instant of the newest sample, or {@code null}
 * @param lastFetchedAt    when YouTube last answered for it, or {@code null}
 */
public record TrackedVideo(String videoId, String title, Instant publishedAt, Instant trackedSince,
                           Instant unavailableSince, int sampleCount, Instant lastSampleAt, Instant lastFetchedAt) {

    /** True while YouTube returns the video. */
    public boolean available() {
        return unavailableSince == null;
    }
}
