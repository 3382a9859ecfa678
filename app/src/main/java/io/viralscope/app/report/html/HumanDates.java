package io.viralscope.app.report.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one place the HTML report turns instants into text. Everything is shown in UTC, as stored. */
public final class HumanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

    private HumanDates() {
    }

    /** 2 Aug 2026. */
    public static String day(Instant at) {
        return DAY.format(utc(at));
    }

    /** 2 Aug. */
    public static String shortDay(Instant at) {
        return SHORT_DAY.format(utc(at));
    }

    /** Aug, or Aug 2026 when {@code withYear}. */
    public static String month(Instant at, boolean withYear) {
        return (withYear ? MONTH_YEAR : MONTH).format(utc(at));
    }

    /** 25 Nov 2026, 12:00 UTC. */
    public static String timestamp(Instant at) {
        return TIME.format(utc(at));
    }

    /**
     * 1 Aug – 29 Oct 2026, or a single day when both ends fall on it. The dates hold no-break spaces, so a narrow
     * column wraps the window only at the dash.
     */
    public static String window(Instant first, Instant last) {
        ZonedDateTime a = utc(first);
        ZonedDateTime b = utc(last);
        if (a.toLocalDate().equals(b.toLocalDate())) {
            return unbroken(day(first));
        }
        return unbroken(a.getYear() == b.getYear() ? shortDay(first) : day(first)) + " – " + unbroken(day(last));
    }

    private static String unbroken(String text) {
        return text.replace(' ', '\u00a0');
    }

    /** Whole days from {@code first} to {@code last}, rounded. */
    public static long days(Instant first, Instant last) {
        return Math.round(Duration.between(first, last).toHours() / 24.0);
    }

    /** 00:00 UTC of {@code day}: the instant a day's views and events are dated by. */
    public static Instant midnight(java.time.LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** ISO date for machine-readable attributes: 2026-08-02. */
    public static String iso(Instant at) {
        return utc(at).toLocalDate().toString();
    }

    static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }
}
