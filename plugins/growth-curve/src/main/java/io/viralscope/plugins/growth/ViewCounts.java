package io.viralscope.plugins.growth;

import java.util.Locale;

/** The one place this plugin writes numbers for people: view counts as {@code 950}, {@code 12k}, {@code 1.2M}. */
final class ViewCounts {

    private static final String[] SUFFIX = {"", "k", "M", "B", "T"};
    /** Below this a ratio reads "&lt; 0.01": two decimals are as fine as a ratio of fitted rates is known. */
    static final double SMALLEST_RATIO = 0.01;
    /** Below this a daily rate reads "&lt; 0.001". */
    static final double SMALLEST_RATE = 0.001;

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

    /**
     * A ratio with two significant digits, such as {@code 14}, {@code 3.5} or {@code 0.27}; below 0.01 it reads
     * {@code < 0.01} and from ten thousand up like a view count ({@code 12k}), never as a string of zeros.
     */
    static String ratio(double value) {
        if (value < SMALLEST_RATIO) {
            return "< " + SMALLEST_RATIO;
        }
        if (value >= 9_995) {
            return format(value);
        }
        if (value >= 9.95) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 0.995 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2g", value);
    }

    /** "= 3.5", or "&lt; 0.01" for a ratio too small to write: how a sentence states a ratio's value. */
    static String isRatio(double value) {
        String r = ratio(value);
        return r.startsWith("<") ? r : "= " + r;
    }

    /** A rate per day such as Bass p or q, two significant digits: {@code 0.031}; below 0.001 {@code < 0.001}. */
    static String rate(double perDay) {
        if (perDay < SMALLEST_RATE) {
            return "< " + SMALLEST_RATE;
        }
        return perDay >= 9.95 ? String.format(Locale.ROOT, "%.0f", perDay)
                : String.format(Locale.ROOT, "%.2g", perDay);
    }

    /** A share as a whole percentage, such as {@code 90%}; a share under 1% reads {@code < 1%}. */
    static String wholePercent(double share) {
        return share < 0.005 ? "< 1%" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A daily rate as a percentage, such as {@code 5.1%}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
