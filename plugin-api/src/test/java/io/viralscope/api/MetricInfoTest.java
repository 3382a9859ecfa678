package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricInfoTest {

    private static final Detector DETECTOR = new Detector() {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "A detector for tests.";
        }

        @Override
        public Detection detect(VideoSeries series, DetectorContext context) {
            return Detection.insufficientData(this, "Nothing to see.");
        }
    };

    private static final List<MetricBand> COMMENT_BANDS = List.of(new MetricBand(0, 0.0005, "low"),
            new MetricBand(0.0005, 0.003, "typical"), new MetricBand(0.003, 0.01, "high"),
            MetricBand.above(0.01, "very high"));

    @Test
    void aDetectionCarriesUnitsBandsAndHeadlinesOfItsMetrics() {
        Detection d = Detection.ok(DETECTOR).summary("s.").metric("comments_per_view", 0.004)
                .unit("comments_per_view", Unit.PERCENT).bands("comments_per_view", COMMENT_BANDS)
                .headline("comments_per_view").metric("r2", 0.9).build();
        MetricInfo info = d.info("comments_per_view");
        assertThat(info.unit()).isEqualTo(Unit.PERCENT);
        assertThat(info.headline()).isTrue();
        assertThat(info.bandOf(0.004).map(MetricBand::label)).contains("high");
        assertThat(info.bandOf(0.01).map(MetricBand::label)).contains("very high");
        assertThat(info.bandOf(0.0).map(MetricBand::label)).contains("low");
        assertThat(d.info("r2")).isEqualTo(MetricInfo.PLAIN);
    }

    @Test
    void aDeclarationForAMetricTheDetectionLacksIsRefused() {
        assertThatThrownBy(() -> Detection.ok(DETECTOR).summary("s.").unit("likes_per_view", Unit.PERCENT).build())
                .hasMessage("detection of sample describes metric 'likes_per_view' but has no such metric");
    }

    @Test
    void aDiagnosticMetricKeepsItsUnitAndIsNeverAHeadline() {
        Detection d = Detection.ok(DETECTOR).summary("s.").metric("aicc_bass", -12.5).metric("r2", 0.9)
                .unit("aicc_bass", Unit.COUNT).diagnostic("aicc_bass").headline("r2").build();
        assertThat(d.info("aicc_bass").diagnostic()).isTrue();
        assertThat(d.info("aicc_bass").unit()).isEqualTo(Unit.COUNT);
        assertThat(d.info("r2").diagnostic()).isFalse();
        assertThat(new MetricInfo(null, List.of(), true).diagnostic()).isFalse();
        assertThatThrownBy(() -> Detection.ok(DETECTOR).summary("s.").metric("r2", 0.9).headline("r2")
                .diagnostic("r2").build())
                .hasMessage("a headline metric cannot be diagnostic: the overview shows it for every video");
    }

    @Test
    void bandsMustBeInOrderAndEndAboveTheirStart() {
        assertThatThrownBy(() -> new MetricInfo(null, List.of(new MetricBand(0.5, 1.0, "b"),
                new MetricBand(0, 0.5, "a")), false))
                .hasMessage("band 'a' overlaps band 'b': bands must be in increasing order");
        assertThatThrownBy(() -> new MetricBand(1, 1.0, "empty"))
                .hasMessage("band 'empty' must end above 1.0 but ends at 1.0");
    }

    @Test
    void theEightPartConstructorOfApi10StillBuildsADetection() {
        Detection d = new Detection("sample", "1.0.0", DetectionStatus.OK, "s.", Map.of("r2", 0.5), List.of(),
                List.of(), List.of());
        assertThat(d.metricInfo()).isEmpty();
        assertThat(d.breakouts()).isEmpty();
    }

    @Test
    void breakoutSignalsTravelInTheDetection() {
        Instant at = Instant.parse("2026-11-20T00:00:00Z");
        Detection d = Detection.ok(DETECTOR).summary("s.")
                .breakout(BreakoutSignal.Kind.ACCELERATION, at, "Growth accelerated.").build();
        assertThat(d.breakouts()).containsExactly(new BreakoutSignal(BreakoutSignal.Kind.ACCELERATION, at,
                "Growth accelerated."));
        assertThat(BreakoutSignal.Kind.fromId("critical-burst")).isEqualTo(BreakoutSignal.Kind.CRITICAL_BURST);
        assertThat(Unit.fromWireName("views_per_day")).isEqualTo(Unit.VIEWS_PER_DAY);
    }
}
