package io.viralscope.plugins.engagement;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MetricBand;
import io.viralscope.api.Sample;
import io.viralscope.api.Unit;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EngagementDetectorTest {

    private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    private static final String[] RATIO_METRICS = {"likes_per_view", "likes_per_view_low", "likes_per_view_high",
        "comments_per_view", "comments_per_view_low", "comments_per_view_high", "shares_per_view",
        "shares_per_view_low", "shares_per_view_high"};

    private final EngagementDetector detector = new EngagementDetector();

    @Test
    void identifiesItselfAndIsIndexed() throws Exception {
        assertThat(detector.id()).isEqualTo("engagement");
        assertThat(detector.version()).isEqualTo("1.3.1");
        StringBuilder indexes = new StringBuilder();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = url.openStream()) {
                indexes.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(indexes.toString()).contains(EngagementDetector.class.getName());
    }

    @Test
    void ratiosAreTakenAtTheLastSampleWithTheirWilsonBounds() {
        // Samples: 100, 1,000 and 10,000 views.
        VideoSeries s = series(new long[] {100, 1000, 10_000}, new Long[] {2L, 30L, 250L}, new Long[] {0L, 1L, 8L},
                new Long[] {null, null, null});
        Detection d = detect(s);
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.number("likes_per_view")).isEqualTo(0.025);
        WilsonInterval likes = WilsonInterval.of95(250, 10_000);
        assertThat(d.number("likes_per_view_low")).isEqualTo(likes.low());
        assertThat(d.number("likes_per_view_high")).isEqualTo(likes.high());
        assertThat(d.number("comments_per_view")).isEqualTo(0.0008);
        assertThat(d.text("likes_band")).isEqualTo("high");
        assertThat(d.text("comments_band")).isEqualTo("typical");
        assertThat(d.summary()).isEqualTo("Of 10,000 views: 2.5% liked (high), 0.080% commented (typical), "
                + "shares unknown.");
    }

    @Test
    void unknownCountsAreNullNeverZero() {
        VideoSeries s = series(new long[] {100, 1000, 5000}, new Long[] {null, null, null},
                new Long[] {null, null, null}, new Long[] {1L, 5L, 40L});
        Detection d = detect(s);
        assertThat(d.isOk()).isTrue();
        for (String m : new String[] {"likes_per_view", "likes_per_view_low", "likes_per_view_high",
            "comments_per_view", "comments_per_view_low", "comments_per_view_high", "likes_band", "comments_band",
            "likes_per_view_trend", "comments_per_view_trend"}) {
            assertThat(d.metrics()).as(m).containsEntry(m, null);
        }
        assertThat(d.number("shares_per_view")).isEqualTo(0.008);
        assertThat(d.curves()).extracting(FittedCurve::quantity).containsExactly(CurveQuantity.SHARES_PER_VIEW);
        assertThat(d.summary()).isEqualTo("Of 5,000 views: likes unknown, comments unknown, 0.80% shared.");
    }

    @Test
    void ownerAnalyticsGiveWatchMinutesPerView() {
        VideoSeries s = new VideoSeries("owner", "", List.of(
                new Sample(T0, 0, 0L, 0L, 0L, 0L),
                new Sample(T0.plusSeconds(86_400), 1_000, 40L, 3L, 9L, 2_900L),
                new Sample(T0.plusSeconds(2 * 86_400), 3_000, 110L, 8L, 24L, 9_300L)));
        Detection d = detect(s);
        assertThat(d.number("watch_minutes_per_view")).isEqualTo(3.1);
        assertThat(d.number("shares_per_view")).isEqualTo(0.008);
        assertThat(d.summary()).isEqualTo("Of 3,000 views: 3.7% liked (high), 0.27% commented (typical), 0.80%"
                + " shared; 3.1 minutes watched per view.");
        assertThat(detect(Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC)).series()).metrics())
                .containsEntry("watch_minutes_per_view", null);
    }

    @Test
    void publicDataWithoutSharesHasNullShares() {
        Detection d = detect(Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC)).series());
        assertThat(d.metrics()).containsEntry("shares_per_view", null).containsEntry("shares_per_view_low", null)
                .containsEntry("shares_per_view_high", null).containsEntry("shares_per_view_trend", null);
        assertThat(d.number("likes_per_view")).isPositive();
    }

    @Test
    void hiddenLikesAndDisabledCommentsFromTheSimulatorStayUnknown() {
        Detection d = detect(Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.STEP_CHANGE)
                .likesHidden(true).commentsDisabled(true).shares(true).build()).series());
        assertThat(d.isOk()).isTrue();
        assertThat(d.metrics()).containsEntry("likes_per_view", null).containsEntry("comments_per_view", null);
        assertThat(d.number("shares_per_view")).isPositive();
    }

    @Test
    void everythingUnknownIsAFindingWithNullMetricsNotAWaitForData() {
        VideoSeries s = series(new long[] {10, 20}, new Long[] {null, null}, new Long[] {null, null},
                new Long[] {null, null});
        Detection d = detect(s);
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.evidence()).isEmpty();
        assertThat(d.summary()).isEqualTo("Likes, comments and shares are unknown in all 2 samples (hidden, "
                + "turned off or not in the data), so there is no engagement to measure.");
        for (String m : RATIO_METRICS) {
            assertThat(d.metrics()).containsEntry(m, null);
        }
    }

    @Test
    void anEmptySeriesAndZeroViewsAreInsufficientData() {
        Detection empty = detect(new VideoSeries("abcdefghijk", "", List.of()));
        assertThat(empty.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(empty.summary()).isEqualTo("The series has no samples; engagement per view needs a sample with "
                + "views.");
        Detection zero = detect(series(new long[] {0, 0, 0}, new Long[] {0L, 0L, 0L}, new Long[] {0L, 0L, 0L},
                new Long[] {null, null, null}));
        assertThat(zero.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(zero.metrics()).containsEntry("likes_per_view", null);
        assertThat(zero.summary()).isEqualTo("None of the 3 samples has any views yet, so engagement per view is "
                + "undefined; it needs a sample with views.");
    }

    @Test
    void oneSampleGivesItsRatiosButIsInsufficientDataForATrend() {
        Detection d = detect(series(new long[] {400}, new Long[] {10L}, new Long[] {null}, new Long[] {null}));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.number("likes_per_view")).isEqualTo(0.025);
        assertThat(d.metrics()).containsEntry("likes_per_view_trend", null);
        assertThat(d.summary()).isEqualTo("Only 1 sample, so engagement over time is unknown (it needs at least 2); "
                + "at that moment, "
                + "of 400 views: 2.5% liked (high), comments unknown, shares unknown.");
    }

    @Test
    void theLastSampleWithTheCountKnownIsUsed() {
        VideoSeries s = series(new long[] {1000, 2000, 3000}, new Long[] {10L, 30L, null},
                new Long[] {null, null, null}, new Long[] {null, null, null});
        Detection d = detect(s);
        assertThat(d.number("likes_per_view")).isEqualTo(0.015);
    }

    @Test
    void decreasingCountsGiveFiniteFiguresAndTheirIntervalsAreLeftOutOfTheTrend() {
        VideoSeries s = series(new long[] {1000, 2000, 1900, 3000, 4000, 5000},
                new Long[] {20L, 40L, 38L, 60L, 80L, 100L}, new Long[] {1L, 2L, 2L, 3L, 4L, 5L},
                new Long[] {null, null, null, null, null, null});
        Detection d = detect(s);
        assertThat(d.number("likes_per_view")).isEqualTo(0.02);
        assertThat(d.number("likes_per_view_trend")).isCloseTo(0, within(1e-12));
        assertFinite(d);
    }

    @Test
    void aTrillionViewsGiveATightFiniteInterval() {
        VideoSeries s = series(new long[] {900_000_000_000L, 1_000_000_000_000L},
                new Long[] {18_000_000_000L, 20_000_000_000L}, new Long[] {900_000_000L, 1_000_000_000L},
                new Long[] {null, null});
        Detection d = detect(s);
        assertThat(d.number("likes_per_view")).isEqualTo(0.02);
        assertThat(d.number("likes_per_view_high") - d.number("likes_per_view_low")).isLessThan(1e-6);
        assertThat(d.text("likes_band")).isEqualTo("high");
        assertThat(d.summary()).startsWith("Of 1,000,000,000,000 views: 2.0% liked (high), 0.10% commented");
        assertFinite(d);
    }

    @Test
    void countsAboveTheViewsAreCappedAtOne() {
        Detection d = detect(series(new long[] {8, 10}, new Long[] {15L, 15L}, new Long[] {null, null},
                new Long[] {null, null}));
        assertThat(d.number("likes_per_view")).isEqualTo(1.0);
        assertThat(d.number("likes_per_view_high")).isEqualTo(1.0);
        assertThat(d.text("likes_band")).isEqualTo("very high");
    }

    @Test
    void bandsFollowTheDesignsWorkingRanges() {
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.0049)).isEqualTo("low");
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.005)).isEqualTo("typical");
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.0199)).isEqualTo("typical");
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.02)).isEqualTo("high");
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.05)).isEqualTo("high");
        assertThat(EngagementBand.label(EngagementKind.LIKES, 0.0501)).isEqualTo("very high");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.0004)).isEqualTo("low");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.0005)).isEqualTo("typical");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.003)).isEqualTo("high");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.006)).isEqualTo("high");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.01)).isEqualTo("high");
        assertThat(EngagementBand.label(EngagementKind.COMMENTS, 0.011)).isEqualTo("very high");
    }

    @Test
    void theDetectionDeclaresItsUnitsAndTheBandsTheReportDraws() {
        Detection d = detect(series(new long[] {100, 1000, 10_000}, new Long[] {2L, 30L, 250L},
                new Long[] {0L, 1L, 8L}, new Long[] {null, null, null}));
        assertThat(d.info("likes_per_view").unit()).isEqualTo(Unit.PERCENT);
        assertThat(d.info("likes_per_view_high").unit()).isEqualTo(Unit.PERCENT);
        assertThat(d.info("shares_per_view_trend").unit()).isEqualTo(Unit.PERCENT_PER_DAY);
        assertThat(d.info("comments_per_view").bands()).extracting(MetricBand::label)
                .containsExactly("low", "typical", "high", "very high");
        assertThat(d.info("comments_per_view").bands().get(2).low()).isEqualTo(0.003);
        assertThat(d.info("comments_per_view").bands().get(3).low()).isEqualTo(Math.nextUp(0.01));
        assertThat(d.info("likes_per_view").headline()).isTrue();
        assertThat(d.info("comments_per_view").headline()).isTrue();
        assertThat(d.info("shares_per_view").headline()).isFalse();
    }

    @Test
    void likesFallingToZeroAreTurnedOffNotAnAudienceThatStoppedLiking() {
        // 430 likes on 200,000 views, then 0: the owner hid the ratings.
        Detection d = detect(series(new long[] {100_000, 200_000, 300_000, 400_000},
                new Long[] {400L, 430L, 0L, 0L}, new Long[] {90L, 120L, 150L, 180L}, new Long[] {null, null, null, null}));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.metrics()).containsEntry("likes_per_view", null).containsEntry("likes_band", null)
                .containsEntry("likes_per_view_trend", null);
        assertThat(d.summary()).isEqualTo("Of 400,000 views: likes appear turned off (they fell from 430 to 0 on "
                + "2026-04-03, so they are unknown, not 0), 0.045% commented (low), shares unknown.");
        assertThat(d.evidence()).noneMatch(e -> e.finding().contains("liked"));
        assertThat(d.curves()).extracting(FittedCurve::quantity).doesNotContain(CurveQuantity.LIKES_PER_VIEW);
    }

    @Test
    void noCommentsOnMillionsOfViewsAreTurnedOffNotLow() {
        // the trending data's 0 comments on 5 million views: comments were turned off
        Detection d = detect(series(new long[] {1_838_965, 3_351_704, 5_146_872}, new Long[] {25_375L, 41_566L, 62_713L},
                new Long[] {0L, 0L, 0L}, new Long[] {null, null, null}));
        assertThat(d.metrics()).containsEntry("comments_per_view", null).containsEntry("comments_band", null);
        assertThat(d.summary()).isEqualTo("Of 5,146,872 views: 1.2% liked (typical), comments appear turned off (0 on"
                + " 1,838,965 views, so they are unknown, not 0), shares unknown.");
    }

    @Test
    void commentsTurnedOffAsWellLeaveNothingToMeasure() {
        Detection d = detect(series(new long[] {1000, 2000, 3000}, new Long[] {40L, 0L, 0L},
                new Long[] {5L, 0L, 0L}, new Long[] {null, null, null}));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.summary()).isEqualTo("Of 3,000 views: likes appear turned off (they fell from 40 to 0 on "
                + "2026-04-02, so they are unknown, not 0), comments appear turned off (they fell from 5 to 0 on "
                + "2026-04-02, so they are unknown, not 0), shares unknown.");
    }

    @Test
    void risingEngagementWhileViewsGrowSupportsWordOfMouth() {
        int days = 60;
        long[] views = new long[days + 1];
        Long[] likes = new Long[days + 1];
        long v = 1000;
        double l = 10;
        for (int i = 0; i <= days; i++) {
            views[i] = v;
            likes[i] = Math.round(l);
            long added = 500 + 100L * i;
            double rate = 0.01 + 0.02 * i / days;
            v += added;
            l += added * rate;
        }
        Detection d = detect(series(views, likes, nulls(days + 1), nulls(days + 1)));
        assertThat(d.number("likes_per_view_trend")).isCloseTo(0.02 / days, within(2e-5));
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
            assertThat(e.weight()).isEqualTo(0.15);
            assertThat(e.finding()).startsWith("Likes per new view rose from 1.0% to 3.0% while views grew");
        });
    }

    @Test
    void veryLowEngagementOnManyViewsSupportsExternalPush() {
        Detection many = detect(series(new long[] {100_000, 2_000_000}, new Long[] {100L, 2_000L},
                new Long[] {null, null}, new Long[] {null, null}));
        assertThat(many.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
            assertThat(e.finding()).isEqualTo("Only 0.10% of 2,000,000 views liked (typical 0.5–2%): pushed or "
                    + "paid views engage less.");
        });
        Detection few = detect(series(new long[] {100, 2_000}, new Long[] {0L, 2L}, new Long[] {null, null},
                new Long[] {null, null}));
        assertThat(few.evidence()).isEmpty();
    }

    @Test
    void curvesHoldTheRatioAtEverySampleWithViews() {
        Detection d = detect(series(new long[] {0, 100, 400}, new Long[] {0L, 5L, 8L}, new Long[] {0L, 1L, 2L},
                new Long[] {null, null, null}));
        FittedCurve likes = d.curves().stream().filter(c -> c.quantity() == CurveQuantity.LIKES_PER_VIEW)
                .findFirst().orElseThrow();
        assertThat(likes.name()).isEqualTo("likes-per-view");
        assertThat(likes.values()).containsExactly(0.05, 0.02);
        assertThat(likes.at(0)).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(d.curves()).extracting(FittedCurve::quantity)
                .containsExactly(CurveQuantity.LIKES_PER_VIEW, CurveQuantity.COMMENTS_PER_VIEW);
    }

    @Test
    void concurrentCallsAgreeWithSequentialOnes() throws Exception {
        List<VideoSeries> inputs = new ArrayList<>();
        for (SimulatedMechanism m : SimulatedMechanism.values()) {
            for (long seed = 1; seed <= 5; seed++) {
                inputs.add(Simulator.simulate(SimulationSpec.builder(m).seed(seed).shares(seed % 2 == 0).build())
                        .series());
            }
        }
        List<Detection> sequential = inputs.stream().map(this::detect).toList();
        assertThat(inputs.stream().map(this::detect).toList()).isEqualTo(sequential);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Detection>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (VideoSeries s : inputs) {
                    futures.add(pool.submit(() -> detect(s)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Detection detect(VideoSeries s) {
        return detector.detect(s, DetectorContext.empty());
    }

    private static Long[] nulls(int n) {
        return new Long[n];
    }

    private static VideoSeries series(long[] views, Long[] likes, Long[] comments, Long[] shares) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < views.length; i++) {
            samples.add(new Sample(T0.plus(Duration.ofDays(i)), views[i], likes[i], comments[i], shares[i]));
        }
        return new VideoSeries("abcdefghijk", "test", samples);
    }

    private static void assertFinite(Detection d) {
        d.metrics().values().forEach(v -> {
            if (v instanceof Double x) {
                assertThat(x).isFinite();
            }
        });
    }
}
