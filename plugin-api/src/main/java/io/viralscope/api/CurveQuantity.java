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
    SHARES_PER_VIEW,
    /**
     * Views per day of one part of a split of the daily views, such as the baseline, the paid-driven and the earned
     * views of a campaign. A report stacks the parts one detection gives, in the order given (the first at the
     * bottom: the part the others stand on), so that together they read as the day's views.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.6.0")
    DAILY_VIEWS_PART;

    /**
     * The snake_case metric name that holds this quantity's latest value, such as {@code likes_per_view}: a report
     * shades the bands a detection declares for that metric ({@link Detection.Builder#bands}) on this quantity's
     * chart.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public String metric() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
