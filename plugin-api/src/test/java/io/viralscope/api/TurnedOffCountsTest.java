package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TurnedOffCountsTest {

    private static Sample at(int day, long views, Long likes, Long comments) {
        return new Sample(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * day), views, likes, comments,
                null);
    }

    @Test
    void aCountFallingToZeroAfterBeingPositiveIsUnknownFromThen() {
        VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(at(0, 10_000, 400L, 0L), at(1, 20_000, 430L, 0L),
                at(2, 30_000, 0L, 0L), at(3, 40_000, 0L, 0L)));
        VideoSeries known = TurnedOffCounts.asUnknown(s);
        assertThat(known.samples()).extracting(Sample::likes).containsExactly(400L, 430L, null, null);
        // comments that were never above 0 are a real 0
        assertThat(known.samples()).extracting(Sample::comments).containsExactly(0L, 0L, 0L, 0L);
        assertThat(TurnedOffCounts.drops(s)).containsExactly(
                new TurnedOffCounts.Drop("likes", Instant.parse("2026-11-03T00:00:00Z"), 430));
    }

    @Test
    void aSeriesWithoutDropsIsReturnedAsItIs() {
        VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(at(0, 100, 1L, null), at(1, 200, 2L, null)));
        assertThat(TurnedOffCounts.asUnknown(s)).isSameAs(s);
        assertThat(TurnedOffCounts.drops(s)).isEmpty();
    }
}
