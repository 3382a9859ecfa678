package io.viralscope.api;

/** What a fitted curve's values measure, so a report knows which chart to draw it on. */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public enum CurveQuantity {
    /** Cumulative views. */
    CUMULATIVE_VIEWS,
    /** Views per day. */
    DAILY_VIEWS,
    /** Likes per view (a ratio, 0..1). */
    LIKES_PER_VIEW,
    /** Comments per view (a ratio, 0..1). */
    COMMENTS_PER_VIEW,
    /** Shares per view (a ratio, 0..1). */
    SHARES_PER_VIEW
}
