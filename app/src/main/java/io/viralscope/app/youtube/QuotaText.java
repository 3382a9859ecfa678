package io.viralscope.app.youtube;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The quota figures in words, for {@code quota}, {@code track list}, {@code poll} and {@code watch}. */
public final class QuotaText {

    private QuotaText() {
    }

    /** For example "quota today: 40 of 10,000 units used, resets at 2026-11-26 08:00 UTC (midnight Pacific time)". */
    public static String today(QuotaLedger.Usage u) {
        return String.format(Locale.ROOT, "quota today: %,d of %,d units used", u.unitsUsed(), u.budget())
                + (u.exhaustedAt() != null ? " and YouTube reported the quota used up at "
                + ApiFailureMessage.utc(u.exhaustedAt()) : "")
                + ", resets at " + ApiFailureMessage.utc(u.resetAt()) + " (midnight Pacific time)";
    }

    /** The {@code quota} command's report, several lines. */
    public static String report(QuotaLedger.Usage u, Instant now) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Quota day %s (Pacific time): %,d of %,d units used by %,d request%s,"
                        + " %,d left.%n", u.day(), u.unitsUsed(), u.budget(), u.calls(), u.calls() == 1 ? "" : "s",
                u.remaining()));
        if (u.exhaustedAt() != null) {
            sb.append("YouTube reported the key's quota used up at ").append(ApiFailureMessage.utc(u.exhaustedAt()))
                    .append("; no request is sent before the reset.").append(System.lineSeparator());
        }
        sb.append("Resets at ").append(ApiFailureMessage.utc(u.resetAt())).append(" (midnight Pacific time), in ")
                .append(hoursMinutes(Duration.between(now, u.resetAt()))).append('.');
        return sb.toString();
    }

    private static String hoursMinutes(Duration d) {
        long minutes = Math.max(0, (d.toSeconds() + 59) / 60);
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
