package io.viralscope.plugins.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.viralscope.api.CurvePoint;
import io.viralscope.api.CurveQuantity;
import io.viralscope.api.DailyGrid;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrowthCurveDetectorTest {

    private static final Instant START = SyntheticSeries.START;
    private final GrowthCurveDetector detector = new GrowthCurveDetector();

    @Test
    void identifiesItself() {
        assertThat(detector.id()).isEqualTo("growth-curve");
        assertThat(detector.version()).isEqualTo("1.2.1");
        assertThat(detector.description()).endsWith(".");
    }

    @Test
    void anEmptySeriesIsInsufficientData() {
        Detection d = detect(new VideoSeries("empty", "", List.of()));
        assertInsufficient(d, "The series has no samples; a growth curve needs at least 7 days of daily views.");
    }

    @Test
    void oneSampleIsInsufficientData() {
        Detection d = detect(daily(1000));
        assertInsufficient(d, "The series spans less than a day; a growth curve needs at least 7 days of daily "
                + "views, so keep tracking the video.");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7})
    void fourToSevenDailySamplesLikeTheTrendingDataAreInsufficient(int samples) {
        long[] views = new long[samples];
        for (int i = 0; i < samples; i++) {
            views[i] = 100_000L + 40_000L * i * i;
        }
        Detection d = detect(daily(views));
        assertInsufficient(d, "The series spans only " + (samples - 1) + " days of daily views; a growth curve needs "
                + "at least 7, so keep tracking the video.");
    }

    @Test
    void eightDailySamplesAreEnoughToFit() {
        Detection d = detect(daily(100, 250, 600, 1400, 2600, 3600, 4100, 4300));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.number("days_fitted")).isEqualTo(7.0);
    }

    @Test
    void constantCountsAreInsufficientData() {
        long[] views = new long[30];
        Arrays.fill(views, 52_000);
        assertInsufficient(detect(daily(views)),
                "Views did not grow on any of the 29 days observed, so there is no growth curve to fit; it needs "
                        + "growth on at least 3.");
    }

    @Test
    void decreasingCountsAreInsufficientData() {
        long[] views = new long[30];
        for (int i = 0; i < views.length; i++) {
            views[i] = 90_000 - 1_000L * i;
        }
        Detection d = detect(daily(views));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("Views did not grow on any of the 29 days observed, so there is no "
                + "growth curve to fit; it needs growth on at least 3.");
    }

    @Test
    void growthOnTwoDaysIsInsufficientData() {
        long[] views = new long[30];
        for (int i = 0; i < views.length; i++) {
            views[i] = 5_000 + (i >= 10 ? 700 : 0) + (i >= 20 ? 300 : 0);
        }
        assertInsufficient(detect(daily(views)),
                "Views grew on only 2 days of 29 observed; a growth curve needs growth on at least 3.");
    }

    @Test
    void samplesTooFarApartLeaveAllDaysInGapsAndAreInsufficientData() {
        VideoSeries s = new VideoSeries("sparse", "", List.of(Sample.ofViews(START, 1_000),
                Sample.ofViews(START.plus(Duration.ofDays(20)), 50_000),
                Sample.ofViews(START.plus(Duration.ofDays(40)), 90_000)));
        assertInsufficient(detect(s), "Only 0 days of 40 lie outside gaps between samples; a growth curve needs at "
                + "least 7 observed days, so sample the video daily.");
    }

    @Test
    void daysInsideAGapAreLeftOutOfTheFit() {
        SyntheticSeries.Truth t = SyntheticSeries.logistic(7, true);
        List<Sample> kept = new ArrayList<>();
        for (Sample s : t.series().samples()) {
            long day = Duration.between(START, s.at()).toDays();
            if (day <= 50 || day >= 58) {
                kept.add(s);
            }
        }
        VideoSeries gappy = new VideoSeries("gappy", "", kept);
        DailyGrid grid = gappy.daily();
        int observed = 0;
        for (int k = 0; k + 1 < grid.size(); k++) {
            observed += grid.inGap(k) || grid.inGap(k + 1) ? 0 : 1;
        }
        Detection d = detect(gappy);
        assertThat(observed).isEqualTo(grid.size() - 1 - 8);
        assertThat(d.number("days_fitted")).isEqualTo((double) observed);
        assertThat(d.text("model")).isEqualTo("logistic");
        assertThat(d.number("inflection_day")).isCloseTo(t.inflectionDay(), within(1.0));
    }

    @Test
    void aTrillionViewsAreFittedLikeAnyOtherCount() {
        double before = 1e12;
        double k = 4e9;
        DoubleUnaryOperator views = t -> before + k / (1 + Math.exp(-0.15 * (t - 45)));
        VideoSeries s = SyntheticSeries.sample("trillion", views, 100, new Random(3));
        Detection d = detect(s);
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.text("model")).isEqualTo("logistic");
        assertThat(d.number("saturation_views")).isCloseTo(before + k, within(0.01 * k));
        assertThat(d.number("inflection_day")).isCloseTo(45, within(1.0));
        assertThat(d.events("inflection").get(0).value()).isCloseTo(before + k / 2, within(0.02 * k));
    }

    @Test
    void theVideosSizeDoesNotChangeTheChoiceOrItsScore() {
        VideoSeries small = SyntheticSeries.gompertz(5, true).series();
        List<Sample> scaled = small.samples().stream()
                .map(s -> Sample.ofViews(s.at(), s.views() * 1000)).toList();
        Detection d = detect(small);
        Detection big = detect(new VideoSeries("big", "", scaled));
        assertThat(big.text("model")).isEqualTo(d.text("model"));
        assertThat(big.number("aicc")).isCloseTo(d.number("aicc"), within(1e-6 * Math.abs(d.number("aicc"))));
        assertThat(big.number("saturation_views")).isCloseTo(1000 * d.number("saturation_views"),
                within(1e-6 * big.number("saturation_views")));
    }

    @Test
    void pureNoiseAroundASteadyLevelGivesAValidDetection() {
        Random rnd = new Random(11);
        long[] views = new long[90];
        double total = 20_000;
        for (int i = 0; i < views.length; i++) {
            views[i] = Math.round(total);
            total += 300 * Math.exp(0.6 * rnd.nextGaussian() - 0.18);
        }
        Detection d = detect(daily(views));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.text("model")).isEqualTo("linear");
        assertThat(d.number("saturation_views")).isNull();
    }

    @Test
    void aLogisticDetectionCarriesTheReportContract() {
        SyntheticSeries.Truth t = SyntheticSeries.logistic(21, true);
        Detection d = detect(t.series());
        DailyGrid grid = t.series().daily();

        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.metrics()).containsKeys("model", "saturation_views", "r2", "aicc", "bass_p", "bass_q",
                "bass_q_over_p", "bass_launch_day", "growth_rate_per_day", "inflection_day", "days_fitted",
                "aicc_linear", "aicc_exponential", "aicc_logistic", "aicc_gompertz", "aicc_bass");
        assertThat(d.text("model")).isEqualTo("logistic");
        assertThat(d.number("aicc")).isEqualTo(d.number("aicc_logistic"));
        assertThat(d.number("r2")).isGreaterThan(0.9);
        assertThat(d.number("saturation_views")).isCloseTo(t.saturation(), within(0.05 * t.saturation()));
        // Bass is fitted even when it does not win
        assertThat(d.number("bass_p")).isPositive();
        assertThat(d.number("bass_q")).isPositive();
        assertThat(d.summary()).matches("Best fit: logistic growth saturating near \\d+(\\.\\d)?[kMBT]? views "
                + "\\(R² \\d\\.\\d\\d\\); inflection on \\d{4}-\\d\\d-\\d\\d\\.");

        List<Event> inflections = d.events("inflection");
        assertThat(inflections).hasSize(1);
        Event inflection = inflections.get(0);
        assertThat(inflection.at()).isBetween(t.series().firstAt().orElseThrow(), t.series().lastAt().orElseThrow());
        int day = (int) Duration.between(START, inflection.at()).toDays();
        double[] observed = grid.cumulativeViews();
        assertThat(inflection.value()).isCloseTo(observed[day], within(0.05 * (observed[observed.length - 1]
                - observed[0])));

        long fitted = d.metrics().entrySet().stream()
                .filter(e -> e.getKey().startsWith("aicc_") && e.getValue() != null).count();
        List<FittedCurve> cumulative = d.curves().stream()
                .filter(c -> c.quantity() == CurveQuantity.CUMULATIVE_VIEWS).toList();
        assertThat(cumulative).hasSize((int) fitted);
        assertThat(cumulative.stream().filter(FittedCurve::primary).map(FittedCurve::name)).containsExactly("logistic");
        for (FittedCurve c : cumulative) {
            assertThat(c.points()).hasSize(grid.size());
            assertThat(c.points().get(0)).isEqualTo(new CurvePoint(grid.time(0), observed[0]));
            for (int i = 0; i < grid.size(); i++) {
                assertThat(c.points().get(i).at()).isEqualTo(grid.time(i));
            }
        }
        List<FittedCurve> daily = d.curves().stream().filter(c -> c.quantity() == CurveQuantity.DAILY_VIEWS).toList();
        assertThat(daily).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("logistic");
            assertThat(c.points()).hasSize(grid.size() - 1);
            assertThat(c.points().get(0).at()).isEqualTo(grid.time(1));
        });
        assertThat(d.evidence()).singleElement()
                .satisfies(e -> assertThat(e.mechanism()).isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH));
    }

    @Test
    void exponentialAndLinearGrowthHaveNoSaturationAndNoInflection() {
        for (SyntheticSeries.Truth t : List.of(SyntheticSeries.exponential(2, true), SyntheticSeries.linear(2))) {
            Detection d = detect(t.series());
            assertThat(d.text("model")).isEqualTo(t.family().wireName());
            assertThat(d.number("saturation_views")).isNull();
            assertThat(d.number("inflection_day")).isNull();
            assertThat(d.events("inflection")).isEmpty();
        }
        assertThat(detect(SyntheticSeries.exponential(2, true).series()).summary())
                .matches("Best fit: exponential growth of \\d+\\.\\d% a day with no saturation in sight yet "
                        + "\\(R² \\d\\.\\d\\d\\)\\.");
        Detection linear = detect(SyntheticSeries.linear(2).series());
        assertThat(linear.summary()).matches("Best fit: linear growth, a steady trickle of about \\d+(\\.\\d)?k? "
                + "views a day with no burst\\.");
        assertThat(linear.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.ORGANIC_BASELINE);
            assertThat(e.weight()).isLessThanOrEqualTo(0.3);
        });
    }

    @Test
    void aShockOnASteadyLineIsNotCalledAnOrganicBaseline() {
        // 1,000 views a day for 60 days, and one day of 40,000: the line fits best, but it is no steady trickle
        DoubleUnaryOperator views = t -> 5_000 + 1_000 * t + (t >= 30 ? 39_000 : 0);
        Detection d = detect(SyntheticSeries.sample("shock", views, 60, new Random(3)));
        assertThat(d.text("model")).isEqualTo("linear");
        assertThat(d.summary()).matches("Best fit: linear growth of about 1\\.\\dk views a day on average, but one "
                + "day brought \\d+ times that: a burst no growth curve follows \\(see the other detectors\\)\\.");
        assertThat(d.evidence()).isEmpty();
    }

    @Test
    void bassQOverPReadsAsWordOfMouthAndPAboveQAsAnExternalPush() {
        Detection wordOfMouth = detect(SyntheticSeries.bassWordOfMouth(4).series());
        assertThat(wordOfMouth.text("model")).isEqualTo("bass");
        assertThat(wordOfMouth.number("bass_q_over_p")).isGreaterThan(1);
        assertThat(wordOfMouth.summary()).startsWith("Best fit: Bass diffusion with q/p = ");
        MechanismEvidence e = wordOfMouth.evidence().get(0);
        assertThat(e.mechanism()).isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
        assertThat(e.weight()).isBetween(0.1, 1.0);

        Detection push = detect(SyntheticSeries.bassExternalPush(4).series());
        assertThat(push.text("model")).isEqualTo("bass");
        assertThat(push.number("bass_p")).isGreaterThanOrEqualTo(push.number("bass_q"));
        assertThat(push.events("inflection")).isEmpty();
        assertThat(push.evidence().get(0).mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
        assertThat(push.evidence().get(0).weight()).isGreaterThanOrEqualTo(0.45);
    }

    @Test
    void theSameSeriesGivesTheSameDetection() {
        VideoSeries s = SyntheticSeries.gompertz(9, false).series();
        assertThat(detect(s)).isEqualTo(detect(s)).isEqualTo(new GrowthCurveDetector().detect(s,
                DetectorContext.empty()));
    }

    @Test
    void concurrentCallsOnOneInstanceGiveTheSequentialResults() throws Exception {
        List<VideoSeries> series = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            series.add(SyntheticSeries.logistic(100 + i, true).series());
            series.add(SyntheticSeries.bassWordOfMouth(100 + i).series());
            series.add(SyntheticSeries.linear(100 + i).series());
        }
        List<Detection> sequential = series.stream().map(this::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Detection>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> series.stream().map(this::detect).toList()));
            }
            for (Future<List<Detection>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsRaiseTheMinimumAndRefuseBadValues() {
        VideoSeries nineDays = daily(100, 250, 600, 1400, 2600, 3600, 4100, 4300, 4400, 4450);
        assertThat(detect(nineDays).status()).isEqualTo(DetectionStatus.OK);
        DetectorContext strict = DetectorContext.of("growth-curve", Map.of("min-days", 14));
        assertThat(detector.detect(nineDays, strict).status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        DetectorContext bad = DetectorContext.of("growth-curve", Map.of("min-days", 2));
        assertThatThrownBy(() -> detector.detect(nineDays, bad))
                .hasMessage("Setting detectors.growth-curve.min-days is '2' but must be a whole number from 7 to "
                        + "3650.");
    }

    @Test
    void viewCountsReadAsPeopleWriteThem() {
        assertThat(ViewCounts.format(950)).isEqualTo("950");
        assertThat(ViewCounts.format(12_345)).isEqualTo("12k");
        assertThat(ViewCounts.format(1_234_567)).isEqualTo("1.2M");
        assertThat(ViewCounts.format(999_999)).isEqualTo("1.0M");
        assertThat(ViewCounts.format(3.2e12)).isEqualTo("3.2T");
    }

    private Detection detect(VideoSeries s) {
        return detector.detect(s, DetectorContext.empty());
    }

    private static void assertInsufficient(Detection d, String summary) {
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo(summary);
        assertThat(d.metrics()).isEmpty();
        assertThat(d.events()).isEmpty();
    }

    /** Daily samples from the first instant, one per day. */
    private static VideoSeries daily(long... views) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < views.length; i++) {
            samples.add(Sample.ofViews(START.plus(Duration.ofDays(i)), views[i]));
        }
        return new VideoSeries("daily", "", samples);
    }
}
