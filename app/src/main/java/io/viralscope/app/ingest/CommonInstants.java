package io.viralscope.app.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The two instant forms nearly every file uses, {@code 2026-03-01} and {@code 2026-03-01T12:00:00Z}, read
 * without java.time's general parser, which costs more than the rest of a row's checks together. Anything else,
 * or anything doubtful, is left to that parser (null here), so what is accepted and every error stay the same.
 */
final class CommonInstants {

    private CommonInstants() {
    }

    /** The instant, or {@code null} when {@code t} is not plainly one of the two forms. */
    static Instant parse(String t) {
        int n = t.length();
        if (n != 10 && n != 20) {
            return null;
        }
        if (t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOf(year, month)) {
            return null;
        }
        long seconds;
        try {
            seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400;
        } catch (DateTimeException e) {
            return null;
        }
        if (n == 10) {
            return Instant.ofEpochSecond(seconds);
        }
        if (t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
            return null;
        }
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(seconds + hour * 3_600L + minute * 60L + second);
    }

    private static int lengthOf(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
