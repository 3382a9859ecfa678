package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.app.analysis.VideoAnalysis;

/**
 * The detector ids and metric names (docs/architecture.md#metric-naming) that the overview pulls into its own columns. Everything else a
 * detector reports is shown generically, so a new plugin appears in the report without a change here.
 */
final class KnownMetrics {

    static final String GROWTH = "growth-curve";
    static final String ENGAGEMENT = "engagement";

    static final String MODEL = "model";
    static final String SATURATION = "saturation_views";
    static final String R2 = "r2";
    static final String BASS_P = "bass_p";
    static final String BASS_Q = "bass_q";
    static final String LIKES_PER_VIEW = "likes_per_view";
    static final String COMMENTS_PER_VIEW = "comments_per_view";
    static final String LIKES_BAND = "likes_band";
    static final String COMMENTS_BAND = "comments_band";

    private KnownMetrics() {
    }

    /**
     * A number metric from the {@code ok} detection of {@code detector}, or else from the first {@code ok}
     * detection of any detector that reports it; {@code null} when unknown.
     */
    static Double number(VideoAnalysis video, String detector, String metric) {
        Object v = value(video, detector, metric);
        return v instanceof Double d ? d : null;
    }

    /** A text metric, found like {@link #number}; {@code null} when absent. */
    static String text(VideoAnalysis video, String detector, String metric) {
        Object v = value(video, detector, metric);
        return v instanceof String s ? s : null;
    }

    private static Object value(VideoAnalysis video, String detector, String metric) {
        Detection preferred = video.detection(detector).filter(Detection::isOk).orElse(null);
        if (preferred != null && preferred.metrics().get(metric) != null) {
            return preferred.metrics().get(metric);
        }
        for (Detection d : video.detections()) {
            if (d.isOk() && d.metrics().get(metric) != null) {
                return d.metrics().get(metric);
            }
        }
        return null;
    }
}
