package io.viralscope.plugins.engagement;

import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;

import java.util.List;

/**
 * Working bands of engagement per view (docs/architecture.md#engagement-bands), declared in every detection so the report shades and names exactly these.
 * Likes per view: below 0.5% low, 0.5–2% typical, 2–5% high, above 5% very high. Comments per view: below 0.05%
 * low, 0.05–0.3% typical, 0.3–1% high, above 1% very high; 1% for "very high" is this detector's working choice. A
 * ratio on a boundary belongs to the band above it, except that exactly 5% (1% for comments) is still high: very
 * high is strictly above, so its band starts at the next double.
 */
final class EngagementBand {

    static final List<MetricBand> LIKES = bands(0.005, 0.02, 0.05);
    static final List<MetricBand> COMMENTS = bands(0.0005, 0.003, 0.01);
    // built once: every series names its bands
    private static final MetricInfo LIKES_INFO = new MetricInfo(Unit.PERCENT, LIKES, false);
    private static final MetricInfo COMMENTS_INFO = new MetricInfo(Unit.PERCENT, COMMENTS, false);
    private static final MetricInfo SHARES_INFO = new MetricInfo(Unit.PERCENT, List.of(), false);

    private EngagementBand() {
    }

    /** The bands of {@code kind}; shares have none. */
    static List<MetricBand> of(EngagementKind kind) {
        return switch (kind) {
            case LIKES -> LIKES;
            case COMMENTS -> COMMENTS;
            case SHARES -> List.of();
        };
    }

    /** The band word of a ratio of {@code kind}: {@code low}, {@code typical}, {@code high} or {@code very high}. */
    static String label(EngagementKind kind, double ratio) {
        MetricInfo info = switch (kind) {
            case LIKES -> LIKES_INFO;
            case COMMENTS -> COMMENTS_INFO;
            case SHARES -> SHARES_INFO;
        };
        return info.bandOf(ratio).map(MetricBand::label).orElseThrow();
    }

    /** The typical range of likes, for sentences. */
    static String typicalLikes() {
        return "0.5–2%";
    }

    private static List<MetricBand> bands(double typical, double high, double veryHigh) {
        double aboveVeryHigh = Math.nextUp(veryHigh);
        return List.of(new MetricBand(0, typical, "low"), new MetricBand(typical, high, "typical"),
                new MetricBand(high, aboveVeryHigh, "high"), MetricBand.above(aboveVeryHigh, "very high"));
    }
}
