package io.viralscope.plugins.forecast;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastModelsTest {

    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void dampedTrendFollowsAFadingVideo() {
        // daily views 10,000·e^{−0.1k}
        CumulativeViews v = views(30, k -> 10_000 * Math.exp(-0.1 * k));
        DampedTrendForecast f = DampedTrendForecast.fit(v);
        assertThat(f.slope()).isCloseTo(-0.1, within(0.005));
        double[] ahead = f.dailyViews(3);
        double lastDay = 10_000 * Math.exp(-0.1 * 29);
        assertThat(ahead[0]).isCloseTo(lastDay * Math.exp(-0.1 * 0.85), within(0.02 * lastDay));
        assertThat(ahead[2]).isLessThan(ahead[1]).isLessThan(ahead[0]);
        Prediction week = f.predict(7);
        assertThat(week.median()).isGreaterThan(v.lastViews());
        assertThat(week.low()).isLessThan(week.median()).isGreaterThanOrEqualTo(v.lastViews());
        assertThat(week.high()).isGreaterThan(week.median());
    }

    @Test
    void logLinearFallsBackToTheRecentRateOnShortSeries() {
        CumulativeViews v = views(3, k -> 1000);
        LogLinearForecast.Estimate e = LogLinearForecast.estimate(v, 7);
        assertThat(e.spans()).isZero();
        double n = v.lastViews();
        assertThat(Math.exp(e.logRatio())).isCloseTo((1 + n + 7000) / (1 + n), within(1e-9));
        assertThat(e.sigma()).isCloseTo(LogLinearForecast.DEFAULT_GAIN_SIGMA * 7000 / (1 + n + 7000), within(1e-9));
    }

    @Test
    void logLinearReadsAFadingHistory() {
        // a fading video gains less than its current rate suggests: κ < 1 from its own spans
        CumulativeViews v = views(40, k -> 10_000 * Math.exp(-0.05 * k));
        LogLinearForecast.Estimate e = LogLinearForecast.estimate(v, 7);
        assertThat(e.spans()).isEqualTo(14);
        double rate = v.daily(v.days() - 1);
        double steady = Math.log1p(v.lastViews() + 7 * rate) - Math.log1p(v.lastViews());
        assertThat(e.logRatio()).isLessThan(steady);
    }

    @Test
    void logLinearDoesNotCarryAPastShockForward() {
        // 1,000 views a day for 40 days, but 50,000 on day 30: the seven spans across the shock are left out and
        // older steady ones taken instead, so the week ahead is read as about 7,000 views, not as another shock
        CumulativeViews v = views(40, k -> k == 30 ? 50_000 : 1000);
        LogLinearForecast.Estimate e = LogLinearForecast.estimate(v, 7);
        assertThat(e.spans()).isEqualTo(14);
        double gained = Math.expm1(e.logRatio()) * (1 + v.lastViews());
        assertThat(gained).isCloseTo(7000, within(1.0));
    }

    @Test
    void combinationWeighsByPrecisionAndWidensWhenModelsDisagree() {
        Prediction sure = Prediction.logNormal(Math.log1p(1000), 0.01, 0);
        Prediction vague = Prediction.logNormal(Math.log1p(1200), 0.1, 0);
        Prediction c = Prediction.combine(sure, vague, 0);
        assertThat(c.median()).isCloseTo(1000 * Math.pow(1.2, 0.01), within(5.0));
        Prediction agree = Prediction.combine(sure, sure, 0);
        assertThat(agree.logSd()).isCloseTo(0.01, within(1e-12));
        assertThat(c.logSd()).isGreaterThan(0.01);
        assertThat(Prediction.logNormal(Math.log1p(1000), 0.5, 900).low()).isEqualTo(900.0);
    }

    private static CumulativeViews views(int days, IntToDoubleFunction daily) {
        List<Sample> s = new ArrayList<>();
        double total = 5_000;
        s.add(Sample.ofViews(START, Math.round(total)));
        for (int k = 0; k < days; k++) {
            total += daily.applyAsDouble(k);
            s.add(Sample.ofViews(START.plus(Duration.ofDays(k + 1L)), Math.round(total)));
        }
        VideoSeries series = new VideoSeries("forecast002", "test", s);
        return CumulativeViews.of(series, series.daily());
    }
}
