package io.viralscope.app.youtube;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and waits as {@code watch} prints them: to the second, since a round may be due in under a minute. */
final class WatchTimes {

    private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private WatchTimes() {
    }

    /** {@code 2026-12-01 21:45:07 UTC}. */
    static String second(Instant at) {
        return UTC_SECOND.format(at);
    }

    /** A wait in its two largest units: {@code 40s}, {@code 14m 7s}, {@code 3h 5m}, {@code 2d 4h}. */
    static String span(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : " " + s % 60 + "s");
        }
        if (s < 86_400) {
            return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + "m");
        }
        return s / 86_400 + "d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + "h");
    }
}
