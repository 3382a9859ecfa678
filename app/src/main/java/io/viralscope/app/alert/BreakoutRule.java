package io.viralscope.app.alert;

import io.viralscope.api.Detection;
import io.viralscope.api.Event;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags a breakout from the detectors' published metrics (DESIGN §6), never from their classes:
 * <ul>
 *   <li>{@code mechanism} classifies the series as critical (exogenous-critical: a shock whose decay is slow, so
 *       it ignited a cascade; endogenous-critical: word of mouth building on itself);</li>
 *   <li>{@code inflection} finds a recent change point after which growth accelerated (rate after above rate
 *       before, and rising).</li>
 * </ul>
 * "Recent" means within the last {@link #RECENT} of the series, so an old burst does not alert again.
 */
public final class BreakoutRule {

    /** How close to the last sample an acceleration must be to count as turning critical now. */
    public static final Duration RECENT = Duration.ofDays(7);

    private BreakoutRule() {
    }

    /** The breakout of one analysed video, if its dynamics are critical. */
    public static Optional<Breakout> evaluate(VideoAnalysis analysis, Instant now) {
        List<String> reasons = new ArrayList<>();
        analysis.detection("mechanism").filter(Detection::isOk).ifPresent(d -> {
            String cls = d.text("class");
            if (cls != null && cls.endsWith("-critical")) {
                Double n = d.number("branching_ratio");
                reasons.add("mechanism: the dynamics are " + cls + (n == null ? "" : String.format(Locale.ROOT,
                        " (branching ratio %.2f)", n)) + ", a cascade that feeds itself.");
            }
        });
        Instant last = analysis.series().lastAt().orElse(null);
        analysis.detection("inflection").filter(Detection::isOk).ifPresent(d -> {
            for (Event e : d.events("changepoint")) {
                Double before = e.attributes().get("rate_before");
                Double after = e.attributes().get("rate_after");
                if (last != null && before != null && after != null && after > 0 && after > before
                        && !e.at().isBefore(last.minus(RECENT))) {
                    reasons.add(String.format(Locale.ROOT, "inflection: growth accelerated on %s (daily views"
                            + " growing %.1f%%/day, up from %.1f%%/day).", e.at().toString().substring(0, 10),
                            100 * after, 100 * before));
                }
            }
        });
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breakout(analysis.series().videoId(), analysis.series().title(), now, reasons));
    }
}
