package io.viralscope.plugins.engagement;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Sample;

/**
 * The three engagement counts and how each is named in reports. The names are built once: every series of a report
 * writes them all.
 */
enum EngagementKind {
    LIKES("likes", "liked", CurveQuantity.LIKES_PER_VIEW),
    COMMENTS("comments", "commented", CurveQuantity.COMMENTS_PER_VIEW),
    SHARES("shares", "shared", CurveQuantity.SHARES_PER_VIEW);

    private final String plural;
    private final String verb;
    private final CurveQuantity quantity;
    private final String metric;
    private final String low;
    private final String high;
    private final String trend;
    private final String curveName;

    EngagementKind(String plural, String verb, CurveQuantity quantity) {
        this.plural = plural;
        this.verb = verb;
        this.quantity = quantity;
        this.metric = plural + "_per_view";
        this.low = metric + "_low";
        this.high = metric + "_high";
        this.trend = metric + "_trend";
        this.curveName = plural + "-per-view";
    }

    /** {@code likes}, {@code comments} or {@code shares}. */
    String plural() {
        return plural;
    }

    /** {@code liked}, {@code commented} or {@code shared}. */
    String verb() {
        return verb;
    }

    /** The metric name of the ratio, such as {@code likes_per_view}. */
    String metric() {
        return metric;
    }

    /** The metric name of the ratio's lower 95% bound, such as {@code likes_per_view_low}. */
    String lowMetric() {
        return low;
    }

    /** The metric name of the ratio's upper 95% bound, such as {@code likes_per_view_high}. */
    String highMetric() {
        return high;
    }

    /** The metric name of the ratio's trend, such as {@code likes_per_view_trend}. */
    String trendMetric() {
        return trend;
    }

    /** The curve name, such as {@code likes-per-view}. */
    String curveName() {
        return curveName;
    }

    /** The count in a sample, {@code null} when unknown. */
    Long count(Sample sample) {
        // a switch rather than a function per constant: one call site that the JIT can inline, not three lambdas
        return switch (this) {
            case LIKES -> sample.likes();
            case COMMENTS -> sample.comments();
            case SHARES -> sample.shares();
        };
    }

    CurveQuantity quantity() {
        return quantity;
    }
}
