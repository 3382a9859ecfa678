package io.viralscope.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rule for engagement counts that were turned off. YouTube reports 0 for likes when the owner hides the
 * ratings and for comments when they are turned off, so such a 0 is unknown, never "nobody liked it". A like,
 * comment or share count of 0 is read as turned off when an earlier sample had it above 0 (it fell to 0), or when
 * the video already had {@link #IMPLAUSIBLE_ZERO_VIEWS} views (even a video at the bottom of the low engagement
 * band has several likes and comments by then). Detectors and reports both apply this rule, so a detector's
 * sentence and the report's data-quality notes agree.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public final class TurnedOffCounts {

    /**
     * Views from which a count of 0 is implausible: at 0.05% comments per view (the edge of the low band) 10,000
     * views bring 5 comments on average, and none with a chance under 1%.
     */
    public static final long IMPLAUSIBLE_ZERO_VIEWS = 10_000;

    /**
     * The start of a run of samples whose count reads 0 but is turned off.
     *
     * @param count  {@code likes}, {@code comments} or {@code shares}
     * @param at     the first sample of the run
     * @param before the last positive count before it, or 0 when the count was never above 0
     * @param views  the views at that sample
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public record TurnedOff(String count, Instant at, long before, long views) {

        /** True when the count fell to 0 from {@link #before}; false when it was never above 0. */
        public boolean fell() {
            return before > 0;
        }
    }

    private enum Count {
        LIKES("likes", Sample::likes), COMMENTS("comments", Sample::comments), SHARES("shares", Sample::shares);

        final String noun;
        final Function<Sample, Long> read;

        Count(String noun, Function<Sample, Long> read) {
            this.noun = noun;
            this.read = read;
        }
    }

    private TurnedOffCounts() {
    }

    /** The series with every count that reads 0 but is turned off made unknown ({@code null}). */
    public static VideoSeries asUnknown(VideoSeries series) {
        List<Sample> in = series.samples();
        boolean[][] hidden = new boolean[Count.values().length][];
        boolean any = false;
        for (Count c : Count.values()) {
            hidden[c.ordinal()] = hidden(in, c);
            for (boolean h : hidden[c.ordinal()]) {
                any |= h;
            }
        }
        if (!any) {
            return series;
        }
        List<Sample> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Sample s = in.get(i);
            out.add(new Sample(s.at(), s.views(), hidden[0][i] ? null : s.likes(),
                    hidden[1][i] ? null : s.comments(), hidden[2][i] ? null : s.shares(), s.watchMinutes()));
        }
        return new VideoSeries(series.videoId(), series.title(), out);
    }

    /** Every run of turned-off zeros, in the order likes, comments, shares and then time. */
    public static List<TurnedOff> runs(VideoSeries series) {
        List<TurnedOff> runs = new ArrayList<>();
        List<Sample> s = series.samples();
        for (Count c : Count.values()) {
            boolean[] hidden = hidden(s, c);
            long lastPositive = 0;
            boolean inRun = false;
            for (int i = 0; i < s.size(); i++) {
                Long v = c.read.apply(s.get(i));
                if (v == null) {
                    continue;
                }
                if (hidden[i] && !inRun) {
                    runs.add(new TurnedOff(c.noun, s.get(i).at(), lastPositive, s.get(i).views()));
                }
                inRun = hidden[i];
                lastPositive = v > 0 ? v : lastPositive;
            }
        }
        return runs;
    }

    /**
     * The run of turned-off zeros that reaches the last sample having {@code count}, if the count is turned off
     * there: what a detector reports as unknown.
     *
     * @param count {@code likes}, {@code comments} or {@code shares}
     */
    public static Optional<TurnedOff> atEnd(VideoSeries series, String count) {
        Count c = Count.valueOf(count.toUpperCase(Locale.ROOT));
        List<Sample> s = series.samples();
        boolean[] hidden = hidden(s, c);
        for (int i = s.size() - 1; i >= 0; i--) {
            if (c.read.apply(s.get(i)) != null) {
                if (!hidden[i]) {
                    return Optional.empty();
                }
                break;
            }
        }
        List<TurnedOff> mine = runs(series).stream().filter(r -> r.count().equals(c.noun)).toList();
        return mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1));
    }

    private static boolean[] hidden(List<Sample> samples, Count c) {
        boolean[] hidden = new boolean[samples.size()];
        boolean wasPositive = false;
        for (int i = 0; i < samples.size(); i++) {
            Long v = c.read.apply(samples.get(i));
            if (v != null) {
                hidden[i] = v == 0 && (wasPositive || samples.get(i).views() >= IMPLAUSIBLE_ZERO_VIEWS);
                wasPositive |= v > 0;
            }
        }
        return hidden;
    }
}
