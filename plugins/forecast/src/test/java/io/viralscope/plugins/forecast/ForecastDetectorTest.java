package io.viralscope.plugins.forecast;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastDetectorTest {

    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    private final ForecastDetector detector = new ForecastDetector();

    @Test
    void steadyGrowthIsExtrapolatedWithAnIntervalAroundIt() {
        // 40 days of 1,000 views a day, with a small weekday wobble
        VideoSeries s = daily(41, k -> 50_000L + 1000L * k + (k % 7 == 3 ? 150 : 0));
        Detection d = detector.detect(s, DetectorContext.empty());

        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.number("horizon_days")).isEqualTo(7.0);
        double last = d.number("views_last");
        assertThat(last).isEqualTo(90_000.0);
        // what the forecast rests on is diagnostic; the forecast is not
        assertThat(d.metricInfo().get("views_last").diagnostic()).isTrue();
        assertThat(d.metricInfo().get("days_analysed").diagnostic()).isTrue();
        assertThat(d.metricInfo().get("views_forecast").diagnostic()).isFalse();
        assertThat(d.number("views_forecast")).isEqualTo(d.number("views_7d")).isCloseTo(97_000, within(300.0));
        assertThat(d.number("views_low")).isLessThan(97_000).isGreaterThanOrEqualTo(last);
        assertThat(d.number("views_high")).isGreaterThan(97_000);
        assertThat(d.number("views_30d")).isCloseTo(120_000, within(1_500.0));
        assertThat(d.number("views_30d_high") - d.number("views_30d_low"))
                .as("a month ahead is less certain than a week").isGreaterThan(d.number("views_high")
                        - d.number("views_low"));
        for (String model : List.of("growth", "loglinear")) {
            assertThat(d.number("views_7d_" + model)).isCloseTo(97_000, within(500.0));
            assertThat(d.number("views_7d_" + model + "_low")).isLessThanOrEqualTo(d.number("views_7d_" + model));
            assertThat(d.number("views_7d_" + model + "_high")).isGreaterThanOrEqualTo(d.number("views_7d_" + model));
        }
        assertThat(d.number("loglinear_spans_7d")).isEqualTo(14.0);
        assertThat(d.events()).isEmpty();
        assertThat(d.summary()).isEqualTo("In 7 days: " + ForecastDetector.count(d.number("views_7d"))
                + " views (80% interval " + ForecastDetector.count(d.number("views_low")) + "–"
                + ForecastDetector.count(d.number("views_high")) + "); in 30 days: "
                + ForecastDetector.count(d.number("views_30d")) + " views (80% interval "
                + ForecastDetector.count(d.number("views_30d_low")) + "–"
                + ForecastDetector.count(d.number("views_30d_high")) + "), from 90.0k on 2026-06-10.");
    }

    @Test
    void forecastCurveExtendsBeyondTheLastSample() {
        VideoSeries s = daily(20, k -> 1000L * k * k);
        Detection d = detector.detect(s, DetectorContext.empty());
        FittedCurve curve = d.curves().stream().filter(c -> c.name().equals("forecast")).findFirst().orElseThrow();
        assertThat(curve.primary()).isTrue();
        assertThat(curve.quantity()).isEqualTo(CurveQuantity.CUMULATIVE_VIEWS);
        assertThat(curve.size()).isEqualTo(31);
        assertThat(curve.isRegular()).isTrue();
        assertThat(curve.start()).isEqualTo(s.lastAt().orElseThrow());
        assertThat(curve.at(30)).isEqualTo(s.lastAt().orElseThrow().plus(Duration.ofDays(30)));
        assertThat(curve.values()).isSorted();
        assertThat(curve.value(7)).isEqualTo(d.number("views_7d"));
        assertThat(d.curves()).extracting(FittedCurve::name).containsExactly("forecast", "forecast-low",
                "forecast-high");
    }

    @Test
    void flatSeriesStaysFlat() {
        Detection d = detector.detect(daily(30, k -> 4242L), DetectorContext.empty());
        assertThat(d.number("views_7d")).isEqualTo(4242.0);
        assertThat(d.number("views_7d_low")).isEqualTo(4242.0);
    }

    @Test
    void lessThanThreeDaysIsInsufficientData() {
        Detection d = detector.detect(daily(3, k -> 100L * k), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("A forecast needs at least 3 days of views, but the series spans 2 days.");
        assertThat(detector.detect(daily(4, k -> 100L * k), DetectorContext.empty()).isOk()).isTrue();
    }

    @Test
    void aFourDaySeriesLikeTheTrendingDataGetsAWeekAheadButNoMonth() {
        // 4 daily samples, 3 days of views: a week ahead is within 3 × 3 days, a month needs 10
        Detection d = detector.detect(daily(4, k -> 2_000_000L + 300_000L * k), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.number("views_7d")).isGreaterThan(2_900_000.0);
        assertThat(d.metrics()).containsEntry("views_30d", null).containsEntry("views_30d_low", null)
                .containsEntry("views_30d_high", null).doesNotContainKey("views_30d_loglinear");
        assertThat(d.summary()).isEqualTo("In 7 days: " + ForecastDetector.count(d.number("views_7d"))
                + " views (80% interval " + ForecastDetector.count(d.number("views_7d_low")) + "–"
                + ForecastDetector.count(d.number("views_7d_high")) + "), from 2.90M on 2026-05-04. No 30-day "
                + "forecast: it needs at least 10 days of views, and the series has 3.");
        FittedCurve curve = d.curves().get(0);
        assertThat(curve.size()).as("the curve ends at the last horizon forecast").isEqualTo(8);
    }

    @Test
    void noHorizonWithinReachIsInsufficientData() {
        Detection d = detector.detect(daily(5, k -> 1000L * k), DetectorContext.of("forecast",
                Map.of("horizons", "30")));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("A 30-day forecast needs at least 10 days of views (a horizon of at most "
                + "3 times the days observed), but the series has 4.");
        assertThat(detector.detect(daily(11, k -> 1000L * k), DetectorContext.of("forecast",
                Map.of("horizons", "30"))).isOk()).isTrue();
    }

    @Test
    void noBoundAssumesMoreThanTenTimesTheBusiestDayEveryDay() {
        // daily views growing 35% a day for 10 days, to 2,000 on the last: the growth trend, held at its steepest,
        // and its drift would put the month's upper bound near a thousand times the busiest day; the cap holds
        // every figure at 10 times that day, every day ahead
        long[] daily = new long[10];
        for (int k = 0; k < daily.length; k++) {
            daily[k] = Math.round(2000 * Math.pow(1.35, k - 9));
        }
        Detection d = detector.detect(daily(11, k -> java.util.Arrays.stream(daily, 0, k).sum()),
                DetectorContext.empty());
        double cap = d.number("views_last") + 30 * 10 * 2000;
        assertThat(d.number("views_30d_high")).isEqualTo(cap);
        assertThat(d.number("views_30d_growth_high")).isEqualTo(cap);
        assertThat(d.number("views_30d")).isLessThanOrEqualTo(cap);
        assertThat(d.summary()).contains("in 30 days: ", "–" + ForecastDetector.count(cap) + ")");
    }

    @Test
    void aSeriesEndingAfterAGapHasNoRecentRateToStartFrom() {
        // 20 daily samples, then one three weeks later: the last days lie in a gap
        List<Sample> samples = new ArrayList<>(daily(20, k -> 1000L * (k + 1)).samples());
        samples.add(Sample.ofViews(START.plus(Duration.ofDays(40)), 50_000));
        Detection d = detector.detect(new VideoSeries("forecastgap", "gap", samples), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("The series ends after a gap between samples (none from 2026-05-20 to "
                + "2026-06-10), so the recent daily rate a forecast starts from is unknown; it needs a day with "
                + "samples at both ends among the last 3.");
        // several samples within the day after the gap: the message still names the gap itself
        List<Sample> dense = new ArrayList<>(samples);
        for (int q = 1; q <= 8; q++) {
            dense.add(Sample.ofViews(START.plus(Duration.ofDays(40)).plus(Duration.ofMinutes(15L * q)), 50_000 + q));
        }
        assertThat(detector.detect(new VideoSeries("forecastgap", "gap", dense), DetectorContext.empty()).summary())
                .startsWith("The series ends after a gap between samples (none from 2026-05-20 to 2026-06-10)");
        // daily samples after the gap bring the forecast back
        for (int k = 41; k <= 43; k++) {
            samples.add(Sample.ofViews(START.plus(Duration.ofDays(k)), 50_000 + 1000L * (k - 40)));
        }
        assertThat(detector.detect(new VideoSeries("forecastgap", "gap", samples), DetectorContext.empty()).isOk())
                .isTrue();
    }

    @Test
    void horizonsComeFromTheSettings() {
        DetectorContext context = DetectorContext.of("forecast", Map.of("horizons", " 14, 3 ,14"));
        Detection d = detector.detect(daily(30, k -> 1000L * k), context);
        assertThat(d.number("horizon_days")).isEqualTo(14.0);
        assertThat(d.number("views_forecast")).isEqualTo(d.number("views_14d"));
        assertThat(d.metrics()).containsKeys("views_3d", "views_3d_low", "views_3d_high")
                .doesNotContainKey("views_7d");
        assertThat(detector.detect(daily(30, k -> 1000L * k), DetectorContext.of("forecast",
                Map.of("horizons", 10))).number("horizon_days")).isEqualTo(10.0);
    }

    @Test
    void badHorizonsAreRejectedWithTheContractsMessage() {
        VideoSeries s = daily(30, k -> 1000L * k);
        for (Object bad : List.of("7,x", "0", "7,400", "", "7.5")) {
            DetectorContext context = DetectorContext.of(DetectorSettings.of("forecast", Map.of("horizons", bad)));
            String element = bad.toString().contains(",") ? bad.toString().substring(2) : bad.toString();
            assertThatThrownBy(() -> detector.detect(s, context))
                    .isInstanceOf(DetectorSettings.InvalidSettingException.class)
                    .hasMessage("Setting detectors.forecast.horizons is '" + element
                            + "' but must be a whole number from 1 to 365.");
        }
    }

    private static VideoSeries daily(int samples, IntToLongFunction views) {
        List<Sample> s = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            s.add(Sample.ofViews(START.plus(Duration.ofDays(k)), views.applyAsLong(k)));
        }
        return new VideoSeries("forecast001", "test", s);
    }
}
