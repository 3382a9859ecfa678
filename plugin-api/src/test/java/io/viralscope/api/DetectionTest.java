package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DetectionTest {

    private static final Detector DETECTOR = new Detector() {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String version() {
            return "1.2.3";
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

    @Test
    void builderKeepsMetricsInOrderAndUnknownsAsNull() {
        Detection d = Detection.ok(DETECTOR).summary("Fine.").metric("model", "logistic").metric("r2", 0.9)
                .metricOrUnknown("shares_per_view", null).metricOrUnknown("bad", Double.NaN).build();
        assertThat(d.metrics()).containsKeys("model", "r2", "shares_per_view", "bad");
        assertThat(d.metrics().keySet()).containsExactly("model", "r2", "shares_per_view", "bad");
        assertThat(d.metrics().get("shares_per_view")).isNull();
        assertThat(d.metrics().get("bad")).isNull();
        assertThat(d.number("r2")).isEqualTo(0.9);
        assertThat(d.text("model")).isEqualTo("logistic");
        assertThat(d.detector()).isEqualTo("sample");
        assertThat(d.version()).isEqualTo("1.2.3");
    }

    @Test
    void refusesNaNAndInfinity() {
        assertThatThrownBy(() -> Detection.ok(DETECTOR).metric("r2", Double.NaN))
                .hasMessage("metric r2 must be a finite number but was NaN");
        assertThatThrownBy(() -> new Event("peak", Instant.EPOCH, Double.POSITIVE_INFINITY, "x"))
                .hasMessage("event peak must be a finite number but was Infinity");
        assertThatThrownBy(() -> new CurvePoint(Instant.EPOCH, Double.NaN))
                .hasMessage("curve point must be a finite number but was NaN");
    }

    @Test
    void refusesMetricNamesThatAreNotSnakeCase() {
        assertThatThrownBy(() -> Detection.ok(DETECTOR).metric("likesPerView", 1.0))
                .hasMessage("metric name 'likesPerView' must be snake_case");
    }

    @Test
    void snakeCaseIsLowerCaseWordsOfLettersAndDigitsJoinedByOneUnderscore() {
        for (String good : List.of("r2", "aicc_bass", "views_7d_low", "a", "x_1_y")) {
            assertThat(Detection.isSnakeCase(good)).as(good).isTrue();
        }
        for (String bad : List.of("", "_r2", "r2_", "aicc__bass", "2d", "Views", "views-7d", "views 7d", "vïews")) {
            assertThat(Detection.isSnakeCase(bad)).as(bad).isFalse();
            assertThat(bad.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*")).as(bad).isFalse();
        }
    }

    @Test
    void needsASummary() {
        assertThatThrownBy(() -> Detection.ok(DETECTOR).build())
                .hasMessage("detection of sample needs a summary sentence");
    }

    @Test
    void sortsEventsByTime() {
        Detection d = Detection.ok(DETECTOR).summary("s")
                .event("b", Instant.parse("2026-01-02T00:00:00Z"), 1, "b")
                .event("a", Instant.parse("2026-01-01T00:00:00Z"), 1, "a").build();
        assertThat(d.events()).extracting(Event::type).containsExactly("a", "b");
    }

    @Test
    void statusesHaveTheirWireNames() {
        assertThat(DetectionStatus.INSUFFICIENT_DATA.wireName()).isEqualTo("insufficient_data");
        assertThat(DetectionStatus.fromWireName("failed")).isEqualTo(DetectionStatus.FAILED);
        assertThat(DETECTOR.detect(new VideoSeries("abcdefghijk", "", java.util.List.of()),
                DetectorContext.empty()).status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
    }

    @Test
    void settingsNameTheKeyWhenAValueIsWrong() {
        DetectorSettings s = DetectorSettings.of("growth-curve", Map.of("starts", "many", "ratio", 7));
        assertThatThrownBy(() -> s.getInt("starts", 3, 1, 10))
                .hasMessage("Setting detectors.growth-curve.starts is 'many' but must be a whole number from 1 to 10.");
        assertThatThrownBy(() -> s.getDouble("ratio", 0.5, 0, 1))
                .hasMessage("Setting detectors.growth-curve.ratio is '7' but must be a number from 0.0 to 1.0.");
        assertThat(s.getInt("absent", 3, 1, 10)).isEqualTo(3);
    }

    @Test
    void apiVersionIsReleaseStyle() {
        assertThat(PluginApi.VERSION).matches("\\d+\\.\\d+\\.\\d+");
    }
}
