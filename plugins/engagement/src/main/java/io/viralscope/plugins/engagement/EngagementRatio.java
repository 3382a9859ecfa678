package io.viralscope.plugins.engagement;

import io.viralscope.api.Sample;

import java.time.Instant;
import java.util.List;

/**
 * One engagement ratio of cumulative counts (docs/architecture.md#engagement-bands): the count over the views at the last sample where the
 * views are above zero and the count is known, with its 95% {@link WilsonInterval}. A count above the views (the
 * counters are read separately) is capped at the views.
 *
 * @param count    the count used (after capping)
 * @param views    the views at that sample
 * @param ratio    count / views
 * @param interval the 95% Wilson interval
 * @param at       the sample's instant
 */
record EngagementRatio(double count, double views, double ratio, WilsonInterval interval, Instant at) {

    /** The ratio of {@code kind} in {@code samples}, or {@code null} when no sample has views and that count. */
    static EngagementRatio latest(List<Sample> samples, EngagementKind kind) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            Sample s = samples.get(i);
            Long c = kind.count(s);
            if (s.views() > 0 && c != null) {
                double views = s.views();
                double count = Math.min(c, views);
                return new EngagementRatio(count, views, count / views, WilsonInterval.of95(count, views), s.at());
            }
        }
        return null;
    }
}
