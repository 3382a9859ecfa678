package io.viralscope.app.report.html;

import io.viralscope.api.MetricBand;
import io.viralscope.api.MetricInfo;
import io.viralscope.api.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricTextTest {

    @Test
    void aMetricReadsInTheUnitItsDetectionDeclares() {
        assertThat(MetricText.withUnit(0.012, Unit.PERCENT)).isEqualTo("1.2%");
        assertThat(MetricText.withUnit(0.058, Unit.PERCENT_PER_DAY)).isEqualTo("5.8% a day");
        assertThat(MetricText.withUnit(1_209_000, Unit.VIEWS)).isEqualTo("1.21M views");
        assertThat(MetricText.withUnit(12_300, Unit.VIEWS_PER_DAY)).isEqualTo("12.3k views a day");
        assertThat(MetricText.withUnit(1, Unit.DAYS)).isEqualTo("1 day");
        assertThat(MetricText.withUnit(14, Unit.DAYS)).isEqualTo("14 days");
        assertThat(MetricText.withUnit(14, Unit.RATIO)).isEqualTo("×14");
        assertThat(MetricText.withUnit(7.7e-14, Unit.RATIO)).isEqualTo("< ×0.01");
        assertThat(MetricText.withUnit(3, Unit.COUNT)).isEqualTo("3");
        assertThat(MetricText.withUnit(-0.01971, Unit.COEFFICIENT)).isEqualTo("−0.02");
        // no unit declared: a plain number, whatever the metric's name says
        assertThat(MetricText.of(0.004, MetricInfo.PLAIN)).isEqualTo("0.004");
        assertThat(MetricText.of(null, MetricInfo.PLAIN)).isEqualTo("unknown");
    }

    @Test
    void aBandedMetricNamesItsBandAndTheBandsReadInTheUnit() {
        MetricInfo comments = new MetricInfo(Unit.PERCENT, List.of(new MetricBand(0, 0.0005, "low"),
                new MetricBand(0.0005, 0.003, "typical"), new MetricBand(0.003, Math.nextUp(0.01), "high"),
                MetricBand.above(Math.nextUp(0.01), "very high")), true);
        assertThat(MetricText.of(0.004, comments)).isEqualTo("0.4% (high)");
        assertThat(MetricText.bands(comments)).containsExactly("low < 0.05%", "typical 0.05–0.3%", "high 0.3–1%",
                "very high > 1%");
    }
}
