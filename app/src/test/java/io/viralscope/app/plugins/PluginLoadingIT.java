package io.viralscope.app.plugins;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the built plugin jars exactly as the shipped application does. PF4J reports a plugin STARTED even when
 * its extensions are missing, so this checks every built-in detector is actually found and runs.
 */
public class PluginLoadingIT {

    public static final List<String> BUILT_IN = List.of("campaign", "engagement", "forecast", "growth-curve",
            "inflection", "mechanism");

    /** The built-in cohort detectors: findings across the selected videos. */
    public static final List<String> BUILT_IN_COHORT = List.of("shared-events");

    static Path pluginsDir() {
        return Path.of(System.getProperty("viralscope.test.plugins"));
    }

    @Test
    void everyBuiltInDetectorIsFoundAndEveryJarContributes() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(pluginsDir())) {
            jars = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
        try (PluginHost host = PluginHost.load(pluginsDir())) {
            assertThat(host.problems()).isEmpty();
            assertThat(host.detectors()).extracting(d -> d.detector().id()).containsAll(BUILT_IN);
            assertThat(host.cohortDetectors()).extracting(d -> d.detector().id()).containsAll(BUILT_IN_COHORT);
            assertThat(host.statuses()).hasSize(jars.size()).allSatisfy(s -> {
                assertThat(s.state()).isEqualTo("started");
                assertThat(s.detectors()).isNotEmpty();
            });
        }
    }

    @Test
    void everyBuiltInDetectorRunsOnALogisticSeries() {
        List<Sample> samples = new ArrayList<>();
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 60; i++) {
            long views = Math.round(1_000_000 / (1 + Math.exp(-0.2 * (i - 30))));
            samples.add(new Sample(t0.plusSeconds(86_400L * i), views, views / 30, views / 500, null));
        }
        // with a flight declared, so the campaign detector fits its model too
        VideoSeries s = new VideoSeries("dQw4w9WgXcQ", "logistic", samples).withPaidMedia(null, List.of(
                new io.viralscope.api.CampaignFlight("spring", io.viralscope.api.CampaignFlight.Stimulus.DAYS_ONLY, null,
                        java.time.LocalDate.parse("2026-03-21"), List.of(1.0, 1.0, 1.0, 1.0, 1.0))), List.of());
        try (PluginHost host = PluginHost.load(pluginsDir())) {
            for (LoadedDetector d : host.detectors()) {
                Detection det = d.detector().detect(s, DetectorContext.empty());
                assertThat(det.detector()).isEqualTo(d.detector().id());
                assertThat(det.isOk()).as(det.detector() + ": " + det.summary()).isTrue();
            }
            Detection growth = host.detectors().stream().filter(d -> d.detector().id().equals("growth-curve"))
                    .findFirst().orElseThrow().detector().detect(s, DetectorContext.empty());
            assertThat(growth.text("model")).isEqualTo("logistic");
        }
    }
}
