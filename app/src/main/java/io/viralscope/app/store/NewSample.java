package io.viralscope.app.store;

import io.viralscope.api.Sample;

import java.util.Objects;

/**
 * A sample on its way into the store, with the video it belongs to and where it came from.
 *
 * @param videoId the YouTube id
 * @param sample  the counters
 * @param source  {@code csv}, {@code studio}, {@code api} or {@code simulated}
 */
public record NewSample(String videoId, Sample sample, String source) {
    public NewSample {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(source, "source");
    }
}
