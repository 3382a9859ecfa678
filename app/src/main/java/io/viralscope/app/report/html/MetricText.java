package io.viralscope.app.report.html;

/**
 * Any detector's metric as text, chosen by the metric's name so that new plugins read well too: ratios per view as
 * percentages, view counts compactly, everything else with four significant digits.
 */
final class MetricText {

    private MetricText() {
    }

    /** The value of metric {@code name} in words; {@code null} reads "unknown". */
    static String of(String name, Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof String s) {
            return s;
        }
        double v = ((Number) value).doubleValue();
        if (name.contains("per_view")) {
            return HumanNumbers.percent(v);
        }
        if (name.contains("views")) {
            return HumanNumbers.compact(v);
        }
        return HumanNumbers.decimal(v);
    }

    /** The metric's name in words: {@code saturation_views} reads "saturation views". */
    static String name(String name) {
        return name.replace('_', ' ');
    }
}
