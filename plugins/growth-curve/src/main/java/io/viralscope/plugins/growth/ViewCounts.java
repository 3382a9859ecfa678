package io.viralscope.plugins.growth;

import java.util.Locale;

/** The one place this plugin writes numbers for people: view counts as {@code 950}, {@code 12k}, {@code 1.2M}. */
final class ViewCounts {

    private static final String[] SUFFIX = {"", "k", "M", "B", "T"};

    private ViewCounts() {
    }

    /** A view count with two significant digits below ten units, such as {@code 1.2M}, {@code 340k}, {@code 87}. */
    static String format(double views) {
        double v = Math.abs(views);
        int unit = 0;
        while (unit < SUFFIX.length - 1 && Math.round(v) >= 1000) {
            v /= 1000;
            unit++;
        }
        String digits = unit > 0 && v < 9.95 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.0f", v);
        return (views < 0 ? "-" : "") + digits + SUFFIX[unit];
    }

    /** A ratio or figure with two decimals, such as {@code 0.98}. */
    static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A ratio with two significant digits, such as {@code 14} or {@code 3.5}. */
    static String ratio(double value) {
        return value >= 9.95 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A daily rate as a percentage, such as {@code 5.1%}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
