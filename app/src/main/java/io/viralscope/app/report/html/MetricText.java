package io.viralscope.app.report.html;

import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;

import java.util.List;

/**
 * Any detector's metric as text, written in the unit the detection declares for it ("1.2%", "12.3k views a day")
 * and, when the detection declares bands, with the band its value falls in. A metric without a unit is a plain
 * number with four significant digits.
 */
final class MetricText {

    private MetricText() {
    }

    /** The value of a metric in words with its unit and band; {@code null} reads "unknown". */
    static String of(Object value, MetricInfo info) {
        if (!(value instanceof Double v)) {
            return value == null ? "unknown" : value.toString();
        }
        String text = withUnit(v, info.unit());
        return info.bandOf(v).map(b -> text + " (" + b.label() + ")").orElse(text);
    }

    /** A number in its unit: {@code 0.012} as PERCENT reads "1.2%"; {@code null} unit is a plain number. */
    static String withUnit(double v, Unit unit) {
        if (unit == null) {
            return HumanNumbers.decimal(v);
        }
        return switch (unit) {
            case PERCENT -> HumanNumbers.percent(v);
            case PERCENT_PER_DAY -> HumanNumbers.percent(v) + " a day";
            case VIEWS -> HumanNumbers.compact(v) + " views";
            case VIEWS_PER_DAY -> HumanNumbers.compact(v) + " views a day";
            case DAYS -> HumanNumbers.decimal(v) + (v == 1 ? " day" : " days");
            case RATIO -> times(HumanNumbers.ratio(v));
            case COUNT -> HumanNumbers.decimal(v);
            case COEFFICIENT -> HumanNumbers.twoDecimals(v);
        };
    }

    /** A ratio as a multiple: "×14", and "&lt; ×0.01" for one too small to write. */
    private static String times(String ratio) {
        return ratio.startsWith("< ") ? "< ×" + ratio.substring(2) : "×" + ratio;
    }

    /**
     * A figure of an event, which declares no unit: ratios per view as percentages and view counts compactly, by
     * the attribute's name, everything else with four significant digits.
     */
    static String attribute(String name, double v) {
        if (name.contains("per_view")) {
            return HumanNumbers.percent(v);
        }
        if (name.contains("views")) {
            return HumanNumbers.compact(v);
        }
        return HumanNumbers.decimal(v);
    }

    /** A band with its range, in the metric's unit: "typical 0.5–2%", "low &lt; 0.5%", "very high &gt; 5%". */
    static String band(MetricBand b, Unit unit) {
        if (b.high() == null) {
            return b.label() + " > " + bound(b.low(), unit);
        }
        if (b.low() <= 0) {
            return b.label() + " < " + bound(b.high(), unit);
        }
        String low = bound(b.low(), unit);
        String high = bound(b.high(), unit);
        // "0.5–2%": the unit once, after the range
        return b.label() + " " + (low.endsWith("%") && high.endsWith("%") ? low.substring(0, low.length() - 1)
                : low) + "–" + high;
    }

    /** Every band of a metric, in words. */
    static List<String> bands(MetricInfo info) {
        return info.bands().stream().map(b -> band(b, info.unit())).toList();
    }

    /** The metric's name in words: {@code saturation_views} reads "saturation views". */
    static String name(String name) {
        return name.replace('_', ' ');
    }

    private static String bound(double v, Unit unit) {
        return unit == Unit.PERCENT || unit == Unit.PERCENT_PER_DAY ? HumanNumbers.percent(v)
                : unit == Unit.RATIO ? HumanNumbers.ratio(v)
                : unit == Unit.COEFFICIENT ? HumanNumbers.twoDecimals(v) : HumanNumbers.compact(v);
    }
}
