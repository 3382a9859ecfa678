package io.viralscope.plugins.inflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

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
        // digits right to left, a comma before every third: one small loop, no formatter; counted on the negative
        // side, where every long's magnitude fits
        char[] c = new char[26];
        int p = c.length;
        long a = n < 0 ? n : -n;
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                c[--p] = ',';
            }
            c[--p] = (char) ('0' - a % 10);
            a /= 10;
            digits++;
        } while (a != 0);
        if (n < 0) {
            c[--p] = '-';
        }
        return new String(c, p, c.length - p);
    }

    /** A multiple, such as {@code 21 times} or {@code 4.5 times}. */
    static String times(double v) {
        return (v >= 10 ? Long.toString(Math.round(v)) : tenths(v, false)) + " times";
    }

    /** A growth rate of log daily views as a percentage a day, such as {@code +12.3% a day}. */
    static String percentPerDay(double logRate) {
        return tenths(Math.expm1(logRate) * 100, true) + "% a day";
    }

    /**
     * The UTC date of an instant, such as {@code 2026-02-12}: written from the day's fields for years 1000 to
     * 9999, as the first ten characters of {@link Instant#toString()} are (which costs a date formatter's work).
     */
    static String date(Instant at) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return at.toString().substring(0, 10);
        }
        int month = day.getMonthValue();
        int dayOfMonth = day.getDayOfMonth();
        return new StringBuilder(10).append(year).append(month < 10 ? "-0" : "-").append(month)
                .append(dayOfMonth < 10 ? "-0" : "-").append(dayOfMonth).toString();
    }

    /**
     * {@code v} with one decimal as {@code String.format(Locale.ROOT, "%.1f", v)} writes it (half up on the
     * shortest decimal of {@code v}, "-0.0" for a small negative or −0). That decimal lies within an ulp of {@code v},
     * so away from a tie {@link Math#round} of {@code 10·v} rounds the same way; at or near a tie, and for huge or
     * non-finite values, the formatter itself decides.
     */
    static String oneDecimal(double v) {
        double tens = Math.abs(v) * 10;
        double fraction = tens - Math.floor(tens);
        if (!(tens < 1e9) || Math.abs(fraction - 0.5) < 1e-6) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        long t = Math.round(tens);
        return (Double.compare(v, 0.0) < 0 ? "-" : "") + (t / 10) + "." + (t % 10); // -0.0 too, as the formatter
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
