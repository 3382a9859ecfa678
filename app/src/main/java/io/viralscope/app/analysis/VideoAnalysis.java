package io.viralscope.app.analysis;

import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.SeriesQuality;
import io.viralscope.api.VideoSeries;

import java.util.List;
import java.util.Optional;

/**
 * Everything the detectors said about one video, and the verdict drawn from it.
 *
 * @param series     the series analysed
 * @param quality    its data-quality flags
 * @param detections one detection per loaded detector, in detector-id order
 * @param verdict    the combined verdict
 * @param window     the days analysed and the stored samples they rest on
 * @param grid       the daily grid of {@code series}: the one the detectors were handed, which the charts reuse
 */
public record VideoAnalysis(VideoSeries series, SeriesQuality quality, List<Detection> detections,
                            Verdict verdict, SeriesWindow window, DailyGrid grid) {

    /** An analysis of the whole of {@code series}, every sample a stored one. */
    public VideoAnalysis(VideoSeries series, SeriesQuality quality, List<Detection> detections, Verdict verdict) {
        this(series, quality, detections, verdict, SeriesWindow.of(series, series.size()));
    }

    /** An analysis over {@code window}, its grid built from {@code series}. */
    public VideoAnalysis(VideoSeries series, SeriesQuality quality, List<Detection> detections, Verdict verdict,
                         SeriesWindow window) {
        this(series, quality, detections, verdict, window, DailyGrid.of(series));
    }

    /** The detection of one detector, if it ran. */
    public Optional<Detection> detection(String detectorId) {
        return detections.stream().filter(d -> d.detector().equals(detectorId)).findFirst();
    }
}
