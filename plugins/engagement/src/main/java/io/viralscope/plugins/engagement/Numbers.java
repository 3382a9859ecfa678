package io.viralscope.plugins.engagement;

import java.util.Locale;

/** How this detector writes numbers in its sentences. */
final class Numbers {

    /** The percentage formats by decimals, 0 to 6: built once, not per number. */
    private static final String[] PERCENT_FORMATS = {"%.0f%%", "%.1f%%", "%.2f%%", "%.3f%%", "%.4f%%", "%.5f%%",
        "%.6f%%"};

    private Numbers() {
    }

    /** A count with thousands separators, such as {@code 1,234,567}. */
    static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A ratio as a percentage with two significant figures or more, such as {@code 2.1%} or {@code 0.035%}. */
    static String percent(double ratio) {
        double p = ratio * 100;
        if (p == 0) {
            return "0%";
        }
        int decimals = p >= 10 ? 0 : p >= 1 ? 1 : Math.min(6, 1 - (int) Math.floor(Math.log10(p)));
        return String.format(Locale.ROOT, PERCENT_FORMATS[decimals], p);
    }

    /** Minutes with two significant figures, such as {@code 3.1 minutes} or {@code 12 minutes}. */
    static String minutes(double m) {
        return String.format(Locale.ROOT, m >= 10 ? "%.0f minutes" : m >= 1 ? "%.1f minutes" : "%.2f minutes", m);
    }

    /** A growth factor, such as {@code 8-fold}. */
    static String times(double factor) {
        return String.format(Locale.ROOT, factor >= 10 ? "%.0f-fold" : "%.1f-fold", factor);
    }
}
