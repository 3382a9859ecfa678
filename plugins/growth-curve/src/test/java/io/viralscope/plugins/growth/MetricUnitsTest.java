package io.viralscope.plugins.growth;

import io.viralscope.api.Detection;
import io.viralscope.api.MetricBand;
import io.viralscope.api.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricUnitsTest {

    private static Detection declared(GrowthFamily best, double r2) {
        Detection.Builder d = Detection.ok(new GrowthCurveDetector()).summary("s.").metric("model", "x")
                .metric("saturation_views", 1e6).metric("r2", r2).metric("bass_q_over_p", 14)
                .metric("bass_launch_day", 0).metric("growth_rate_per_day", 0.1).metric("inflection_day", 20)
                .metric("days_fitted", 60).metric("aicc", -120.5);
        MetricUnits.declare(d, best, r2);
        return d.build();
    }

    @Test
    void qOverPIsReadAsAMechanismOnlyWhenADiffusionCurveDescribesTheSeries() {
        assertThat(declared(GrowthFamily.BASS, 0.9).info("bass_q_over_p").bandOf(14).map(MetricBand::label))
                .contains("word of mouth");
        assertThat(declared(GrowthFamily.BASS, 0.9).info("bass_q_over_p").bandOf(0.4).map(MetricBand::label))
                .contains("push");
        assertThat(declared(GrowthFamily.LINEAR, 0.9).info("bass_q_over_p").bands()).isEmpty();
        assertThat(declared(GrowthFamily.BASS, 0.3).info("bass_q_over_p").bands()).isEmpty();
    }

    @Test
    void unitsAndHeadlinesAreDeclared() {
        Detection d = declared(GrowthFamily.LOGISTIC, 0.99);
        assertThat(d.info("saturation_views").unit()).isEqualTo(Unit.VIEWS);
        assertThat(d.info("bass_q_over_p").unit()).isEqualTo(Unit.RATIO);
        assertThat(d.info("r2").unit()).isEqualTo(Unit.COEFFICIENT);
        assertThat(d.metricInfo().entrySet().stream().filter(e -> e.getValue().headline()).map(e -> e.getKey()))
                .containsExactlyInAnyOrder("model", "saturation_views", "r2", "bass_q_over_p");
        assertThat(d.metricInfo().entrySet().stream().filter(e -> e.getValue().diagnostic()).map(e -> e.getKey()))
                .containsExactlyInAnyOrder("aicc", "days_fitted");
    }
}
