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
 * Flags a breakout from the detectors' published metrics (docs/architecture.md#metric-naming), never from their classes:
 * <ul>
 *   <li>{@code mechanism} classifies a burst that peaked within the last {@link #RECENT_PEAK} as critical
 *       (exogenous-critical: a shock whose decay is slow, so it ignited a cascade; endogenous-critical: word of
 *       mouth building on itself);</li>
 *   <li>{@code inflection} finds a change point within the last {@link #RECENT} after which growth accelerated
 *       (rate after above rate before, and rising).</li>
 * </ul>
 * Only recent findings count, so a burst that is long over does not alert: a breakout is a video turning
 * critical now, not one that once was.
 */
public final class BreakoutRule {

    /** How close to the last sample an acceleration must be to count as turning critical now. */
    public static final Duration RECENT = Duration.ofDays(7);

    /** Fewest daily views after an acceleration for it to count: a breakout is about reach, not ratios. */
    public static final double MIN_DAILY_VIEWS = 100;

    /**
     * How close to the last sample a critical burst must have peaked. Longer than {@link #RECENT}: the mechanism
     * detector needs a few days after a peak to see how it relaxes.
     */
    public static final Duration RECENT_PEAK = Duration.ofDays(14);

    private BreakoutRule() {
    }

    /** The breakout of one analysed video, if its dynamics are critical. */
    public static Optional<Breakout> evaluate(VideoAnalysis analysis, Instant now) {
        List<String> reasons = new ArrayList<>();
        Instant last = analysis.series().lastAt().orElse(null);
        analysis.detection("mechanism").filter(Detection::isOk).ifPresent(d -> {
            String cls = d.text("class");
            boolean recentPeak = last != null && d.events("peak").stream()
                    .anyMatch(p -> !p.at().isBefore(last.minus(RECENT_PEAK)));
            if (cls != null && cls.endsWith("-critical") && recentPeak) {
                Double n = d.number("branching_ratio");
                reasons.add("mechanism: the dynamics are " + cls + (n == null ? "" : String.format(Locale.ROOT,
                        " (branching ratio %.2f)", n)) + ", a cascade that feeds itself.");
            }
        });
        analysis.detection("inflection").filter(Detection::isOk).ifPresent(d -> {
            for (Event e : d.events("changepoint")) {
                Double before = e.attributes().get("rate_before");
                Double after = e.attributes().get("rate_after");
                // a faster relative rate on a dwindling level (3 -> 0 views a day) is no breakout
                double levelAfter = e.attributes().getOrDefault("daily_views_after", e.value());
                double levelBefore = e.attributes().getOrDefault("daily_views_before", 0.0);
                if (last != null && before != null && after != null && after > 0 && after > before
                        && levelAfter >= MIN_DAILY_VIEWS && levelAfter >= levelBefore
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
        return Optional.of(new Breakout(analysis.series().videoId(), analysis.series().title(), now, last,
                reasons));
    }
}
