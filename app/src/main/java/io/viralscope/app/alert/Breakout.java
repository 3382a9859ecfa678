package io.viralscope.app.alert;

import java.time.Instant;
import java.util.List;

/**
 * A video whose dynamics have turned critical: a cascade that feeds itself, or growth that keeps accelerating.
 *
 * @param videoId  the video
 * @param title    its title (untrusted text)
 * @param detectedAt when the analysis flagged it
 * @param reasons  plain sentences naming which detector found what
 */
public record Breakout(String videoId, String title, Instant detectedAt, List<String> reasons) {
    public Breakout {
        reasons = List.copyOf(reasons);
    }
}
