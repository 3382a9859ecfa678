package io.viralscope.testkit;

import io.viralscope.api.Sample;
import io.viralscope.api.Stability;
import io.viralscope.api.VideoSeries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The awkward series every detector meets sooner or later, for contract and plugin tests. Each is 60 days long
 * unless its name says otherwise, starts at {@link #START}, and has a valid 11-character id.
 */
@Stability(level = Stability.Level.EXPERIMENTAL, since = "1.0.0")
public final class EdgeSeries {

    /** First instant of every edge series. */
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int DAYS = 60;

    private EdgeSeries() {
    }

    /** No sample at all. */
    public static VideoSeries empty() {
        return new VideoSeries("edgeEmpty00", "empty", List.of());
    }

    /** A single sample. */
    public static VideoSeries oneSample() {
        return new VideoSeries("edgeOneSmpl", "one sample", List.of(new Sample(START, 1234, 12L, 3L, null)));
    }

    /** 60 days of exactly the same counts. */
    public static VideoSeries constant() {
        return daily("edgeConstnt", "constant", d -> 5000L, true);
    }

    /** A logistic curve saturating at 10^12 views: numbers must stay finite. */
    public static VideoSeries huge() {
        return daily("edgeHuge000", "10^12 views", d -> Math.round(1e12 / (1 + Math.exp(-0.2 * (d - 30)))), true);
    }

    /** Views that go down now and then, as YouTube corrects its counts (and once by a large step). */
    public static VideoSeries decreasing() {
        return daily("edgeDecrese", "decreasing", d -> {
            long base = Math.round(500_000 / (1 + Math.exp(-0.15 * (d - 25))));
            return d % 7 == 3 ? base * 9 / 10 : d == 40 ? base / 2 : base;
        }, true);
    }

    /** A logistic series with two long gaps (8 and 12 days without samples). */
    public static VideoSeries withGaps() {
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            if ((d > 10 && d < 19) || (d > 30 && d < 43)) {
                continue;
            }
            long v = Math.round(200_000 / (1 + Math.exp(-0.2 * (d - 25))));
            s.add(new Sample(day(d), v, v / 40, v / 900, null));
        }
        return new VideoSeries("edgeGaps000", "gaps", s);
    }

    /**
     * Twenty daily samples, then one three weeks later, as when tracking resumes after a pause: the series ends
     * inside a gap, so its last days have no daily rate of their own.
     */
    public static VideoSeries endingAfterGap() {
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            long v = 5_000L + 1_000L * d;
            s.add(new Sample(day(d), v, v / 40, v / 900, null));
        }
        s.add(new Sample(day(40), 60_000, 1_500L, 66L, null));
        return new VideoSeries("edgeEndGap0", "ends after a gap", s);
    }

    /** Growth with likes hidden and comments disabled throughout (unknown, never zero). */
    public static VideoSeries unknownLikesAndComments() {
        return daily("edgeUnknown", "likes hidden, comments off",
                d -> Math.round(80_000 / (1 + Math.exp(-0.2 * (d - 20)))), false);
    }

    /** Hourly samples over two days at irregular minutes: less than the grid needs. */
    public static VideoSeries shortButDense() {
        List<Sample> s = new ArrayList<>();
        for (int h = 0; h < 48; h++) {
            s.add(Sample.ofViews(START.plus(Duration.ofMinutes(60L * h + (h * 7) % 13)), 1000L + 37L * h * h));
        }
        return new VideoSeries("edgeDense00", "hourly for two days", s);
    }

    /** Every edge series, for looping. */
    public static List<VideoSeries> all() {
        return List.of(empty(), oneSample(), constant(), huge(), decreasing(), withGaps(), endingAfterGap(),
                unknownLikesAndComments(), shortButDense());
    }

    private static Instant day(int d) {
        return START.plus(Duration.ofDays(d));
    }

    private static VideoSeries daily(String id, String title, java.util.function.IntToLongFunction views,
                                     boolean engagementKnown) {
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            long v = views.applyAsLong(d);
            s.add(engagementKnown ? new Sample(day(d), v, v / 50, v / 1000, null) : Sample.ofViews(day(d), v));
        }
        return new VideoSeries(id, title, s);
    }
}
