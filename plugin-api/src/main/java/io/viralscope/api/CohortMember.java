package io.viralscope.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One video of a cohort, as a {@link CohortDetector} receives it.
 *
 * @param series     the video's history
 * @param detections what the per-video detectors found in it, in detector-id order
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
public record CohortMember(VideoSeries series, List<Detection> detections) {

    /** Copies the detections. */
    public CohortMember {
        Objects.requireNonNull(series, "series");
        detections = List.copyOf(detections == null ? List.of() : detections);
    }

    /** The video's id. */
    public String videoId() {
        return series.videoId();
    }

    /** The detection of one detector, if it ran on this video. */
    public Optional<Detection> detection(String detectorId) {
        return detections.stream().filter(d -> d.detector().equals(detectorId)).findFirst();
    }
}
