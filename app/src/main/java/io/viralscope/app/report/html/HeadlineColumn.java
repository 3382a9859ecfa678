package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.app.analysis.VideoAnalysis;

import java.util.ArrayList;
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

    /**
     * What the comparison table needs of one detection, kept for every video while the page is built.
     *
     * @param ok      true when the detection is {@code ok}
     * @param summary its headline finding
     * @param cells   the cells of the metrics it marks as headline figures, by metric
     */
    public record Brief(boolean ok, String summary, Map<String, Cell> cells) {
    }

    /** The briefs of one video's detections, by detector. */
    static Map<String, Brief> briefs(VideoAnalysis video) {
        return briefs(video, false);
    }

    /** A tooltip's summary on a page of many videos: enough to say why, short enough to repeat 10,000 times. */
    static final int COMPACT_SUMMARY = 60;

    /**
     * The briefs of one video's detections, by detector; {@code compact} ones (a page of many videos) have no
     * tooltip on a value (the heading names it; the methods appendix lists the bands) and summaries cut short.
     */
    static Map<String, Brief> briefs(VideoAnalysis video, boolean compact) {
        Map<String, Brief> out = new LinkedHashMap<>();
        for (Detection d : video.detections()) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            if (d.isOk()) {
                d.metrics().forEach((metric, value) -> {
                    if (d.info(metric).headline() && value != null) {
                        cells.put(metric, valueCell(d, metric, value, compact));
                    }
                });
            }
            String summary = compact ? io.viralscope.app.TerminalText.printable(d.summary(), COMPACT_SUMMARY)
                    : d.summary();
            out.putIfAbsent(d.detector(), new Brief(d.isOk(), summary, Map.copyOf(cells)));
        }
        return out;
    }

    /** Collects the headline columns as videos go by. */
    static final class Collector {
        private final Map<String, HeadlineColumn> columns = new LinkedHashMap<>();
        private final Map<String, Map<String, HeadlineColumn>> byDetector = new LinkedHashMap<>();

        void add(VideoAnalysis v) {
            for (Detection d : v.detections()) {
                d.metrics().forEach((metric, value) -> {
                    if (d.info(metric).headline()) {
                        Map<String, HeadlineColumn> of = byDetector.computeIfAbsent(d.detector(),
                                k -> new LinkedHashMap<>());
                        HeadlineColumn c = of.computeIfAbsent(metric,
                                k -> new HeadlineColumn(d.detector(), metric, MetricText.name(metric), true));
                        if (value instanceof String) {
                            of.put(metric, new HeadlineColumn(d.detector(), metric, c.heading(), false));
                        }
                    }
                });
            }
        }

        /** Every headline metric of any video, in detector order, then in the order first reported. */
        List<HeadlineColumn> columns(List<String> detectorIds) {
            List<HeadlineColumn> out = new ArrayList<>();
            for (String id : detectorIds) {
                out.addAll(byDetector.getOrDefault(id, Map.of()).values());
            }
            return List.copyOf(out);
        }
    }

    /** Every headline metric of any video, in detector order, then in the order the detector reports them. */
    static List<HeadlineColumn> of(List<VideoAnalysis> videos, List<String> detectorIds) {
        Collector c = new Collector();
        videos.forEach(c::add);
        return c.columns(detectorIds);
    }

    /** This column's cell for one video: the value in its unit, after the band it falls in when bands are declared. */
    Cell cell(VideoAnalysis video) {
        return cell(briefs(video));
    }

    /** This column's cell for the video of {@code briefs}. */
    Cell cell(Map<String, Brief> briefs) {
        Brief b = briefs.get(detector);
        if (b == null) {
            return Cell.unknown(detector + " did not run on this video.");
        }
        if (!b.ok()) {
            return Cell.unknown(detector + ": " + b.summary());
        }
        Cell c = b.cells().get(metric);
        return c != null ? c : Cell.unknown("Unknown: " + b.summary());
    }

    private static Cell valueCell(Detection d, String metric, Object value, boolean compact) {
        // on a page of many videos the column heading says what a value is: no tooltip repeats it
        String hint = compact ? null : MetricText.name(metric) + " (" + d.detector() + ")";
        if (value instanceof String s) {
            return Cell.text(s, hint);
        }
        double v = (Double) value;
        MetricInfo info = d.info(metric);
        String text = MetricText.withUnit(v, info.unit());
        String band = info.bandOf(v).map(MetricBand::label).orElse(null);
        return Cell.number(band == null ? text : band + " · " + text, v, compact ? null : hint + ": " + text
                + (band == null ? "" : ", " + band + " (bands: " + String.join(", ", MetricText.bands(info)) + ")"));
    }
}
