package io.viralscope.app.youtube;

import io.viralscope.api.Sample;
import io.viralscope.app.store.RecentViews;
import io.viralscope.app.store.TrackedVideo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.viralscope.app.youtube.WatchSchedule.Tier.RISING;
import static io.viralscope.app.youtube.WatchSchedule.Tier.SETTLED;
import static io.viralscope.app.youtube.WatchSchedule.Tier.STEADY;
import static org.assertj.core.api.Assertions.assertThat;

/** Young or fast videos are polled often, old or flat ones rarely, and the plan fits the budget. */
class YoutubeWatchScheduleTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    static TrackedVideo video(String id, Duration age, Instant lastFetched) {
        return new TrackedVideo(id, "", age == null ? null : NOW.minus(age), NOW.minus(Duration.ofDays(40)), null, 2,
                lastFetched, lastFetched);
    }

    static RecentViews grew(long from, long to) {
        return new RecentViews(Sample.ofViews(NOW.minus(Duration.ofHours(1)), to),
                Sample.ofViews(NOW.minus(Duration.ofHours(25)), from));
    }

    @Test
    void tiersFollowAgeAndPace() {
        assertThat(WatchSchedule.tierOf(video("a", Duration.ofDays(1), null), grew(100, 100), NOW)).isEqualTo(RISING);
        assertThat(WatchSchedule.tierOf(video("b", Duration.ofDays(300), null), null, NOW)).isEqualTo(RISING);
        assertThat(WatchSchedule.tierOf(video("c", Duration.ofDays(300), null), grew(1000, 1200), NOW))
                .isEqualTo(RISING);
        assertThat(WatchSchedule.tierOf(video("d", Duration.ofDays(300), null), grew(1000, 1020), NOW))
                .isEqualTo(STEADY);
        assertThat(WatchSchedule.tierOf(video("e", Duration.ofDays(10), null), grew(1000, 1000), NOW))
                .isEqualTo(STEADY);
        assertThat(WatchSchedule.tierOf(video("f", Duration.ofDays(300), null), grew(1000, 1001), NOW))
                .isEqualTo(SETTLED);
        TrackedVideo gone = new TrackedVideo("g", "", NOW.minus(Duration.ofDays(1)), NOW, NOW, 1, NOW, NOW);
        assertThat(WatchSchedule.tierOf(gone, null, NOW)).isEqualTo(SETTLED);
    }

    @Test
    void thePlanCountsUnitsPerDayAndDescribesItself() {
        List<TrackedVideo> videos = new ArrayList<>();
        Map<String, RecentViews> views = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            String id = "v" + i;
            videos.add(video(id, Duration.ofDays(300), null));
            views.put(id, i < 20 ? grew(1000, 2000) : i < 50 ? grew(1000, 1050) : grew(1000, 1000));
        }

        WatchSchedule.Plan plan = new WatchSchedule(Duration.ofMinutes(15), 10_000).plan(videos, views, NOW);

        assertThat(plan.counts()).containsEntry(RISING, 20).containsEntry(STEADY, 30).containsEntry(SETTLED, 70);
        // rising: 1 batch × 96 a day; steady: 1 × 24; settled: 2 × 4
        assertThat(plan.unitsPerDay()).isEqualTo(96 + 24 + 8);
        assertThat(plan.stretched()).isFalse();
        assertThat(plan.describe(10_000)).isEqualTo("Plan: 120 videos — 20 rising every 15m, 30 steady every 1h,"
                + " 70 settled every 6h; about 128 of 10,000 quota units a day.");
    }

    @Test
    void aPlanOverBudgetStretchesTheBaseInterval() {
        List<TrackedVideo> videos = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            videos.add(video("v" + i, Duration.ofHours(1), null)); // all young: rising
        }

        WatchSchedule.Plan plan = new WatchSchedule(Duration.ofMinutes(15), 10_000).plan(videos, Map.of(), NOW);

        // 200 batches every 15 min would be 19,200 units a day
        assertThat(plan.stretched()).isTrue();
        assertThat(plan.unitsPerDay()).isLessThanOrEqualTo(9_000);
        assertThat(plan.base()).isEqualTo(Duration.ofMinutes(32));
        assertThat(plan.describe(10_000)).endsWith("(base interval stretched from 15m to 32m to stay within the"
                + " budget).");
    }

    @Test
    void dueVideosAreThoseWhoseIntervalHasPassedAndTheLastBatchIsFilledWithTheSoonest() {
        List<TrackedVideo> videos = new ArrayList<>();
        Map<String, RecentViews> views = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            String id = String.format("v%02d", i);
            // all settled (6 h with a 15 min base); fetched from 7 h to 1 h ago
            videos.add(video(id, Duration.ofDays(300), NOW.minus(Duration.ofMinutes(420 - i * 6))));
            views.put(id, grew(1000, 1000));
        }
        WatchSchedule.Plan plan = new WatchSchedule(Duration.ofMinutes(15), 10_000).plan(videos, views, NOW);

        List<String> due = plan.due(videos, NOW);

        // due (or within 5% of 6 h = 18 min): fetched at least 5 h 42 min ago: v00..v13 (420 - 6i >= 342)
        assertThat(due.subList(0, 14)).containsExactly("v00", "v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08",
                "v09", "v10", "v11", "v12", "v13");
        // then the batch is filled (up to 50) with those due within half their interval (3 h), soonest first:
        // fetched at least 3 h ago, 420 - 6i >= 180, v14..v40
        assertThat(due).hasSize(41).endsWith("v39", "v40");
        assertThat(plan.nextDue(videos)).isEqualTo(NOW.minus(Duration.ofMinutes(60)));
    }
}
