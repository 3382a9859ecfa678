package io.viralscope.app.analysis;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysedSeriesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** Daily samples at {@code hour}:00 UTC for {@code days} days, 100 views a day. */
    private static VideoSeries daily(int hour, int days) {
        List<Sample> s = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            s.add(new Sample(T0.plus(Duration.ofDays(d).plusHours(hour)), 1_000 + 100L * d, 10L + d, null, null));
        }
        return new VideoSeries("dQw4w9WgXcQ", "t", s);
    }

    @Test
    void aDateWindowOnSamplesAtMidnightKeepsTheSamplesOfItsDays() {
        AnalysedSeries a = AnalysedSeries.of(daily(0, 30), null,
                AnalysisWindow.of("2026-03-05", "2026-03-09", null));
        assertThat(a.series().firstAt()).contains(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(a.series().lastAt()).contains(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(a.window()).isEqualTo(new SeriesWindow(LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-03-09"), 6));
        assertThat(a.series().daily().dailyViews()).containsOnly(100.0).hasSize(5);
    }

    @Test
    void aDateWindowOnSamplesAtNoonInterpolatesItsEdgesSoItsFirstAndLastDaysCountWhole() {
        AnalysedSeries a = AnalysedSeries.of(daily(12, 30), null,
                AnalysisWindow.of("2026-03-05", "2026-03-09", null));
        assertThat(a.series().samples().get(0)).isEqualTo(new Sample(Instant.parse("2026-03-05T00:00:00Z"), 1_350,
                14L, null, null));
        assertThat(a.series().lastAt()).contains(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(a.window().from()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(a.window().to()).isEqualTo(LocalDate.parse("2026-03-09"));
        // the stored samples at noon on 5 to 9 Mar; the edges are not stored samples
        assertThat(a.window().samples()).isEqualTo(5);
        assertThat(a.series().daily().dailyViews()).hasSize(5);
    }

    @Test
    void aWindowEdgeInsideAGapIsNotInterpolated() {
        List<Sample> s = new ArrayList<>(daily(0, 5).samples());
        s.add(Sample.ofViews(T0.plus(Duration.ofDays(20)), 5_000));
        s.add(Sample.ofViews(T0.plus(Duration.ofDays(21)), 5_100));
        AnalysedSeries a = AnalysedSeries.of(new VideoSeries("dQw4w9WgXcQ", "t", s), null,
                AnalysisWindow.of("2026-03-10", null, null));
        assertThat(a.series().firstAt()).contains(T0.plus(Duration.ofDays(20)));
        assertThat(a.window().from()).isEqualTo(LocalDate.parse("2026-03-21"));
    }

    @Test
    void theFirstDaysCountFromPublicationWhenKnownElseFromTheFirstSample() {
        VideoSeries s = daily(0, 30);
        AnalysedSeries fromFirst = AnalysedSeries.of(s, null, AnalysisWindow.of(null, null, "1w"));
        assertThat(fromFirst.window().from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(fromFirst.window().to()).isEqualTo(LocalDate.parse("2026-03-07"));

        AnalysedSeries fromPublication = AnalysedSeries.of(s, Instant.parse("2026-02-27T18:00:00Z"),
                AnalysisWindow.of(null, null, "7d"));
        assertThat(fromPublication.window().from()).isEqualTo(LocalDate.parse("2026-02-27"));
        assertThat(fromPublication.window().to()).isEqualTo(LocalDate.parse("2026-03-05"));
    }

    @Test
    void aWindowOutsideTheDataLeavesNoDay() {
        AnalysedSeries a = AnalysedSeries.of(daily(0, 30), null, AnalysisWindow.of("2027-01-01", null, null));
        assertThat(a.series().isEmpty()).isTrue();
        assertThat(a.window().hasDays()).isFalse();
        assertThat(a.window().samples()).isZero();
    }

    @Test
    void theFingerprintTellsWindowsApartEvenOverTheSameSamples() {
        VideoSeries s = daily(0, 10);
        SeriesWindow all = SeriesWindow.of(s, s.size());
        SeriesWindow other = new SeriesWindow(all.from(), all.to().minusDays(1), s.size());
        assertThat(SeriesFingerprint.of(s, all)).isEqualTo(SeriesFingerprint.of(s))
                .isNotEqualTo(SeriesFingerprint.of(s, other));
    }
}
