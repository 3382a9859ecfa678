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
     * {@code v} with {@code decimals} decimals (0 to 3), the text {@code String.format(Locale.ROOT,
     * "%.<decimals>f", v)} gives. The formatter rounds half up the shortest decimal digits that identify the double
     * ({@link Double#toString}); those lie within an ulp of the double, so wherever {@code v·10^decimals} is not
     * within 10^−4 of a half, rounding the scaled double itself to the nearest integer gives the same digits,
     * without writing the shortest digits out first. Near a half, this rounds those digits as the formatter does.
     * Outside [0.001, 10^7), and for NaN and infinities, the formatter itself writes it.
     */
    static String fixed(double v, int decimals) {
        double a = Math.abs(v);
        if (!(a >= 1e-3 && a < 1e7) || decimals < 0 || decimals > 3) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        long scale = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        double scaled = a * scale;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) < 1e-4) {
            return nearHalf(v, a, decimals);
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0);
        StringBuilder out = new StringBuilder(24);
        if (v < 0) {
            out.append('-');
        }
        out.append(units / scale);
        if (decimals > 0) {
            String part = Long.toString(units % scale + scale);  // a leading 1, then the decimals with their zeros
            out.append('.').append(part, 1, part.length());
        }
        return out.toString();
    }

    /** {@link #fixed} of a value whose scaled fraction is about a half: its shortest digits rounded half up. */
    private static String nearHalf(double v, double a, int decimals) {
        String shortest = Double.toString(a);
        int point = shortest.indexOf('.');
        // the digits without the point, and how many of them to keep: the integer part and the decimals
        StringBuilder digits = new StringBuilder(shortest.length() + decimals + 1);
        digits.append(shortest, 0, point).append(shortest, point + 1, shortest.length());
        int keep = point + decimals;
        boolean up = keep < digits.length() && digits.charAt(keep) >= '5';
        digits.setLength(Math.min(keep, digits.length()));
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
