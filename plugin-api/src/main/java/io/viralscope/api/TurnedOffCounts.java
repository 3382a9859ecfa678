package io.viralscope.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one rule for engagement counts that were turned off: when a like, comment or share count reads 0 after an
 * earlier sample had it above 0, the owner hid the ratings or turned comments off, and YouTube reports 0 for what
 * is really unknown. Such a 0 is unknown, never "nobody liked it". Detectors and reports both apply this rule, so
 * a detector's sentence and the report's data-quality notes agree.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
public final class TurnedOffCounts {

    /**
     * A count that fell to 0 after being positive.
     *
     * @param count  {@code likes}, {@code comments} or {@code shares}
     * @param at     the first sample that read 0
     * @param before the last positive count before it
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.2.0")
    public record Drop(String count, Instant at, long before) {
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

    /** The series with every count that fell to 0 after being positive made unknown ({@code null}). */
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
                    hidden[1][i] ? null : s.comments(), hidden[2][i] ? null : s.shares()));
        }
        return new VideoSeries(series.videoId(), series.title(), out);
    }

    /** Every fall of a count from above 0 to 0, in the order likes, comments, shares and then time. */
    public static List<Drop> drops(VideoSeries series) {
        List<Drop> drops = new ArrayList<>();
        for (Count c : Count.values()) {
            Long previous = null;
            for (Sample s : series.samples()) {
                Long v = c.read.apply(s);
                if (v == null) {
                    continue;
                }
                if (v == 0 && previous != null && previous > 0) {
                    drops.add(new Drop(c.noun, s.at(), previous));
                }
                previous = v;
            }
        }
        return drops;
    }

    private static boolean[] hidden(List<Sample> samples, Count c) {
        boolean[] hidden = new boolean[samples.size()];
        boolean wasPositive = false;
        for (int i = 0; i < samples.size(); i++) {
            Long v = c.read.apply(samples.get(i));
            if (v != null) {
                hidden[i] = v == 0 && wasPositive;
                wasPositive |= v > 0;
            }
        }
        return hidden;
    }
}
