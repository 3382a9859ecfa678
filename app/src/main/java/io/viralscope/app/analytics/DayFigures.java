package io.viralscope.app.analytics;

/**
 * The six figures Viralscope pulls for a video, for one day or summed over days.
 *
 * @param views             views
 * @param likes             likes
 * @param comments          comments
 * @param shares            shares
 * @param watchMinutes      estimated minutes watched
 * @param subscribersGained subscribers gained through the video
 */
public record DayFigures(long views, long likes, long comments, long shares, long watchMinutes,
                         long subscribersGained) {

    public static final DayFigures ZERO = new DayFigures(0, 0, 0, 0, 0, 0);

    /** The metrics of {@code reports.query}, in the order of the fields. */
    public static final java.util.List<String> METRICS = java.util.List.of("views", "likes", "comments", "shares",
            "estimatedMinutesWatched", "subscribersGained");

    /** The sum of this and {@code other}. */
    public DayFigures plus(DayFigures other) {
        return new DayFigures(views + other.views, likes + other.likes, comments + other.comments,
                shares + other.shares, watchMinutes + other.watchMinutes, subscribersGained + other.subscribersGained);
    }

    /** The figures in the order of {@link #METRICS}. */
    long[] values() {
        return new long[]{views, likes, comments, shares, watchMinutes, subscribersGained};
    }

    static DayFigures of(long[] v) {
        return new DayFigures(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
