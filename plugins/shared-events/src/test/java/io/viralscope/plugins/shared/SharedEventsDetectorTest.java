package io.viralscope.plugins.shared;

import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Sample;
import io.viralscope.api.SharedEvent;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedEventsDetectorTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-05-04T00:00:00Z"); // a Monday
    private static final LocalDate RELEASE = LocalDate.parse("2026-06-12"); // day 39 from the first sample

    /**
     * 120 days of a video with weekend seasonality (+40% on Saturdays and Sundays) and ±10% noise; on {@code jumpDay}
     * (if any) its day is {@code size} times the usual, fading over three days.
     */
    static VideoSeries video(String id, Instant first, long seed, LocalDate jumpDay, double size) {
        Random noise = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        long views = 0;
        samples.add(Sample.ofViews(first, 0));
        for (int k = 0; k < 120; k++) {
            Instant from = first.plus(Duration.ofDays(k));
            // the UTC day holding most of this increment
            LocalDate day = from.plus(Duration.ofHours(12)).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            double expected = 20_000 * (day.getDayOfWeek().getValue() >= 6 ? 1.4 : 1.0);
            if (jumpDay != null && !day.isBefore(jumpDay)) {
                expected *= 1 + (size - 1) * Math.exp(-(day.toEpochDay() - jumpDay.toEpochDay()) / 3.0);
            }
            views += Math.round(expected * (1 + 0.1 * noise.nextGaussian()));
            samples.add(Sample.ofViews(from.plus(Duration.ofDays(1)), views));
        }
        return new VideoSeries(id, "video " + id, samples);
    }

    private static List<CohortMember> members(VideoSeries... series) {
        return java.util.Arrays.stream(series).map(s -> new CohortMember(s, List.of())).toList();
    }

    @Test
    void threeVideosJumpingOnOneDayAreOneSharedEventWithEachSize() {
        List<SharedEvent> events = new SharedEventsDetector().analyse(members(
                video("vidA0000001", MIDNIGHT, 1, RELEASE, 4), video("vidB0000002", MIDNIGHT, 2, RELEASE, 2.5),
                video("vidC0000003", MIDNIGHT, 3, RELEASE, 2), video("vidD0000004", MIDNIGHT, 4, null, 1)),
                DetectorContext.empty());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.day()).isEqualTo(RELEASE);
            assertThat(e.kind()).isEqualTo("jump");
            assertThat(e.videoIds()).containsExactly("vidA0000001", "vidB0000002", "vidC0000003");
            assertThat(e.videos().get(0).size()).isBetween(3.0, 5.0);
            assertThat(e.videos().get(2).size()).isBetween(1.6, 2.5);
            assertThat(e.summary()).startsWith("3 videos jumped together on 2026-06-12 (Fri): vidA0000001 ")
                    .endsWith(" the day each one's own history leads one to expect; one outside cause (a release,"
                            + " a broadcast, a campaign) most likely lifted them all. Chance alone would line up such"
                            + " jumps in fewer than 1 of 1,000 reports like this one.");
        });
    }

    @Test
    void weekendSeasonalityAloneIsNoJump() {
        // 10 series of 113 judged days with +40% weekends: ±10% noise alone passes 3 deviations on about 1.5 days
        // (0.13% of them); weekends read as jumps would be 340
        int jumps = 0;
        for (long seed = 10; seed < 20; seed++) {
            jumps += new JumpFinder(3, 1.5).jumps(video("quietWeekly", MIDNIGHT, seed, null, 1)).size();
        }
        assertThat(jumps).isLessThanOrEqualTo(2);
    }

    @Test
    void aReleaseSpreadOverTwoDatesBySampleTimesIsOneEventOnTheDayMostShowIt() {
        // three videos counted at 00:00 show it on 06-12; two counted at 18:00 show it on 06-11 (see below)
        List<SharedEvent> events = new SharedEventsDetector().analyse(members(
                video("vidA0000001", MIDNIGHT, 1, RELEASE, 4), video("vidB0000002", MIDNIGHT, 2, RELEASE, 3),
                video("vidC0000003", MIDNIGHT, 3, RELEASE, 3),
                video("vidD0000004", MIDNIGHT.minus(Duration.ofHours(6)), 4, RELEASE, 4),
                video("vidE0000005", MIDNIGHT.minus(Duration.ofHours(6)), 5, RELEASE, 3)), DetectorContext.empty());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.day()).isEqualTo(RELEASE);
            assertThat(e.videoIds()).containsExactlyInAnyOrder("vidA0000001", "vidB0000002", "vidC0000003",
                    "vidD0000004", "vidE0000005");
            assertThat(e.summary()).startsWith("5 videos jumped together on 2026-06-12 (Fri; 2 of them on 2026-06-11:"
                    + " samples taken at other times of day spread a jump over two dates): ");
        });
    }

    @Test
    void aPairOfJumpsIsNewsAmongTwoVideosButChanceAmongManyThatJumpOften() {
        VideoSeries a = video("vidA0000001", MIDNIGHT, 1, RELEASE, 4);
        VideoSeries b = video("vidB0000002", MIDNIGHT, 2, RELEASE, 3);
        assertThat(new SharedEventsDetector().analyse(members(a, b), DetectorContext.empty())).hasSize(1);
        // forty more videos, each with a jump of its own on one of 30 days: pairs now line up by chance
        List<VideoSeries> many = new ArrayList<>(List.of(a, b));
        for (int i = 0; i < 40; i++) {
            many.add(video(String.format("other%06d", i), MIDNIGHT, 100 + i, RELEASE.plusDays(5 + i % 30), 4));
        }
        assertThat(new SharedEventsDetector().analyse(members(many.toArray(VideoSeries[]::new)),
                DetectorContext.empty())).noneMatch(e -> e.day().equals(RELEASE));
    }

    @Test
    void chanceReadsAsOddsForPeople() {
        assertThat(SharedEventsDetector.chance(0.0004)).isEqualTo("Chance alone would line up such jumps in fewer"
                + " than 1 of 1,000 reports like this one.");
        assertThat(SharedEventsDetector.chance(0.04)).isEqualTo("Chance alone would line up such jumps in about 1 of"
                + " 25 reports like this one.");
        assertThat(ChanceLineUp.poissonTail(0.01, 2)).isCloseTo(4.97e-5, org.assertj.core.data.Offset.offset(1e-7));
        assertThat(ChanceLineUp.poissonTail(3, 0)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theDayIsTheUtcDayTheViewsHappenedIn() {
        // samples at 00:00: the views from 06-12 00:00 to 06-13 00:00 happened on 06-12
        assertThat(new JumpFinder(3, 1.5).jumps(video("midnight000", MIDNIGHT, 5, RELEASE, 4)))
                .singleElement().extracting(Jump::day).isEqualTo(RELEASE);
        // samples at 09:00: the increment from 06-12 09:00 to 06-13 09:00 lies mostly on 06-12
        assertThat(new JumpFinder(3, 1.5).jumps(video("morning0000", MIDNIGHT.plus(Duration.ofHours(9)), 5, RELEASE,
                4))).singleElement().extracting(Jump::day).isEqualTo(RELEASE);
        // samples at 18:00: the jump lies somewhere between 06-11 18:00 and 06-12 18:00; the daily grid spreads it
        // over both UTC days (a quarter on 06-11, already 1.75x that day), and the first day that rose is named
        assertThat(new JumpFinder(3, 1.5).jumps(video("evening0000", MIDNIGHT.minus(Duration.ofHours(6)), 5,
                RELEASE, 4))).singleElement().extracting(Jump::day).isEqualTo(RELEASE.minusDays(1));
    }

    /** A launch curve (cumulative views at day t) sampled daily at 00:00 with Poisson noise on each day's views. */
    static VideoSeries launch(String id, java.util.function.DoubleUnaryOperator cumulative, long seed) {
        Random noise = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        long views = Math.round(cumulative.applyAsDouble(0));
        for (int k = 0; k <= 90; k++) {
            samples.add(Sample.ofViews(MIDNIGHT.plus(Duration.ofDays(k)), views));
            double mean = cumulative.applyAsDouble(k + 1) - cumulative.applyAsDouble(k);
            views += Math.max(0, Math.round(mean + Math.sqrt(mean) * noise.nextGaussian()));
        }
        return new VideoSeries(id, id, samples);
    }

    @Test
    void videosLaunchedOnOneDayDoNotShareTheirGrowth() {
        // launches that start together rise steeply together, day after day: no day of it is a jump
        for (long seed = 1; seed <= 10; seed++) {
            List<CohortMember> cohort = members(
                    launch("gompertz001", t -> 1_800_000 * Math.exp(-Math.exp(-0.07 * (t - 25))), seed),
                    launch("bassWoM0001", t -> {
                        double e = Math.exp(-0.162 * t);
                        return 3_000_000 * (1 - e) / (1 + 80 * e);
                    }, seed + 100),
                    launch("exponentl01", t -> 2_000 * Math.exp(0.06 * t) / 0.06, seed + 200),
                    launch("logistic001", t -> 2_400_000 / (1 + Math.exp(-0.15 * (t - 35))), seed + 300));
            assertThat(new SharedEventsDetector().analyse(cohort, DetectorContext.empty())).as("seed " + seed)
                    .isEmpty();
        }
    }

    @Test
    void aJumpOfOneVideoAloneIsNotShared() {
        assertThat(new SharedEventsDetector().analyse(members(video("vidA0000001", MIDNIGHT, 1, RELEASE, 4),
                video("vidB0000002", MIDNIGHT, 2, RELEASE.plusDays(20), 4)), DetectorContext.empty())).isEmpty();
    }

    @Test
    void minVideosRaisesHowManyMustJumpTogether() {
        List<CohortMember> pair = members(video("vidA0000001", MIDNIGHT, 1, RELEASE, 4),
                video("vidB0000002", MIDNIGHT, 2, RELEASE, 3));
        assertThat(new SharedEventsDetector().analyse(pair, DetectorContext.empty())).hasSize(1);
        assertThat(new SharedEventsDetector().analyse(pair, DetectorContext.of("shared-events",
                Map.of("min-videos", 3)))).isEmpty();
    }

    @Test
    void aBadSettingIsRefusedWithItsKeyNamed() {
        assertThatThrownBy(() -> new SharedEventsDetector().analyse(List.of(), DetectorContext.of("shared-events",
                Map.of("min-videos", 1)))).isInstanceOf(DetectorSettings.InvalidSettingException.class)
                .hasMessage("Setting detectors.shared-events.min-videos is '1' but must be a whole number from 2 to"
                        + " 1000.");
    }

    @Test
    void sizesReadAsMultiples() {
        assertThat(SharedEventsDetector.times(2.44)).isEqualTo("2.4×");
        assertThat(SharedEventsDetector.times(12.4)).isEqualTo("12×");
    }
}
