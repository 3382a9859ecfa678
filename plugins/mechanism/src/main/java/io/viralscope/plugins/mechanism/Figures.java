package io.viralscope.plugins.mechanism;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How the mechanism detector writes numbers and dates in sentences. */
final class Figures {

    private Figures() {
    }

    /** A count in a few significant figures: 950, 12.3k, 4.5M, 1.2B. */
    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return fixed(v / 1e9, 1) + "B";
        }
        if (a >= 1e6) {
            return fixed(v / 1e6, 1) + "M";
        }
        if (a >= 1e4) {
            return fixed(v / 1e3, 1) + "k";
        }
        return fixed(v, 0);
    }

    /** Two decimals. */
    static String decimal(double v) {
        return fixed(v, 2);
    }

    /** A ratio with two significant digits: 2.3, 14. */
    static String ratio(double v) {
        return v >= 9.95 ? fixed(v, 0) : fixed(v, 1);
    }

    /** A percentage with one decimal: 3.1%. */
    static String unsignedPercent(double share) {
        return fixed(100 * share, 1) + "%";
    }

    /** A daily growth rate of log views as a signed percentage: +3.1%, −4.0%. */
    static String signedPercent(double logRate) {
        double p = 100 * Math.expm1(logRate);
        return (p < 0 ? "−" : "+") + fixed(Math.abs(p), 1) + "%";
    }

    /** A whole percentage. */
    static String percent(double share) {
        return fixed(100 * share, 0) + "%";
    }

    /**
     * {@code v} with {@code decimals} decimals, the text {@code String.format(Locale.ROOT, "%.<decimals>f", v)}
     * gives: that rounds half up the shortest decimal digits that identify the double ({@link Double#toString}),
     * and so does this, on those digits, without the formatter's parsing of a pattern per number. Outside
     * [0.001, 10^7), where Double.toString switches to an exponent, and for NaN and infinities, the formatter
     * itself writes it.
     */
    static String fixed(double v, int decimals) {
        double a = Math.abs(v);
        if (!(a >= 1e-3 && a < 1e7)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String shortest = Double.toString(a);
        int point = shortest.indexOf('.');
        // the digits without the point, and how many of them to keep: the integer part and the decimals
        StringBuilder digits = new StringBuilder(shortest.length() + decimals + 1);
        digits.append(shortest, 0, point).append(shortest, point + 1, shortest.length());
        int keep = point + decimals;
        boolean up = keep < digits.length() && digits.charAt(keep) >= '5';
        digits.setLength(keep < digits.length() ? keep : digits.length());
        while (digits.length() < keep) {
            digits.append('0');
        }
        int integerDigits = point;
        if (up) {
            integerDigits += roundUp(digits);
        }
        StringBuilder out = new StringBuilder(digits.length() + 2);
        if (v < 0) {
            out.append('-');
        }
        out.append(digits, 0, integerDigits);
        if (decimals > 0) {
            out.append('.').append(digits, integerDigits, digits.length());
        }
        return out.toString();
    }

    /** Adds one in the last place of the decimal digits; returns 1 when that carried into a new leading digit. */
    private static int roundUp(StringBuilder digits) {
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c != '9') {
                digits.setCharAt(i, (char) (c + 1));
                return 0;
            }
            digits.setCharAt(i, '0');
        }
        digits.insert(0, '1');
        return 1;
    }

    /** The UTC date of an instant, ISO style. */
    static String date(Instant at) {
        return utcDay(at).toString();
    }

    /** The UTC day of an instant, {@code at.atOffset(UTC).toLocalDate()} without the offset date-time. */
    static LocalDate utcDay(Instant at) {
        return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
    }
}
