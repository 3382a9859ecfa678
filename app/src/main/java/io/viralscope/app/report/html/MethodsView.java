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

    /** Counts, as videos go by, what the appendix says of all of them. */
    static final class Totals {
        private long samples;
        private final Map<String, Map<DetectionStatus, Long>> statuses = new LinkedHashMap<>();
        private final Map<String, String> bands = new LinkedHashMap<>();
        private final List<String> detectorIds;

        Totals(List<String> detectorIds) {
            this.detectorIds = List.copyOf(detectorIds);
        }

        void add(VideoAnalysis v) {
            samples += v.series().size();
            Set<String> seen = new java.util.HashSet<>();
            for (Detection d : v.detections()) {
                if (seen.add(d.detector())) {
                    statuses.computeIfAbsent(d.detector(), k -> new java.util.EnumMap<>(DetectionStatus.class))
                            .merge(d.status(), 1L, Long::sum);
                }
            }
            for (String id : detectorIds) {
                v.detection(id).ifPresent(d -> d.metricInfo().forEach((metric, info) -> {
                    if (!info.bands().isEmpty()) {
                        bands.putIfAbsent(id + " " + metric, MetricText.name(metric) + " (" + id + "): "
                                + String.join(", ", MetricText.bands(info)));
                    }
                }));
            }
        }

        long count(String detector, DetectionStatus status) {
            return statuses.getOrDefault(detector, Map.of()).getOrDefault(status, 0L);
        }

        /** Declared bands in detector order, then in the order first met. */
        List<String> bands() {
            List<String> out = new ArrayList<>();
            for (String id : detectorIds) {
                bands.forEach((key, text) -> {
                    if (key.startsWith(id + " ")) {
                        out.add(text);
                    }
                });
            }
            return List.copyOf(new LinkedHashSet<>(out));
        }
    }

    static MethodsView of(Report report, List<VideoAnalysis> videos, List<String> detectorIds, List<VideoView> views) {
        Totals totals = new Totals(detectorIds);
        videos.forEach(totals::add);
        return of(report, videos, detectorIds, views, totals);
    }

    /**
     * The appendix: windows and parameters of the videos with sections ({@code videos}, shown as {@code views}),
     * counts over {@code totals}, all the report's videos.
     */
    static MethodsView of(Report report, List<VideoAnalysis> videos, List<String> detectorIds, List<VideoView> views,
                          Totals totals) {
        RunStats s = report.stats();
        long samples = totals.samples;
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
                    totals.count(d.id(), DetectionStatus.OK), totals.count(d.id(), DetectionStatus.INSUFFICIENT_DATA),
                    totals.count(d.id(), DetectionStatus.FAILED)));
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
                List.of(MechanismWords.values()), totals.bands());
    }
}
