package io.viralscope.plugins.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(detector.version()).isEqualTo("1.5.1");
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
        // how the model was chosen, and on how many days, is diagnostic; the fit's answers are not
        assertThat(d.metricInfo().get("aicc").diagnostic()).isTrue();
        assertThat(d.metricInfo().get("days_fitted").diagnostic()).isTrue();
        assertThat(d.metricInfo().get("saturation_views").diagnostic()).isFalse();
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
            assertThat(c.size()).isEqualTo(grid.size());
            assertThat(c.isRegular()).isTrue();
            assertThat(c.start()).isEqualTo(grid.time(0));
            assertThat(c.step()).isEqualTo(Duration.ofDays(1));
            assertThat(c.value(0)).isEqualTo(observed[0]);
            assertThat(c.at(grid.size() - 1)).isEqualTo(grid.time(grid.size() - 1));
        }
        List<FittedCurve> daily = d.curves().stream().filter(c -> c.quantity() == CurveQuantity.DAILY_VIEWS).toList();
        assertThat(daily).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("logistic");
            assertThat(c.size()).isEqualTo(grid.size() - 1);
            assertThat(c.at(0)).isEqualTo(grid.time(0)); // day 0 is dated by its own 00:00 UTC
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

    /** A real Studio export's shape: 521 of 578 views on the first day, then a trickle. */
    @Test
    void aFrontLoadedSeriesIsALaunchBurstNotWordOfMouth() {
        Detection d = detect(fromZero(521, 20, 10, 6, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.summary()).isEqualTo("Best fit: gompertz growth levelling off at 541 views, below the 578 already "
                + "counted, so it shows no ceiling (R² 1.00); daily views were highest on day 1 of 14, which brought "
                + "90% of the views: a launch burst.");
        assertThat(d.number("saturation_views")).isNull();
        assertThat(d.number("inflection_day")).isNull();
        assertThat(d.events("inflection")).isEmpty();
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
            assertThat(e.finding()).isEqualTo("Daily views were highest on day 1 of 14, which brought 90% of the "
                    + "views, and fell from there: a launch burst, attention from outside more than views passed on.");
        });
    }

    @Test
    void aSCurveThatBuildsUpHasNoLaunchBurst() {
        Detection d = detect(SyntheticSeries.gompertz(5, true).series());
        assertThat(d.text("model")).isEqualTo("gompertz");
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
            assertThat(e.finding()).isEqualTo("An S-shaped gompertz curve with no launch burst: growth fed by "
                    + "earlier viewers.");
        });
    }

    /**
     * Long steady series with weekly seasonality and a few 3–8× bursts, like a music catalogue: a curve that explains
     * little of the daily views is never presented as their description.
     */
    @Test
    void aCurveThatExplainsLittleIsNotPresented() {
        int noModel = 0;
        for (int seed = 0; seed < 20; seed++) {
            Detection d = detect(catalogue(new Random(seed)));
            assertThat(d.status()).isEqualTo(DetectionStatus.OK);
            if (d.text("model") != null && !d.text("model").equals("linear")) {
                assertThat(d.number("r2")).as(d.summary()).isGreaterThanOrEqualTo(0.5);
            }
            if (d.text("model") == null) {
                noModel++;
                assertThat(d.summary()).startsWith("No growth model describes the series: the closest, ");
                assertThat(d.number("saturation_views")).isNull();
                assertThat(d.number("bass_q_over_p")).isNull();
                assertThat(d.evidence()).isEmpty();
                assertThat(d.curves()).isEmpty();
                assertThat(d.events()).isEmpty();
                assertThat(d.number("aicc_bass")).isNotNull();
            }
        }
        assertThat(noModel).isPositive();
        Detection d = detect(catalogue(new Random(3)));
        assertThat(d.metrics()).containsEntry("model", null);
        assertThat(d.summary()).isEqualTo("No growth model describes the series: the closest, Bass diffusion, explains "
                + "little of the daily views (R² -0.04, below the 0.50 a description needs), so no ceiling, inflection "
                + "or Bass reading is reported (see the other detectors).");
    }

    @Test
    void aCeilingBelowTheViewsCountedIsNotASaturationAndTinyRatiosReadAsLessThan() {
        // an outside push decaying fast on top of a steady 50 views a day that no S-curve follows
        double[] daily = new double[60];
        for (int i = 0; i < daily.length; i++) {
            daily[i] = 5000 * Math.exp(-i / 8.0) + 50;
        }
        Detection d = detect(fromZero(daily));
        assertThat(d.text("model")).isEqualTo("bass");
        assertThat(d.number("bass_q_over_p")).isLessThan(1e-4);
        assertThat(d.number("saturation_views")).isNull();
        assertThat(d.summary()).isEqualTo("Best fit: Bass diffusion with q/p < 0.01 levelling off at 43k views, below "
                + "the 46k already counted, so it shows no ceiling (R² 0.99); daily views were highest on day 1 of 60, "
                + "which brought 11% of the views: a launch burst.");
        assertThat(d.evidence()).singleElement().satisfies(e -> assertThat(e.finding()).isEqualTo(
                "Bass innovation p = 0.11/day is at least imitation q < 0.001/day: views come from outside pushes "
                        + "more than from viewers passing it on."));
    }

    @Test
    void ratiosAndRatesReadWithoutStringsOfZeros() {
        assertThat(ViewCounts.ratio(7.7e-14)).isEqualTo("< 0.01");
        assertThat(ViewCounts.ratio(0.27)).isEqualTo("0.27");
        assertThat(ViewCounts.ratio(0.994)).isEqualTo("0.99");
        assertThat(ViewCounts.ratio(3.5)).isEqualTo("3.5");
        assertThat(ViewCounts.ratio(14.2)).isEqualTo("14");
        assertThat(ViewCounts.ratio(12_345)).isEqualTo("12k");
        assertThat(ViewCounts.ratio(3.1e13)).isEqualTo("31T");
        assertThat(ViewCounts.isRatio(2.0)).isEqualTo("= 2.0");
        assertThat(ViewCounts.rate(0.0312)).isEqualTo("0.031");
        assertThat(ViewCounts.rate(1e-9)).isEqualTo("< 0.001");
        assertThat(ViewCounts.wholePercent(0.9014)).isEqualTo("90%");
        assertThat(ViewCounts.wholePercent(0.001)).isEqualTo("< 1%");
    }

    /** Daily views of 300 days: about 1,000 a day, ±30% noise, a weekly cycle, four bursts of 3–8× decaying. */
    private static VideoSeries catalogue(Random r) {
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1000 * Math.exp(0.3 * r.nextGaussian()) * (1 + 0.2 * Math.sin(2 * Math.PI * i / 7));
        }
        for (int j = 0; j < 4; j++) {
            int day = 20 + r.nextInt(260);
            double factor = 3 + r.nextInt(6);
            for (int t = day; t < Math.min(x.length, day + 30); t++) {
                x[t] *= 1 + (factor - 1) * Math.exp(-(t - day) / 4.0);
            }
        }
        return fromZero(x);
    }

    /** A series from 0 views with the given daily views, sampled daily. */
    private static VideoSeries fromZero(double... dailyViews) {
        List<Sample> samples = new ArrayList<>();
        long views = 0;
        samples.add(Sample.ofViews(START, 0));
        for (int i = 0; i < dailyViews.length; i++) {
            views += Math.round(dailyViews[i]);
            samples.add(Sample.ofViews(START.plus(Duration.ofDays(i + 1)), views));
        }
        return new VideoSeries("from-zero", "", samples);
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
