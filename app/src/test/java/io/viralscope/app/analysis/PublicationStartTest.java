package io.viralscope.app.analysis;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationStartTest {

    private static VideoSeries series(Sample... s) {
        return new VideoSeries("dQw4w9WgXcQ", "t", List.of(s));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void aPublicationShortlyBeforeTheFirstSampleStartsTheSeriesFromZeroOnThePublicationDay() {
        VideoSeries s = series(new Sample(at("2026-03-02T00:00:00Z"), 27_000_000, 900_000L, null, null),
                Sample.ofViews(at("2026-03-03T00:00:00Z"), 49_800_000));
        VideoSeries started = PublicationStart.apply(s, at("2026-03-01T14:00:00Z"));
        assertThat(started.samples()).containsExactly(
                new Sample(at("2026-03-01T00:00:00Z"), 0, 0L, null, null),
                new Sample(at("2026-03-01T14:00:00Z"), 0, 0L, null, null),
                s.samples().get(0), s.samples().get(1));
        // the launch day is a whole day of the grid now
        assertThat(started.daily().dailyViews()).containsExactly(27_000_000.0, 22_800_000.0);
    }

    @Test
    void aPublicationMoreThan48HoursBeforeTheFirstSampleLeavesTheSeriesAlone() {
        VideoSeries s = series(Sample.ofViews(at("2026-03-04T00:00:00Z"), 500), Sample.ofViews(at("2026-03-05T00:00:00Z"), 900));
        assertThat(PublicationStart.apply(s, at("2026-03-01T23:59:00Z"))).isSameAs(s);
        // exactly 48 hours: started (a publication at midnight is its own day's start, one sample)
        assertThat(PublicationStart.apply(s, at("2026-03-02T00:00:00Z")).samples()).hasSize(3);
    }

    @Test
    void anUnknownOrLaterPublicationLeavesTheSeriesAlone() {
        VideoSeries s = series(Sample.ofViews(at("2026-03-04T06:00:00Z"), 500), Sample.ofViews(at("2026-03-05T00:00:00Z"), 900));
        assertThat(PublicationStart.apply(s, null)).isSameAs(s);
        assertThat(PublicationStart.apply(s, at("2026-03-04T07:00:00Z"))).isSameAs(s);
    }

    @Test
    void aFirstSampleOfZeroViewsStartsItsOwnDay() {
        // a Studio export's baseline: 0 views at 08:00 UTC (midnight in Los Angeles), published later that day
        VideoSeries s = series(Sample.ofViews(at("2026-03-04T08:00:00Z"), 0), Sample.ofViews(at("2026-03-05T08:00:00Z"), 521),
                Sample.ofViews(at("2026-03-06T08:00:00Z"), 560));
        VideoSeries started = PublicationStart.apply(s, at("2026-03-04T15:00:00Z"));
        assertThat(started.samples().get(0)).isEqualTo(Sample.ofViews(at("2026-03-04T00:00:00Z"), 0));
        assertThat(started.daily().start()).isEqualTo(at("2026-03-04T00:00:00Z"));
    }

    @Test
    void aPublicationAtMidnightAddsOneSample() {
        VideoSeries s = series(Sample.ofViews(at("2026-03-02T00:00:00Z"), 100));
        assertThat(PublicationStart.apply(s, at("2026-03-01T00:00:00Z")).samples())
                .containsExactly(Sample.ofViews(at("2026-03-01T00:00:00Z"), 0), s.samples().get(0));
    }
}
