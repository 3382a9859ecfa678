package io.viralscope.app.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A video whose dynamics have turned critical: a cascade that feeds itself, or growth that keeps accelerating.
 *
 * @param videoId  the video
 * @param title    its title (untrusted text)
 * @param detectedAt when the analysis flagged it
 * @param dataUntil  the last sample the finding rests on: the dynamics had turned critical by then
 * @param reasons    plain sentences naming which detector found what
 */
public record Breakout(String videoId, String title, Instant detectedAt, Instant dataUntil, List<String> reasons) {

    /** How recent the last sample must be for the breakout to be news worth posting to a webhook. */
    public static final Duration FRESH = Duration.ofDays(3);

    public Breakout {
        reasons = List.copyOf(reasons);
    }

    /** Whether the data ends within {@link #FRESH} of {@code now}: a breakout happening, not one in old data. */
    public boolean freshAt(Instant now) {
        return !dataUntil.isBefore(now.minus(FRESH));
    }
}
