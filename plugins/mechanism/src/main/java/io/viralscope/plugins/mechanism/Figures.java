package io.viralscope.plugins.mechanism;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** How the mechanism detector writes numbers and dates in sentences. */
final class Figures {

    private Figures() {
    }

    /** A count in a few significant figures: 950, 12.3k, 4.5M, 1.2B. */
    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.1fB", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** Two decimals. */
    static String decimal(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A ratio with two significant digits: 2.3, 14. */
    static String ratio(double v) {
        return v >= 9.95 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A percentage with one decimal: 3.1%. */
    static String unsignedPercent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A daily growth rate of log views as a signed percentage: +3.1%, −4.0%. */
    static String signedPercent(double logRate) {
        double p = 100 * Math.expm1(logRate);
        return (p < 0 ? "−" : "+") + String.format(Locale.ROOT, "%.1f%%", Math.abs(p));
    }

    /** A whole percentage. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** The UTC date of an instant, ISO style. */
    static String date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
