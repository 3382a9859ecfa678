package io.viralscope.plugins.inflection;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of two days one sample interval's jump was on. */
class SplitDayTest {

    private static final Instant START = Instant.parse("2023-07-10T00:00:00Z");

    private static SampleTimes times(String... atAndViews) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < atAndViews.length; i += 2) {
            samples.add(Sample.ofViews(Instant.parse(atAndViews[i]), Long.parseLong(atAndViews[i + 1])));
        }
        return SampleTimes.of(new VideoSeries("splitDay001", "", samples), START);
    }

    @Test
    void theIntervalBeforeAtTheOldRateRulesOutTheEarlierDay() {
        // the long messy series' feature day: 7,945 views counted from 11:00 on the 16th to 13:03 on the 17th,
        // almost half of the interval on each day; the interval before covers 11 hours of the 16th at about
        // 1,200 a day, the one after 11 hours of the 17th well above it
        SampleTimes t = times("2023-07-15T11:59:09Z", "857269", "2023-07-16T11:00:15Z", "858505",
                "2023-07-17T13:03:14Z", "866450", "2023-07-18T20:01:06Z", "870748");
        int interval = t.spanning(7);
        assertThat(interval).isEqualTo(1);
        SplitDay split = SplitDay.of(t, interval, 6, 1100, 1100);
        assertThat(split.day()).isEqualTo(7);
        assertThat(split.rate()).isBetween(13_000.0, 14_000.0);
    }

    @Test
    void anIntervalThatOverrunsTheJumpDayOnlyALittleKeepsItsDay() {
        // 5,000 views a day on the 16th, 1,000 on the days around it: the interval from 04:00 on the 16th to 06:00
        // on the 17th holds 20 hours of it; the one before shows its first four hours
        SampleTimes t = times("2023-07-15T02:00:00Z", "0", "2023-07-16T04:00:00Z", "1750",
                "2023-07-17T06:00:00Z", "6167", "2023-07-18T03:00:00Z", "7042");
        SplitDay split = SplitDay.of(t, t.spanning(7), 6, 1000, 1000);
        assertThat(split.day()).isEqualTo(6);
        assertThat(split.rate()).isBetween(4_500.0, 5_500.0);
    }

    @Test
    void withoutANeighbourInTheDayTheDayHoldingMoreOfTheIntervalWins() {
        SampleTimes t = times("2023-07-16T03:00:00Z", "0", "2023-07-17T01:00:00Z", "8000");
        assertThat(t.spanning(7)).isEqualTo(0);
        assertThat(SplitDay.of(t, 0, 6, 1000, 1000).day()).isEqualTo(6);
        assertThat(t.spanning(6)).isEqualTo(-1);
        assertThat(times("2023-07-16T00:00:00Z", "0", "2023-07-17T00:00:00Z", "10").spanning(6)).isEqualTo(-1);
    }
}
