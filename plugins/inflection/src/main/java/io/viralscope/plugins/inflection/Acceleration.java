package io.viralscope.plugins.inflection;

import io.viralscope.api.BreakoutSignal;
import io.viralscope.api.Detection;

import java.time.Instant;

/**
 * The breakout this detector stands by: a change point after which daily views grow faster than before, at a
 * level that matters. The host alerts on it when it is recent.
 */
final class Acceleration {

    /** Fewest daily views after an acceleration for it to count: a breakout is about reach, not ratios. */
    static final double MIN_DAILY_VIEWS = 100;

    private Acceleration() {
    }

    /** Adds a breakout signal for {@code c} at {@code at} when growth accelerated there. */
    static void add(Detection.Builder d, ChangePoint c, Instant at) {
        double before = Math.max(0, Math.expm1(c.levelBefore()));
        double after = Math.max(0, Math.expm1(c.levelAfter()));
        // a faster relative rate on a dwindling level (3 -> 0 views a day) is no breakout
        if (c.rateAfter() > 0 && c.rateAfter() > c.rateBefore() && after >= MIN_DAILY_VIEWS && after >= before) {
            d.breakout(BreakoutSignal.Kind.ACCELERATION, at, "growth accelerated on " + Numbers.date(at)
                    + " (daily views growing " + Numbers.oneDecimal(100 * c.rateAfter()) + "%/day, up from "
                    + Numbers.oneDecimal(100 * c.rateBefore()) + "%/day).");
        }
    }
}
