package io.viralscope.app.report.html;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.app.analysis.RunStats;
import io.viralscope.app.analysis.VideoAnalysis;
import io.viralscope.app.report.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods appendix: how the report was made. Windows and sample counts, detectors and versions, every
 * detector's parameters per video (fit quality included), cache use and timing.
 *
 * @param run        facts about the run
 * @param detectors  the detectors that ran
 * @param windows    each video's window and samples
 * @param parameters one table per detector of its metrics per video
 * @param problems   plugins skipped and why
 * @param vocabulary the mechanisms' words
 * @param bands      every banded metric with its bands in words, as the detections declare them
 */
public record MethodsView(List<Fact> run, List<DetectorRow> detectors, List<WindowRow> windows,
                          List<ParameterTable> parameters, List<String> problems, List<MechanismWords> vocabulary,
                          List<String> bands) {

    /** A labelled figure. */
    public record Fact(String label, String value) {
    }

    /**
     * A detector that ran, and how it fared.
     *
     * @param id           detector id
     * @param version      its version
     * @param plugin       the plugin providing it
     * @param description  what it does
     * @param ok           videos with an {@code ok} result
     * @param insufficient videos with too little data
     * @param failed       videos where it failed
     */
    public record DetectorRow(String id, String version, String plugin, String description, long ok,
                              long insufficient, long failed) {
    }

    /**
     * One video's data.
     *
     * @param anchor    its section's id
     * @param title     its title
     * @param first     first sample
     * @param last      last sample
     * @param days      days spanned
     * @param samples   samples
     * @param gaps      gaps
     * @param decreases decreases
     * @param frozen    frozen spans
     */
    public record WindowRow(String anchor, String title, String first, String last, long days, int samples,
                            int gaps, int decreases, int frozen) {
    }

    /**
     * One detector's metrics, one row per video where it succeeded.
     *
     * @param detector detector id
     * @param columns  metric names in words
     * @param rows     one per video
     */
    public record ParameterTable(String detector, List<String> columns, List<ParameterRow> rows) {
    }

    /**
     * One video's metrics from one detector.
     *
     * @param anchor its section's id
     * @param title  its title
     * @param values one per column
     * @param curves the curves it drew
     */
    public record ParameterRow(String anchor, String title, List<String> values, String curves) {
    }

    static MethodsView of(Report report, List<VideoAnalysis> videos, List<String> detectorIds, List<VideoView> views) {
        RunStats s = report.stats();
        long samples = report.videos().stream().mapToLong(v -> v.series().size()).sum();
        List<Fact> run = List.of(
                new Fact("Generated", HumanDates.timestamp(report.generatedAt())),
                new Fact("Analysis time", s.elapsed().toMillis() + " ms"),
                new Fact("Videos", Integer.toString(s.videos())),
                new Fact("Samples", HumanNumbers.count(samples)),
                new Fact("Detections", s.detections() + " (videos × detectors)"),
                new Fact("Computed", Long.toString(s.computed())),
                new Fact("Cache hits", (s.memoryHits() + s.storeHits()) + " (" + s.memoryHits() + " in memory, "
                        + s.storeHits() + " from the store)"),
                new Fact("Failed", Long.toString(s.failed())));

        List<DetectorRow> detectors = new ArrayList<>();
        for (Report.DetectorInfo d : report.detectors()) {
            detectors.add(new DetectorRow(d.id(), d.version(), d.plugin(), d.description(),
                    count(report, d.id(), DetectionStatus.OK), count(report, d.id(), DetectionStatus.INSUFFICIENT_DATA),
                    count(report, d.id(), DetectionStatus.FAILED)));
        }

        List<WindowRow> windows = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            VideoAnalysis v = videos.get(i);
            VideoView w = views.get(i);
            windows.add(new WindowRow(w.anchor(), w.title(),
                    v.window().hasDays() ? HumanDates.day(HumanDates.midnight(v.window().from()))
                            : v.series().firstAt().map(HumanDates::day).orElse(HumanNumbers.UNKNOWN),
                    v.window().hasDays() ? HumanDates.day(HumanDates.midnight(v.window().to()))
                            : v.series().lastAt().map(HumanDates::day).orElse(HumanNumbers.UNKNOWN), w.days(), w.samples(),
                    v.quality().gaps(), v.quality().decreases(), v.quality().frozenSpans()));
        }

        List<ParameterTable> parameters = new ArrayList<>();
        for (String id : detectorIds) {
            Set<String> columns = new LinkedHashSet<>();
            videos.forEach(v -> v.detection(id).filter(Detection::isOk)
                    .ifPresent(d -> columns.addAll(d.metrics().keySet())));
            List<ParameterRow> rows = new ArrayList<>();
            for (int i = 0; i < views.size(); i++) {
                Detection d = videos.get(i).detection(id).filter(Detection::isOk).orElse(null);
                if (d == null) {
                    continue;
                }
                List<String> values = columns.stream().map(c -> d.metrics().containsKey(c)
                        ? MetricText.of(d.metrics().get(c), d.info(c)) : HumanNumbers.UNKNOWN).toList();
                String curves = String.join(", ", d.curves().stream()
                        .map(c -> c.name() + (c.primary() ? " (best)" : "")).toList());
                rows.add(new ParameterRow(views.get(i).anchor(), views.get(i).title(), values, curves));
            }
            if (!rows.isEmpty()) {
                parameters.add(new ParameterTable(id, columns.stream().map(MetricText::name).toList(), rows));
            }
        }
        return new MethodsView(run, detectors, windows, parameters, report.problems(),
                List.of(MechanismWords.values()), declaredBands(videos, detectorIds));
    }

    /** "likes per view (engagement): low < 0.5%, …", once per detector and metric, from the first declaration. */
    private static List<String> declaredBands(List<VideoAnalysis> videos, List<String> detectorIds) {
        Map<String, String> bands = new LinkedHashMap<>();
        for (String id : detectorIds) {
            for (VideoAnalysis v : videos) {
                v.detection(id).ifPresent(d -> d.metricInfo().forEach((metric, info) -> {
                    if (!info.bands().isEmpty()) {
                        bands.putIfAbsent(id + " " + metric, MetricText.name(metric) + " (" + id + "): "
                                + String.join(", ", MetricText.bands(info)));
                    }
                }));
            }
        }
        return List.copyOf(bands.values());
    }

    private static long count(Report report, String detector, DetectionStatus status) {
        return report.videos().stream().filter(v -> v.detection(detector).map(d -> d.status() == status)
                .orElse(false)).count();
    }
}
