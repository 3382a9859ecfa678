package io.viralscope.plugins.engagement;

import io.viralscope.api.Detection;
import io.viralscope.api.Mechanism;

/**
 * What engagement weakly says about how the video spread; weights are small because engagement varies by topic
 * and audience far more than by mechanism.
 * <ul>
 *   <li><b>Rising engagement with growth</b> → community word of mouth (0.15): likes per new view rose
 *       significantly (t ≥ 3) by at least a fifth across the window while cumulative views at least doubled;
 *       viewers who arrive through friends engage more than the first ones (earned media).</li>
 *   <li><b>Very low engagement with many views</b> → external push (0.15): even the upper 95% bound of likes per
 *       view is below 0.25% (half the low band's edge) with at least 100,000 views; paid and pushed views engage
 *       less than earned ones.</li>
 * </ul>
 */
final class EngagementEvidence {

    static final double WEIGHT = 0.15;
    private static final double RISE_T = 3;
    private static final double RISE_FRACTION = 0.2;
    private static final double GROWTH_FACTOR = 2;
    private static final double VERY_LOW_LIKES = 0.0025;
    private static final double MANY_VIEWS = 100_000;

    private EngagementEvidence() {
    }

    static void add(Detection.Builder detection, EngagementTrend likesTrend, EngagementRatio likes,
                    double firstViews, double lastViews) {
        if (likesTrend != null && likesTrend.tStatistic() >= RISE_T && likesTrend.first() > 0
                && likesTrend.last() >= (1 + RISE_FRACTION) * likesTrend.first()
                && lastViews >= GROWTH_FACTOR * Math.max(1, firstViews)) {
            detection.evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, WEIGHT, "Likes per new view rose from "
                    + Numbers.percent(likesTrend.first()) + " to " + Numbers.percent(likesTrend.last())
                    + " while views grew " + Numbers.times(lastViews / Math.max(1, firstViews))
                    + ": later viewers engage more, as when viewers pass it on.");
        }
        if (likes != null && likes.views() >= MANY_VIEWS && likes.interval().high() < VERY_LOW_LIKES) {
            detection.evidence(Mechanism.EXTERNAL_PUSH, WEIGHT, "Only " + Numbers.percent(likes.ratio()) + " of "
                    + Numbers.count(likes.views()) + " views liked (typical " + EngagementBand.typicalLikes()
                    + "): pushed or paid views engage less.");
        }
    }
}
