package io.viralscope.app.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them: {@code 500ms}, {@code 10s}, {@code 15m}, {@code 6h}, {@code 1d}, or ISO-8601. */
public final class DurationText {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private DurationText() {
    }

    /** The duration, or {@link IllegalArgumentException} naming the text. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase();
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30s, 15m, 6h or 1d");
        }
    }

    /** The shortest of the simple forms that represents {@code d} exactly. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
