package io.viralscope.plugins.engagement;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Sample;

import java.util.function.Function;

/** The three engagement counts and how each is named in reports. */
enum EngagementKind {
    LIKES("likes", "liked", Sample::likes, CurveQuantity.LIKES_PER_VIEW),
    COMMENTS("comments", "commented", Sample::comments, CurveQuantity.COMMENTS_PER_VIEW),
    SHARES("shares", "shared", Sample::shares, CurveQuantity.SHARES_PER_VIEW);

    private final String plural;
    private final String verb;
    private final Function<Sample, Long> count;
    private final CurveQuantity quantity;

    EngagementKind(String plural, String verb, Function<Sample, Long> count, CurveQuantity quantity) {
        this.plural = plural;
        this.verb = verb;
        this.count = count;
        this.quantity = quantity;
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
        return plural + "_per_view";
    }

    /** The curve name, such as {@code likes-per-view}. */
    String curveName() {
        return plural + "-per-view";
    }

    /** The count in a sample, {@code null} when unknown. */
    Long count(Sample sample) {
        return count.apply(sample);
    }

    CurveQuantity quantity() {
        return quantity;
    }
}
