package io.viralscope.simulator;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTest {

    @ParameterizedTest
    @EnumSource(SimulatedMechanism.class)
    void theSameSpecGivesTheSameSimulation(SimulatedMechanism mechanism) {
        SimulationSpec spec = SimulationSpec.builder(mechanism).seed(42).shares(true).build();
        Simulation first = Simulator.simulate(spec);
        Simulation second = Simulator.simulate(spec);
        assertThat(second).isEqualTo(first);
        assertThat(second.toCsv()).isEqualTo(first.toCsv());
        assertThat(second.truthJson()).isEqualTo(first.truthJson());
    }

    @ParameterizedTest
    @EnumSource(SimulatedMechanism.class)
    void differentSeedsGiveDifferentSeries(SimulatedMechanism mechanism) {
        VideoSeries a = Simulator.simulate(SimulationSpec.of(mechanism, 60, 1)).series();
        VideoSeries b = Simulator.simulate(SimulationSpec.of(mechanism, 60, 2)).series();
        assertThat(a.samples()).isNotEqualTo(b.samples());
        assertThat(a.videoId()).isNotEqualTo(b.videoId());
    }

    @Test
    void fixingOneOptionLeavesTheOtherDrawsAlone() {
        GroundTruth drawn = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC, 90, 5)).truth();
        GroundTruth fixed = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).seed(5)
                .scale(1234.0).build()).truth();
        assertThat(fixed.scale()).isEqualTo(1234.0);
        assertThat(fixed.likeRate()).isEqualTo(drawn.likeRate());
        assertThat(fixed.parameters().get("growth_rate")).isEqualTo(drawn.parameters().get("growth_rate"));
    }

    @ParameterizedTest
    @EnumSource(SimulatedMechanism.class)
    void seriesHasOneSampleADayAndNonDecreasingCounts(SimulatedMechanism mechanism) {
        Instant start = Instant.parse("2025-06-01T12:00:00Z");
        Simulation sim = Simulator.simulate(SimulationSpec.builder(mechanism).days(30).seed(3).start(start)
                .shares(true).build());
        List<Sample> samples = sim.series().samples();
        assertThat(samples).hasSize(31);
        assertThat(samples.get(0).at()).isEqualTo(start);
        assertThat(samples.get(30).at()).isEqualTo(Instant.parse("2025-07-01T12:00:00Z"));
        for (int i = 1; i < samples.size(); i++) {
            Sample prev = samples.get(i - 1);
            Sample s = samples.get(i);
            assertThat(s.views()).isGreaterThanOrEqualTo(prev.views());
            assertThat(s.likes()).isGreaterThanOrEqualTo(prev.likes()).isLessThanOrEqualTo(s.views());
            assertThat(s.comments()).isGreaterThanOrEqualTo(prev.comments()).isLessThanOrEqualTo(s.views());
            assertThat(s.shares()).isGreaterThanOrEqualTo(prev.shares()).isLessThanOrEqualTo(s.views());
        }
        assertThat(sim.truth().days()).isEqualTo(30);
        assertThat(sim.truth().instantOfDay(0)).isEqualTo(samples.get(0).at());
    }

    @Test
    void likesAreABinomialThinningOfViewsAtTheTrueRate() {
        int outside = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Simulation sim = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.GOMPERTZ, 90, seed));
            Sample last = sim.series().last().orElseThrow();
            double p = sim.truth().likeRate();
            double se = Math.sqrt(p * (1 - p) / last.views());
            if (Math.abs((double) last.likes() / last.views() - p) > 1.96 * se) {
                outside++;
            }
        }
        // 95% intervals around the truth: about 2 of 40 outside; 8 or more would mean the thinning is wrong.
        assertThat(outside).isLessThan(8);
    }

    @Test
    void hiddenLikesDisabledCommentsAndMissingSharesAreUnknownNotZero() {
        Simulation sim = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.STEP_CHANGE)
                .likesHidden(true).commentsDisabled(true).build());
        assertThat(sim.series().samples()).allSatisfy(s -> {
            assertThat(s.likes()).isNull();
            assertThat(s.comments()).isNull();
            assertThat(s.shares()).isNull();
        });
        assertThat(sim.truth().likesHidden()).isTrue();
        assertThat(sim.truth().shareRate()).isNull();
        assertThat(sim.toCsv().lines().skip(1)).allSatisfy(row -> assertThat(row).contains(",,,"));
    }

    @Test
    void aTrillionViewVideoKeepsExactCounts() {
        Simulation sim = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).scale(1e12)
                .days(60).build());
        Sample last = sim.series().last().orElseThrow();
        assertThat(last.views()).isGreaterThan(1_000_000_000_000L);
        assertThat(last.likes()).isBetween(1L, last.views());
    }

    @Test
    void videoIdLooksLikeAYouTubeIdAndDependsOnEverythingThatShapesTheSeries() {
        String a = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC, 30, 9)).series().videoId();
        String b = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.GOMPERTZ, 30, 9)).series().videoId();
        assertThat(a).matches("[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]");
        assertThat(b).matches("[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]").isNotEqualTo(a);
        assertThat(Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC, 30, 9)).series().videoId())
                .as("the same simulation, the same id").isEqualTo(a);
        // other days or another scale make another series, so another id: both import into one store
        assertThat(Simulator.simulate(SimulationSpec.of(SimulatedMechanism.LOGISTIC, 40, 9)).series().videoId())
                .isNotEqualTo(a);
        assertThat(Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).days(30).seed(9)
                .scale(5_000.0).build()).series().videoId()).isNotEqualTo(a);
        String given = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).days(30)
                .videoId("dQw4w9WgXcQ").build()).series().videoId();
        assertThat(given).isEqualTo("dQw4w9WgXcQ");
    }

    @Test
    void csvFollowsTheImportSchema(@TempDir Path dir) throws Exception {
        Simulation sim = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.RATE_CHANGE, 20, 4));
        Path csv = dir.resolve("out/rate.csv");
        sim.writeCsv(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("video_id,timestamp,view_count,like_count,comment_count,title");
        assertThat(lines).hasSize(22);
        Sample first = sim.series().samples().get(0);
        assertThat(lines.get(1)).isEqualTo(sim.series().videoId() + ",2026-01-01T00:00:00Z," + first.views() + ","
                + first.likes() + "," + first.comments() + "," + sim.series().title());
        assertThat(lines.subList(1, lines.size()))
                .allMatch(l -> l.matches("[A-Za-z0-9_-]{11},\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,\\d+,\\d+,\\d+,.+"));
    }

    @Test
    void csvHasAShareColumnOnlyWhenSharesAreSimulated() {
        String csv = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.LOGISTIC).shares(true).build())
                .toCsv();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("video_id,timestamp,view_count,like_count,comment_count,share_count,title");
    }

    @Test
    void csvQuotesFieldsPerRfc4180() {
        assertThat(ImportCsv.quote("plain")).isEqualTo("plain");
        assertThat(ImportCsv.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
    }

    @Test
    void truthJsonNamesEveryFieldAndWritesUnknownsAsNull(@TempDir Path dir) throws Exception {
        Simulation sim = Simulator.simulate(SimulationSpec.builder(SimulatedMechanism.EXOGENOUS_SUBCRITICAL)
                .seed(8).dispersion(Double.POSITIVE_INFINITY).build());
        Path json = Simulation.truthPathBeside(dir.resolve("exo.csv"));
        assertThat(json.getFileName().toString()).isEqualTo("exo.truth.json");
        sim.writeTruthJson(json);
        String text = Files.readString(json);
        GroundTruth truth = sim.truth();
        assertThat(text)
                .startsWith("{\n").endsWith("}\n")
                .contains("\"mechanism\": \"exogenous-subcritical\"")
                .contains("\"video_id\": \"" + truth.videoId() + "\"")
                .contains("\"shock_day\": " + truth.shockDay())
                .contains("\"shock_at\": \"" + truth.instantOfDay(truth.shockDay()) + "\"")
                .contains("\"inflection_day\": null")
                .contains("\"noise\": \"poisson\"", "\"dispersion\": null")
                .contains("\"relaxation_exponent\": " + truth.relaxationExponent())
                .contains("\"asymptotic_relaxation_exponent\": 1.4")
                .contains("\"branching_ratio\": " + truth.branchingRatio())
                .contains("\"like_rate\": " + truth.likeRate())
                .contains("\"change_point_days\": []")
                .doesNotContain("NaN", "Infinity");
        // Balanced braces and one key per line: a JSON object a person can read.
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(JsonText.string("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
        assertThat(JsonText.number(Double.NaN)).isEqualTo("null");
        assertThat(JsonText.number(3.0)).isEqualTo("3");
        assertThat(JsonText.number(0.25)).isEqualTo("0.25");
    }

    @Test
    void mechanismNamesAreKebabCaseAndRoundTrip() {
        assertThat(Simulator.mechanismNames()).containsExactly("logistic", "gompertz", "bass-word-of-mouth",
                "bass-external-push", "exogenous-critical", "exogenous-subcritical", "endogenous-critical",
                "endogenous-subcritical", "step-change", "rate-change", "critical-background");
        for (String name : Simulator.mechanismNames()) {
            assertThat(SimulatedMechanism.fromName(" " + name.toUpperCase() + " ").cliName()).isEqualTo(name);
        }
    }

    @Test
    void anUnknownMechanismNameIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> SimulatedMechanism.fromName("viral"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown mechanism 'viral'; use one of: logistic, gompertz, bass-word-of-mouth, "
                        + "bass-external-push, exogenous-critical, exogenous-subcritical, endogenous-critical, "
                        + "endogenous-subcritical, step-change, rate-change, critical-background.");
    }

    @Test
    void badOptionsAreRefusedWithASentenceNamingTheValue() {
        SimulationSpec.Builder b = SimulationSpec.builder(SimulatedMechanism.LOGISTIC);
        assertThatThrownBy(() -> b.days(5).build()).hasMessage(
                "days must be from 14 to 3650 so the mechanism has room to show its shape, but was 5.");
        b.days(90);
        assertThatThrownBy(() -> b.scale(0.0).build()).hasMessageContaining("but was 0.0.");
        b.scale(null);
        assertThatThrownBy(() -> b.videoId("short").build()).hasMessageContaining("but was 'short'.");
        b.videoId(null);
        assertThatThrownBy(() -> b.likeRate(1.5).build()).hasMessage("like rate must be from 0 to 1 but was 1.5.");
        b.likeRate(null);
        assertThatThrownBy(() -> b.dispersion(-1.0).build()).hasMessageContaining("but was -1.0.");
    }
}
