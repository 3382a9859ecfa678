package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DailyGridTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static Instant day(double d) {
        return T0.plus(Duration.ofMillis(Math.round(d * 86_400_000L)));
    }

    private static VideoSeries series(Sample... samples) {
        return new VideoSeries("abcdefghijk", "t", List.of(samples));
    }

    @Test
    void emptySeriesHasAnEmptyGrid() {
        DailyGrid g = series().daily();
        assertThat(g.size()).isZero();
        assertThat(g.dailyViews()).isEmpty();
        assertThat(g.quality()).isEqualTo(SeriesQuality.CLEAN);
    }

    @Test
    void oneSampleGivesOnePointAndNoIncrement() {
        DailyGrid g = series(Sample.ofViews(T0, 5)).daily();
        assertThat(g.size()).isEqualTo(1);
        assertThat(g.cumulativeViews()).containsExactly(5.0);
        assertThat(g.dailyViews()).isEmpty();
    }

    @Test
    void interpolatesLinearlyBetweenIrregularSamples() {
        DailyGrid g = series(Sample.ofViews(T0, 0), Sample.ofViews(day(0.5), 50), Sample.ofViews(day(2.5), 250))
                .daily();
        assertThat(g.size()).isEqualTo(3);
        assertThat(g.cumulativeViews()[1]).isCloseTo(100.0, within(1e-9));
        assertThat(g.cumulativeViews()[2]).isCloseTo(200.0, within(1e-9));
        assertThat(g.dailyViews()).containsExactly(100.0, 100.0);
        assertThat(g.time(2)).isEqualTo(day(2));
    }

    @Test
    void decreasesAreCountedAndNeverGiveNegativeDailyViews() {
        DailyGrid g = series(Sample.ofViews(T0, 100), Sample.ofViews(day(1), 90), Sample.ofViews(day(2), 130))
                .daily();
        assertThat(g.quality().decreases()).isEqualTo(1);
        assertThat(g.dailyViews()).containsExactly(0.0, 30.0);
    }

    @Test
    void longIntervalsAreFlaggedAsGaps() {
        DailyGrid g = series(Sample.ofViews(T0, 0), Sample.ofViews(day(1), 10), Sample.ofViews(day(8), 80))
                .daily();
        assertThat(g.quality().gaps()).isEqualTo(1);
        assertThat(g.inGap(1)).isFalse();
        assertThat(g.inGap(2)).isTrue();
        assertThat(g.inGap(7)).isTrue();
        assertThat(g.inGap(8)).isFalse();
        // a day is usable when neither end lies in the gap: day 0 (points 0-1) is, days 1-7 touch it
        assertThat(g.usableDay(0)).isTrue();
        assertThat(g.usableDay(1)).isFalse();
        assertThat(g.usableDay(7)).isFalse();
    }

    @Test
    void frozenSpansFollowedByGrowthAreCounted() {
        List<Sample> s = new ArrayList<>();
        long[] views = {100, 301, 301, 301, 301, 500, 700, 700};
        for (int i = 0; i < views.length; i++) {
            s.add(Sample.ofViews(day(i), views[i]));
        }
        // 301 for days 1..4 (3 days) then growth: one frozen span; the final flat pair is too short and last
        assertThat(new VideoSeries("abcdefghijk", "", s).daily().quality().frozenSpans()).isEqualTo(1);
    }

    @Test
    void likesAreKnownOnlyWhenEveryGridPointIsCovered() {
        DailyGrid covered = series(new Sample(T0, 0, 0L, null, null), new Sample(day(2), 200, 20L, null, null))
                .daily();
        assertThat(covered.cumulativeLikes()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 10, 20));
        assertThat(covered.cumulativeComments()).isEmpty();

        DailyGrid partial = series(new Sample(T0, 0, null, null, null), new Sample(day(2), 200, 20L, null, null))
                .daily();
        assertThat(partial.cumulativeLikes()).isEmpty();
    }

    @Test
    void samplesAtMidnightGiveOneDailyViewPerUtcDayDatedByItsOwnMidnight() {
        // views from 1 Mar 00:00 to 2 Mar 00:00 happened on 1 Mar: daily view 0 is dated 1 Mar, not 2 Mar
        DailyGrid g = series(Sample.ofViews(T0, 0), Sample.ofViews(day(1), 900), Sample.ofViews(day(2), 1000))
                .daily();
        assertThat(g.start()).isEqualTo(T0);
        assertThat(g.dailyViews()).containsExactly(900.0, 100.0);
        assertThat(g.time(0)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(g.time(1)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void samplesAtOtherTimesOfDayGiveTheWholeUtcDaysTheyCover() {
        // samples at 18:00: the grid runs over the midnights between them, a part-day at either end is left out
        DailyGrid g = series(Sample.ofViews(day(0.75), 0), Sample.ofViews(day(1.75), 240),
                Sample.ofViews(day(2.75), 480), Sample.ofViews(day(3.75), 720)).daily();
        assertThat(g.start()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(g.size()).isEqualTo(3);
        assertThat(g.time(2)).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(g.cumulativeViews()[0]).isCloseTo(60.0, within(1e-9));
        // 2 Mar and 3 Mar, each 240 views: 180 of one sample interval and 60 of the next
        assertThat(g.dailyViews()).containsExactly(240.0, 240.0);
    }

    @Test
    void aBurstBetweenTwoMidnightsIsDatedTheDayItHappened() {
        // 5,000 views between 3 Mar 00:00 and 4 Mar 00:00: the busiest day is 3 Mar
        DailyGrid g = series(Sample.ofViews(T0, 0), Sample.ofViews(day(1), 100), Sample.ofViews(day(2), 200),
                Sample.ofViews(day(3), 5_200), Sample.ofViews(day(4), 5_300)).daily();
        double[] x = g.dailyViews();
        int peak = 0;
        for (int k = 1; k < x.length; k++) {
            peak = x[k] > x[peak] ? k : peak;
        }
        assertThat(g.time(peak)).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    }

    @Test
    void aSeriesWithinOneUtcDayHasNoGridPoint() {
        DailyGrid g = series(Sample.ofViews(day(0.25), 10), Sample.ofViews(day(0.75), 20)).daily();
        assertThat(g.size()).isZero();
        assertThat(g.dailyViews()).isEmpty();
        assertThat(g.cumulativeLikes()).isEmpty();
    }

    @Test
    void aGapIsFlaggedOnTheMidnightsInsideIt() {
        // samples at 12:00; the 7-day interval from 2 Mar 12:00 to 9 Mar 12:00 is a gap
        DailyGrid g = series(Sample.ofViews(day(0.5), 0), Sample.ofViews(day(1.5), 10), Sample.ofViews(day(8.5), 80),
                Sample.ofViews(day(9.5), 90)).daily();
        assertThat(g.start()).isEqualTo(day(1));
        assertThat(g.inGap(0)).isFalse(); // 2 Mar 00:00 lies before the gap
        assertThat(g.inGap(1)).isTrue(); // 3 Mar 00:00
        assertThat(g.inGap(7)).isTrue(); // 9 Mar 00:00
        assertThat(g.inGap(8)).isFalse(); // 10 Mar 00:00, after it
        assertThat(g.usableDay(0)).isFalse();
        assertThat(g.usableDay(7)).isFalse();
    }

    @Test
    void hugeCountsStayFinite() {
        DailyGrid g = series(Sample.ofViews(T0, 1_000_000_000_000L), Sample.ofViews(day(1), 1_000_000_500_000L))
                .daily();
        assertThat(g.dailyViews()).containsExactly(500_000.0);
    }

    @Test
    void refusesAGapAllowanceBelowOneDay() {
        assertThatThrownBy(() -> DailyGrid.of(series(), 0.5))
                .hasMessage("maxGapDays must be >= 1 but was 0.5");
    }

    @Test
    void seriesSortsAndDeduplicatesSamples() {
        VideoSeries s = series(Sample.ofViews(day(1), 2), Sample.ofViews(T0, 1), Sample.ofViews(day(1), 3));
        assertThat(s.samples()).extracting(Sample::views).containsExactly(1L, 3L);
    }

    @Test
    void samplesRefuseNegativeCounts() {
        assertThatThrownBy(() -> new Sample(T0, 1, -1L, null, null)).hasMessage("likes must be >= 0 but was -1");
    }
}
