package io.viralscope.plugins.inflection;

import io.viralscope.api.CurveQuantity;
import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Event;
import io.viralscope.api.FittedCurve;
import io.viralscope.api.Mechanism;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InflectionDetectorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private final InflectionDetector detector = new InflectionDetector();

    @Test
    void identifiesItself() {
        assertThat(detector.id()).isEqualTo("inflection");
        assertThat(detector.version()).isEqualTo("1.4.1");
        assertThat(detector.description()).endsWith(".");
    }

    @Test
    void theExtensionIndexNamesTheDetector() throws Exception {
        StringBuilder indexes = new StringBuilder();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = url.openStream()) {
                indexes.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(indexes.toString()).contains(InflectionDetector.class.getName());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("plugin.properties")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("plugin.id=inflection",
                    "plugin.version=1.4.1", "plugin.requires=>=1.8.0 & <2.0.0");
        }
    }

    @Test
    void anEmptySeriesIsInsufficientData() {
        Detection d = detect(new VideoSeries("abcdefghijk", "", List.of()));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("Finding a peak or change points needs at least 7 days of daily views, "
                + "but the series spans 0 days.");
    }

    @Test
    void oneSampleIsInsufficientData() {
        Detection d = detect(series(new long[] {1000}));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).contains("0 days");
    }

    @Test
    void sixDailyIncrementsAreTooFewAndSevenAreEnough() {
        Detection six = detect(series(new long[] {0, 10, 30, 60, 100, 150, 210}));
        assertThat(six.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(six.summary()).isEqualTo("Finding a peak or change points needs at least 7 days of daily views, "
                + "but the series spans 6 days.");
        Detection d = detect(series(new long[] {0, 10, 30, 60, 100, 150, 210, 280}));
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.events("peak")).hasSize(1);
        assertThat(d.events("peak").get(0).value()).isEqualTo(70);
    }

    @Test
    void aConstantCountHasNothingToFind() {
        Detection d = detect(series(new long[] {500, 500, 500, 500, 500, 500, 500, 500, 500, 500}));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("The view count stayed the same over all 9 days, so there is no peak or "
                + "change to find; it needs views to grow on at least one day.");
    }

    @Test
    void decreasingCountsAreCarriedForwardNotReadAsNegativeViews() {
        long[] views = new long[40];
        for (int i = 0; i < views.length; i++) {
            views[i] = 1000L * i + (i == 20 ? -5000 : 0);
        }
        Detection d = detect(series(views));
        assertThat(d.isOk()).isTrue();
        assertThat(d.number("peak_daily_views")).isGreaterThan(0);
        assertFinite(d);
        assertThat(d.events("shock")).isEmpty();
    }

    @Test
    void aTrillionViewsGivesFiniteFigures() {
        Simulation sim = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.EXOGENOUS_CRITICAL)
                .scale(5e11).dispersion(Double.POSITIVE_INFINITY).build());
        assertThat(sim.series().last().orElseThrow().views()).isGreaterThan(1_000_000_000_000L);
        Detection d = detect(sim.series());
        assertThat(d.isOk()).isTrue();
        assertFinite(d);
        assertThat(d.events("shock")).hasSize(1);
        assertThat(SimulatedSeries.day(sim.truth(), d.events("shock").get(0))).isEqualTo(sim.truth().shockDay());
        assertThat(d.number("noise_sigma")).isEqualTo(NoiseScale.FLOOR);
    }

    @Test
    void daysInsideAGapAreNotAnalysedAndCarryNoEvent() {
        Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.EXOGENOUS_SUBCRITICAL, 4);
        int shock = sim.truth().shockDay();
        List<Sample> kept = new ArrayList<>();
        List<Sample> all = sim.series().samples();
        for (int i = 0; i < all.size(); i++) {
            if (i <= 60 || i >= 75) {
                kept.add(all.get(i));
            }
        }
        Detection d = detect(new VideoSeries(sim.series().videoId(), "", kept));
        assertThat(d.isOk()).isTrue();
        // Samples 61-74 are missing: increments 60 to 74 touch interpolated grid points.
        assertThat(d.number("days_analysed")).isEqualTo(90 - 15);
        assertThat(d.metricInfo().get("days_analysed").diagnostic()).isTrue(); // the report gives the window
        for (Event e : d.events()) {
            int day = SimulatedSeries.day(sim.truth(), e);
            assertThat(day < 60 || day > 74).as("%s on day %d", e, day).isTrue();
        }
        assertThat(SimulatedSeries.days(sim.truth(), d.events("shock"))).contains(shock);
    }

    @Test
    void aSeriesMostlyInsideGapsIsInsufficientData() {
        List<Sample> samples = List.of(Sample.ofViews(T0, 0), Sample.ofViews(T0.plus(Duration.ofDays(30)), 3000),
                Sample.ofViews(T0.plus(Duration.ofDays(31)), 3100));
        Detection d = detect(new VideoSeries("abcdefghijk", "", samples));
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("Finding a peak or change points needs at least 7 days of daily views "
                + "outside gaps between samples, but the series has 1 of 31, so sample the video daily.");
    }

    @Test
    void unknownLikesAndCommentsDoNotMatter() {
        Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.LOGISTIC, 8);
        Simulation hidden = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).seed(8)
                .likesHidden(true).commentsDisabled(true).build());
        assertThat(detect(hidden.series())).isEqualTo(detect(sim.series()));
    }

    @ParameterizedTest
    @EnumSource(SimulatedMechanism.class)
    void everyEventLiesInsideTheWindowAndEveryFigureIsFinite(SimulatedMechanism mechanism) {
        for (long seed = 1; seed <= 10; seed++) {
            Simulation sim = Simulator.simulate(SimulationSpec.of(mechanism, 30 + 15 * (int) seed, seed));
            Detection d = detect(sim.series());
            Instant first = sim.series().firstAt().orElseThrow();
            Instant last = sim.series().lastAt().orElseThrow();
            assertThat(d.isOk()).isTrue();
            assertThat(d.events()).allSatisfy(e -> assertThat(e.at()).isBetween(first, last));
            assertThat(d.events("peak")).hasSize(1);
            assertThat(d.metrics()).containsKeys("peak_daily_views", "changepoint_count", "shock_count",
                    "growth_rate_first_segment", "growth_rate_last_segment");
            assertThat(d.number("shock_count")).isEqualTo(d.events("shock").size());
            assertThat(d.curves()).extracting(FittedCurve::quantity).containsOnly(CurveQuantity.DAILY_VIEWS);
            assertThat(d.curves()).allSatisfy(c -> assertThat(c.size()).isEqualTo(sim.truth().days()));
            assertThat(d.evidence()).allSatisfy(e -> assertThat(e.weight()).isBetween(0.1, 0.5));
            assertThat(d.summary()).startsWith("Daily views peaked at ").endsWith(".");
            assertFinite(d);
        }
    }

    @Test
    void evidenceReadsTheShapeModestly() {
        assertThat(mainEvidence(SimulatedMechanism.EXOGENOUS_SUBCRITICAL)).isEqualTo(Mechanism.TASTEMAKER_SHOCK);
        assertThat(mainEvidence(SimulatedMechanism.BASS_WORD_OF_MOUTH))
                .isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
        assertThat(mainEvidence(SimulatedMechanism.ENDOGENOUS_CRITICAL))
                .isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
        assertThat(mainEvidence(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL)).isEqualTo(Mechanism.ORGANIC_BASELINE);
    }

    @Test
    void theShockSentenceNamesDayAndSize() {
        Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.EXOGENOUS_CRITICAL, 1);
        Detection d = detect(sim.series());
        String day = sim.truth().instantOfDay(sim.truth().shockDay()).toString().substring(0, 10);
        assertThat(d.evidence().get(0).finding()).startsWith("A one-day jump to ").contains(" views on " + day)
                .endsWith(" the expected day, then decay.");
        assertThat(d.summary()).contains("1 shock (first on " + day + ")");
    }

    @Test
    void theSameSeriesGivesTheSameDetection() {
        Simulation sim = SimulatedSeries.simulate(SimulatedMechanism.RATE_CHANGE, 3);
        assertThat(detect(sim.series())).isEqualTo(detect(sim.series()));
    }

    @Test
    void concurrentCallsOnOneInstanceAgreeWithSequentialOnes() throws Exception {
        List<VideoSeries> inputs = new ArrayList<>();
        for (SimulatedMechanism m : SimulatedMechanism.values()) {
            for (long seed = 1; seed <= 6; seed++) {
                inputs.add(SimulatedSeries.simulate(m, seed).series());
            }
        }
        List<Detection> sequential = inputs.stream().map(this::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Detection>> futures = new ArrayList<>();
                for (VideoSeries s : inputs) {
                    futures.add(pool.submit(() -> detect(s)));
                }
                for (int i = 0; i < inputs.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsChangeTheSearchAndBadValuesAreNamed() {
        VideoSeries s = SimulatedSeries.simulate(SimulatedMechanism.LOGISTIC, 2).series();
        Detection loose = detector.detect(s, DetectorContext.of("inflection", Map.of("penalty-factor", 0.2)));
        Detection strict = detector.detect(s, DetectorContext.of("inflection", Map.of("penalty-factor", 50)));
        assertThat(loose.number("changepoint_count")).isGreaterThan(strict.number("changepoint_count"));
        assertThatThrownBy(() -> detector.detect(s, DetectorContext.of("inflection",
                Map.of("min-segment-days", 1))))
                .isInstanceOf(DetectorSettings.InvalidSettingException.class)
                .hasMessage("Setting detectors.inflection.min-segment-days is '1' but must be a whole number "
                        + "from 3 to 60.");
    }

    private Mechanism mainEvidence(SimulatedMechanism family) {
        Map<Mechanism, Integer> votes = new java.util.EnumMap<>(Mechanism.class);
        for (long seed = 1; seed <= 10; seed++) {
            SimulatedSeries.detect(SimulatedSeries.simulate(family, seed)).evidence()
                    .forEach(e -> votes.merge(e.mechanism(), 1, Integer::sum));
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 8).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private Detection detect(VideoSeries s) {
        return detector.detect(s, DetectorContext.empty());
    }

    private static VideoSeries series(long[] views) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < views.length; i++) {
            samples.add(Sample.ofViews(T0.plus(Duration.ofDays(i)), Math.max(0, views[i])));
        }
        return new VideoSeries("abcdefghijk", "test", samples);
    }

    private static void assertFinite(Detection d) {
        d.metrics().values().forEach(v -> {
            if (v instanceof Double x) {
                assertThat(x).isFinite();
            }
        });
        d.events().forEach(e -> assertThat(e.value()).isFinite());
        d.curves().forEach(c -> assertThat(java.util.Arrays.stream(c.values()).allMatch(Double::isFinite)).isTrue());
    }
}
