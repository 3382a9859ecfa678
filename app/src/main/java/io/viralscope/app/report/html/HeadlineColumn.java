package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of the overview's comparison table: a metric that a detection marks as a headline figure. The host
 * names no detector or metric here, so a new plugin's headline figures appear in the overview as they are.
 *
 * @param detector the detector that reports it
 * @param metric   its snake_case name
 * @param heading  the column heading, the name in words
 * @param numeric  true when its values are numbers (right-aligned, sorted as numbers)
 */
public record HeadlineColumn(String detector, String metric, String heading, boolean numeric) {

    /** Every headline metric of any video, in detector order, then in the order the detector reports them. */
    static List<HeadlineColumn> of(List<VideoAnalysis> videos, List<String> detectorIds) {
        Map<String, HeadlineColumn> columns = new LinkedHashMap<>();
        for (String id : detectorIds) {
            for (VideoAnalysis v : videos) {
                v.detection(id).ifPresent(d -> d.metrics().forEach((metric, value) -> {
                    if (d.info(metric).headline()) {
                        HeadlineColumn c = columns.computeIfAbsent(id + " " + metric,
                                k -> new HeadlineColumn(id, metric, MetricText.name(metric), true));
                        if (value instanceof String) {
                            columns.put(id + " " + metric, new HeadlineColumn(id, metric, c.heading(), false));
                        }
                    }
                }));
            }
        }
        return List.copyOf(columns.values());
    }

    /** This column's cell for one video: the value in its unit, after the band it falls in when bands are declared. */
    Cell cell(VideoAnalysis video) {
        Detection d = video.detection(detector).orElse(null);
        if (d == null) {
            return Cell.unknown(detector + " did not run on this video.");
        }
        if (!d.isOk()) {
            return Cell.unknown(detector + ": " + d.summary());
        }
        Object value = d.metrics().get(metric);
        if (value == null) {
            return Cell.unknown("Unknown: " + d.summary());
        }
        String hint = heading + " (" + detector + ")";
        if (value instanceof String s) {
            return Cell.text(s, hint);
        }
        double v = (Double) value;
        MetricInfo info = d.info(metric);
        String text = MetricText.withUnit(v, info.unit());
        String band = info.bandOf(v).map(MetricBand::label).orElse(null);
        return Cell.number(band == null ? text : band + " · " + text, v, hint + ": " + text
                + (band == null ? "" : ", " + band + " (bands: " + String.join(", ", MetricText.bands(info)) + ")"));
    }
}
