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
        VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(at(0, 1_000, 400L, 0L), at(1, 2_000, 430L, 0L),
                at(2, 3_000, 0L, 0L), at(3, 4_000, 0L, 0L)));
        VideoSeries known = TurnedOffCounts.asUnknown(s);
        assertThat(known.samples()).extracting(Sample::likes).containsExactly(400L, 430L, null, null);
        // comments never above 0 on few views are a real 0
        assertThat(known.samples()).extracting(Sample::comments).containsExactly(0L, 0L, 0L, 0L);
        TurnedOffCounts.TurnedOff likes = new TurnedOffCounts.TurnedOff("likes",
                Instant.parse("2026-11-03T00:00:00Z"), 430, 3_000);
        assertThat(TurnedOffCounts.runs(s)).containsExactly(likes);
        assertThat(TurnedOffCounts.atEnd(s, "likes")).contains(likes);
        assertThat(likes.fell()).isTrue();
        assertThat(TurnedOffCounts.atEnd(s, "comments")).isEmpty();
    }

    @Test
    void zeroCommentsOnMillionsOfViewsAreTurnedOff() {
        VideoSeries s = new VideoSeries("bAb8KIhgVAI", "", List.of(at(0, 5_000, 100L, 0L),
                at(1, 1_838_965, 25_375L, 0L), at(2, 5_146_872, 62_713L, 0L)));
        assertThat(TurnedOffCounts.asUnknown(s).samples()).extracting(Sample::comments)
                .containsExactly(0L, null, null);
        TurnedOffCounts.TurnedOff comments = new TurnedOffCounts.TurnedOff("comments",
                Instant.parse("2026-11-02T00:00:00Z"), 0, 1_838_965);
        assertThat(TurnedOffCounts.runs(s)).containsExactly(comments);
        assertThat(comments.fell()).isFalse();
    }

    @Test
    void aCountThatComesBackIsKnownAtTheEnd() {
        VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(at(0, 100, 5L, null), at(1, 200, 0L, null),
                at(2, 300, 9L, null)));
        assertThat(TurnedOffCounts.asUnknown(s).samples()).extracting(Sample::likes).containsExactly(5L, null, 9L);
        assertThat(TurnedOffCounts.runs(s)).hasSize(1);
        assertThat(TurnedOffCounts.atEnd(s, "likes")).isEmpty();
    }

    @Test
    void aSeriesWithoutTurnedOffCountsIsReturnedAsItIs() {
        VideoSeries s = new VideoSeries("abcdefghijk", "", List.of(at(0, 100, 1L, null), at(1, 200, 2L, null)));
        assertThat(TurnedOffCounts.asUnknown(s)).isSameAs(s);
        assertThat(TurnedOffCounts.runs(s)).isEmpty();
    }
}
