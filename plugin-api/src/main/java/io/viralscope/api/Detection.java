package io.viralscope.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one detector found in one series. Build it with {@link #ok(Detector)}; use {@link #insufficientData} when
 * the series cannot support the analysis.
 *
 * @param detector detector id
 * @param version  detector version
 * @param status   outcome
 * @param summary  one plain sentence for the analyst
 * @param metrics  named figures in snake_case: each value is a finite {@link Double}, a {@link String}, or
 *                 {@code null} for "unknown"; insertion order is kept
 * @param events   timed events, in time order
 * @param curves   fitted or derived curves for charts
 * @param evidence evidence about the spreading mechanism, for the verdict
 * @param metricInfo how to read metrics: unit, bands, headline (since 1.2.0); keyed by metric name, each key one of
 *                 {@code metrics}; a metric without an entry is a plain number
 * @param breakouts findings that the dynamics turned critical, for alerts (since 1.2.0)
 * @param episodes  the episodes a long series splits into, each with its mechanism, in time order (since 1.3.0)
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public record Detection(String detector, String version, DetectionStatus status, String summary,
                        Map<String, Object> metrics, List<Event> events, List<FittedCurve> curves,
                        List<MechanismEvidence> evidence,
                        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
                        Map<String, MetricInfo> metricInfo,
                        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
                        List<BreakoutSignal> breakouts,
                        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
                        List<Episode> episodes) {

    /** A detection without metric units, bands or breakout signals, as plugins built for API 1.0 and 1.1 make it. */
    @Stability(level = Stability.Level.STABLE, since = "1.0.0")
    public Detection(String detector, String version, DetectionStatus status, String summary,
                     Map<String, Object> metrics, List<Event> events, List<FittedCurve> curves,
                     List<MechanismEvidence> evidence) {
        this(detector, version, status, summary, metrics, events, curves, evidence, Map.of(), List.of());
    }

    /** A detection without episodes, as plugins built for API 1.2 make it. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public Detection(String detector, String version, DetectionStatus status, String summary,
                     Map<String, Object> metrics, List<Event> events, List<FittedCurve> curves,
                     List<MechanismEvidence> evidence, Map<String, MetricInfo> metricInfo,
                     List<BreakoutSignal> breakouts) {
        this(detector, version, status, summary, metrics, events, curves, evidence, metricInfo, breakouts,
                List.of());
    }

    /**
     * Validates the rules every detection obeys: finite numbers, snake_case metric names, a summary, metric info
     * only for its own metrics.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public Detection {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("detection of " + detector + " needs a summary sentence");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        (metrics == null ? Map.<String, Object>of() : metrics).forEach((k, v) -> m.put(checkName(k),
                checkValue(k, v)));
        metrics = Collections.unmodifiableMap(m);
        List<Event> sorted = new ArrayList<>(events == null ? List.of() : events);
        sorted.sort((a, b) -> a.at().compareTo(b.at()));
        events = List.copyOf(sorted);
        curves = List.copyOf(curves == null ? List.of() : curves);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        Map<String, MetricInfo> info = new LinkedHashMap<>();
        for (Map.Entry<String, MetricInfo> e : (metricInfo == null ? Map.<String, MetricInfo>of() : metricInfo)
                .entrySet()) {
            if (!metrics.containsKey(e.getKey())) {
                throw new IllegalArgumentException("detection of " + detector + " describes metric '" + e.getKey()
                        + "' but has no such metric");
            }
            info.put(e.getKey(), Objects.requireNonNull(e.getValue(), e.getKey()));
        }
        metricInfo = Collections.unmodifiableMap(info);
        breakouts = List.copyOf(breakouts == null ? List.of() : breakouts);
        List<Episode> inOrder = new ArrayList<>(episodes == null ? List.of() : episodes);
        inOrder.sort((a, b) -> a.start().compareTo(b.start()));
        episodes = List.copyOf(inOrder);
    }

    /** How to read {@code metric}: its unit, bands and headline flag; {@link MetricInfo#PLAIN} when undeclared. */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public MetricInfo info(String metric) {
        return metricInfo.getOrDefault(metric, MetricInfo.PLAIN);
    }

    /** A builder for an {@code ok} detection of {@code detector}. */
    public static Builder ok(Detector detector) {
        return new Builder(detector.id(), detector.version(), DetectionStatus.OK);
    }

    /** A builder for a detection with the given status, for detectors that set metrics even when not {@code ok}. */
    public static Builder builder(Detector detector, DetectionStatus status) {
        return new Builder(detector.id(), detector.version(), status);
    }

    /** The series cannot support this analysis; {@code reason} is a plain sentence saying why. */
    public static Detection insufficientData(Detector detector, String reason) {
        return new Builder(detector.id(), detector.version(), DetectionStatus.INSUFFICIENT_DATA).summary(reason)
                .build();
    }

    /** A failed detection, as the host records it when a detector throws, times out or breaks the rules. */
    public static Detection failed(String detectorId, String version, String reason) {
        return new Detection(detectorId, version, DetectionStatus.FAILED, reason, Map.of(), List.of(), List.of(),
                List.of(), Map.of(), List.of(), List.of());
    }

    /** A number metric, or {@code null} when unknown. */
    public Double number(String metric) {
        Object v = metrics.get(metric);
        return v instanceof Double d ? d : null;
    }

    /** A text metric, or {@code null} when absent. */
    public String text(String metric) {
        Object v = metrics.get(metric);
        return v instanceof String s ? s : null;
    }

    /** The events of one type. */
    public List<Event> events(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** True when the status is {@link DetectionStatus#OK}. */
    public boolean isOk() {
        return status == DetectionStatus.OK;
    }

    private static String checkName(String name) {
        if (name == null || !isSnakeCase(name)) {
            throw new IllegalArgumentException("metric name '" + name + "' must be snake_case");
        }
        return name;
    }

    /**
     * Whether {@code name} matches {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}, checked by hand: every metric name is checked
     * twice per detection, and the regular expression was 3% of a large report's time.
     */
    static boolean isSnakeCase(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) < 'a' || name.charAt(0) > 'z' || name.charAt(n - 1) == '_') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = name.charAt(i);
            boolean lowerOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!lowerOrDigit && !(c == '_' && name.charAt(i - 1) != '_')) {
                return false;
            }
        }
        return true;
    }

    private static Object checkValue(String name, Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof Number n) {
            return Finite.require("metric " + name, n.doubleValue());
        }
        throw new IllegalArgumentException("metric " + name + " must be a number, a string or null, not "
                + value.getClass().getSimpleName());
    }

    /** Collects a detection's parts; not thread-safe, use one per call. */
    public static final class Builder {
        private final String detector;
        private final String version;
        private final DetectionStatus status;
        private String summary;
        private final Map<String, Object> metrics = new LinkedHashMap<>();
        private final List<Event> events = new ArrayList<>();
        private final List<FittedCurve> curves = new ArrayList<>();
        private final List<MechanismEvidence> evidence = new ArrayList<>();
        private final Map<String, MetricInfo> info = new LinkedHashMap<>();
        private final List<BreakoutSignal> breakouts = new ArrayList<>();
        private final List<Episode> episodes = new ArrayList<>();

        private Builder(String detector, String version, DetectionStatus status) {
            this.detector = detector;
            this.version = version;
            this.status = status;
        }

        /** The one-sentence summary. */
        public Builder summary(String sentence) {
            this.summary = sentence;
            return this;
        }

        /** A number metric; throws if it is NaN or infinite. */
        public Builder metric(String name, double value) {
            metrics.put(checkName(name), Finite.require("metric " + name, value));
            return this;
        }

        /** A text metric, such as a model name or a band. */
        public Builder metric(String name, String value) {
            metrics.put(checkName(name), Objects.requireNonNull(value, name));
            return this;
        }

        /** A number metric that may be unknown ({@code null}); a non-finite value also counts as unknown. */
        public Builder metricOrUnknown(String name, Double value) {
            metrics.put(checkName(name), value == null || !Double.isFinite(value) ? null : value);
            return this;
        }

        /** An event. */
        public Builder event(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /** An event with no attributes. */
        public Builder event(String type, Instant at, double value, String label) {
            return event(new Event(type, at, value, label));
        }

        /** A fitted curve. */
        public Builder curve(FittedCurve curve) {
            curves.add(Objects.requireNonNull(curve, "curve"));
            return this;
        }

        /** Evidence about the spreading mechanism. */
        public Builder evidence(Mechanism mechanism, double weight, String finding) {
            evidence.add(new MechanismEvidence(mechanism, weight, finding));
            return this;
        }

        /** The unit of number metric {@code name}, so reports write it ("1.2%", "12.3k views a day"). */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
        public Builder unit(String name, Unit unit) {
            info.put(checkName(name), info(name).withUnit(Objects.requireNonNull(unit, "unit")));
            return this;
        }

        /**
         * The bands that number metric {@code name} is read against, in increasing order; reports shade exactly
         * these behind the metric's chart and name the band of its value with {@link MetricInfo#bandOf}.
         */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
        public Builder bands(String name, List<MetricBand> bands) {
            info.put(checkName(name), info(name).withBands(bands));
            return this;
        }

        /** Marks metric {@code name} as a headline figure, shown for every video in the report's overview. */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
        public Builder headline(String name) {
            info.put(checkName(name), info(name).asHeadline());
            return this;
        }

        /**
         * Marks metric {@code name} as diagnostic: how the detector reached its answer (another model's fit, a
         * method's step), left out of the JSON report unless asked for. A headline metric cannot be diagnostic.
         */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.8.0")
        public Builder diagnostic(String name) {
            info.put(checkName(name), info(name).asDiagnostic());
            return this;
        }

        /** A finding that the dynamics turned critical; the host alerts on recent ones. */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
        public Builder breakout(BreakoutSignal.Kind kind, Instant at, String finding) {
            breakouts.add(new BreakoutSignal(kind, at, finding));
            return this;
        }

        /** An episode of the series (a burst and its relaxation, or a build-up) with its mechanism. */
        @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.3.0")
        public Builder episode(Episode episode) {
            episodes.add(Objects.requireNonNull(episode, "episode"));
            return this;
        }

        private MetricInfo info(String name) {
            return info.getOrDefault(name, MetricInfo.PLAIN);
        }

        /** The detection; throws if no summary was given, or if a unit, band or headline names no metric. */
        public Detection build() {
            return new Detection(detector, version, status, summary, metrics, events, curves, evidence, info,
                    breakouts, episodes);
        }
    }
}
