package io.viralscope.plugins.inflection;

import java.time.Instant;

/**
 * How this detector writes numbers and dates in its sentences. Written out by hand rather than with
 * {@code String.format}, which costs about as much as the rest of a detection on a short series.
 */
final class Numbers {

    private Numbers() {
    }

    /** A count rounded to a whole number with thousands separators, such as {@code 52,685}. */
    static String count(double v) {
        long n = Math.round(v);
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            b.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** A multiple, such as {@code 21 times} or {@code 4.5 times}. */
    static String times(double v) {
        return (v >= 10 ? Long.toString(Math.round(v)) : tenths(v, false)) + " times";
    }

    /** A growth rate of log daily views as a percentage a day, such as {@code +12.3% a day}. */
    static String percentPerDay(double logRate) {
        return tenths(Math.expm1(logRate) * 100, true) + "% a day";
    }

    /** The UTC date of an instant, such as {@code 2026-02-12}. */
    static String date(Instant at) {
        return at.toString().substring(0, 10);
    }

    /** {@code n noun} with a plural s when n is not 1. */
    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code v} rounded to one decimal, with a sign when {@code signed}: {@code +3.1}, {@code -0.4}, {@code 0.0}. */
    static String tenths(double v, boolean signed) {
        long t = Math.round(v * 10);
        String sign = t < 0 ? "-" : signed ? "+" : "";
        long a = Math.abs(t);
        return sign + (a / 10) + "." + (a % 10);
    }
}
