package io.viralscope.app.alert;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;
import io.viralscope.app.analysis.VideoAnalysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a breakout from the typed {@link BreakoutSignal}s that detectors put in their detections (docs/architecture.md#breakouts), never from
 * their metric names or classes: a detector says what turned critical and when (a critical burst at its peak, an
 * acceleration at its change point), and this rule decides whether it is recent enough to alert on.
 * <ul>
 *   <li>{@link BreakoutSignal.Kind#CRITICAL_BURST}: the peak lies within {@link #RECENT_PEAK} of the last sample;</li>
 *   <li>{@link BreakoutSignal.Kind#ACCELERATION}: the change point lies within {@link #RECENT} of it.</li>
 * </ul>
 * Only recent findings count, so a burst that is long over does not alert: a breakout is a video turning
 * critical now, not one that once was. Only {@code ok} detections count.
 */
public final class BreakoutRule {

    /** How close to the last sample an acceleration must be to count as turning critical now. */
    public static final Duration RECENT = Duration.ofDays(7);

    /**
     * How close to the last sample a critical burst must have peaked. Longer than {@link #RECENT}: a detector needs
     * a few days after a peak to see how it relaxes.
     */
    public static final Duration RECENT_PEAK = Duration.ofDays(14);

    private BreakoutRule() {
    }

    /** The breakout of one analysed video, if its dynamics are critical. */
    public static Optional<Breakout> evaluate(VideoAnalysis analysis, Instant now) {
        Instant last = analysis.series().lastAt().orElse(null);
        if (last == null) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (Detection d : analysis.detections()) {
            if (!d.isOk()) {
                continue;
            }
            for (BreakoutSignal s : d.breakouts()) {
                if (!s.at().isBefore(last.minus(window(s.kind())))) {
                    reasons.add(d.detector() + ": " + s.finding());
                }
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breakout(analysis.series().videoId(), analysis.series().title(), now, last,
                reasons));
    }

    /** How recent a signal of {@code kind} must be to alert. */
    static Duration window(BreakoutSignal.Kind kind) {
        return switch (kind) {
            case CRITICAL_BURST -> RECENT_PEAK;
            case ACCELERATION -> RECENT;
        };
    }
}
