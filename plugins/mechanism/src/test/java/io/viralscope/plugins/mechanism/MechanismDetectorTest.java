package io.viralscope.plugins.mechanism;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectionStatus;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.DetectorSettings;
import io.viralscope.api.Event;
import io.viralscope.api.Mechanism;
import io.viralscope.api.MechanismEvidence;
import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.simulator.SimulatedMechanism;
import io.viralscope.simulator.Simulation;
import io.viralscope.simulator.SimulationSpec;
import io.viralscope.simulator.Simulator;
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

class MechanismDetectorTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private final MechanismDetector detector = new MechanismDetector();

    @Test
    void identifiesItself() {
        assertThat(detector.id()).isEqualTo("mechanism");
        assertThat(detector.version()).isEqualTo("1.6.1");
    }

    @Test
    void aCriticalCascadeOnASteadyBackgroundIsEndogenousCritical() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.CRITICAL_BACKGROUND, 180, 1));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.text("class")).isEqualTo("endogenous-critical");
        assertThat(d.summary()).isEqualTo("Endogenous critical: views grew 1.9 times over the window with no shock "
                + "and no single burst, each view bringing about one more: a critical cascade on a steady background "
                + "(branching ratio 1.02, 93% confidence).");
        assertThat(d.events("peak")).isEmpty();
        assertThat(d.breakouts()).singleElement().satisfies(b -> assertThat(b.finding())
                .isEqualTo("the dynamics are endogenous-critical (branching ratio 1.02), a cascade that feeds itself."));
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.COMMUNITY_WORD_OF_MOUTH);
            assertThat(e.finding()).isEqualTo("Views kept growing without a shock or a single burst (branching ratio "
                    + "1.02): overlapping cascades of word of mouth.");
        });
        // settings and statistics behind the class are diagnostic; the answers are not
        assertThat(List.of("response_horizon_days", "kernel_shift_days", "burst_significance", "buildup"))
                .allSatisfy(m -> assertThat(d.metricInfo().get(m).diagnostic()).as(m).isTrue());
        assertThat(List.of("branching_ratio", "class", "baseline_daily_views"))
                .allSatisfy(m -> assertThat(d.metricInfo().get(m) == null || !d.metricInfo().get(m).diagnostic())
                        .as(m).isTrue());
    }

    @Test
    void aLevelStepIsAnOutsideShiftNotACascade() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.STEP_CHANGE, 180, 2));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.text("class")).isEqualTo("exogenous-subcritical");
        assertThat(d.summary()).isEqualTo("Outside shift: daily views stepped up from about 4614 to 17.3k views a day "
                + "on 2026-05-02 and stayed there; allowing for that change of outside inflow, each view brings only "
                + "0.25 more, far below the critical 0.75, so no cascade drives the views (exogenous subcritical, 95% "
                + "confidence).");
        assertThat(d.breakouts()).isEmpty();
        assertThat(d.events("level-shift")).singleElement().satisfies(e -> assertThat(e.at())
                .isEqualTo(s.truth().instantOfDay(s.truth().changePointDays().get(0))));
        assertThat(d.evidence()).singleElement().satisfies(e -> assertThat(e.mechanism())
                .isEqualTo(Mechanism.EXTERNAL_PUSH));
    }

    @Test
    void aRateChangeIsAnOutsideDriveNotACascade() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.RATE_CHANGE, 180, 5));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.text("class")).isEqualTo("exogenous-subcritical");
        assertThat(d.summary()).isEqualTo("Outside drive changing rate: daily views rose 2.7% a day until 2026-03-28 "
                + "and fell 3.7% a day after, two exponentials that fit to within the day-to-day noise, so the burst is "
                + "an outside push, not a self-exciting cascade (exogenous subcritical; by shape alone endogenous "
                + "critical, branching ratio 1.14, 95% confidence).");
        assertThat(d.breakouts()).isEmpty();
        assertThat(d.events("rate-change")).singleElement().satisfies(e -> assertThat(e.label())
                .isEqualTo("growth rate change: +2.7% to −3.7% a day"));
    }

    @Test
    void aFadingPushIsNoBreakout() {
        int fading = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.BASS_EXTERNAL_PUSH, 90, seed));
            Detection d = detector.detect(s.series(), DetectorContext.empty());
            if (d.summary().startsWith("Outside push fading")) {
                fading++;
                assertThat(d.text("class")).isEqualTo("exogenous-subcritical");
                assertThat(d.breakouts()).isEmpty();
            }
        }
        assertThat(fading).isPositive();
    }

    @Test
    void exogenousCriticalShockIsReportedWithItsPeakAndEvidence() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.EXOGENOUS_CRITICAL, 90, 11));
        Detection d = detector.detect(s.series(), DetectorContext.empty());

        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.text("class")).isEqualTo("exogenous-critical");
        assertThat(d.metrics()).containsKeys("branching_ratio", "decay_exponent", "endogenous_response",
                "burst_weight", "powerlaw_vs_exponential", "confidence");
        assertThat(d.number("powerlaw_vs_exponential")).as("a critical cascade relaxes as a power law").isPositive();
        List<Event> peaks = d.events("peak");
        assertThat(peaks).hasSize(1);
        assertThat(peaks.get(0).at()).isEqualTo(s.truth().instantOfDay(s.truth().shockDay()));
        assertThat(d.evidence()).extracting(MechanismEvidence::mechanism)
                .containsExactly(Mechanism.TASTEMAKER_SHOCK, Mechanism.COMMUNITY_WORD_OF_MOUTH);
        double confidence = d.number("confidence");
        assertThat(d.evidence().get(0).weight()).isEqualTo(confidence);
        assertThat(d.evidence().get(1).weight()).isCloseTo(0.4 * confidence, within(1e-12));
        assertThat(d.summary()).startsWith("Exogenous critical: a shock on "
                + s.truth().instantOfDay(s.truth().shockDay()).toString().substring(0, 10));
    }

    @Test
    void aClearWordOfMouthBurstClaimsNoMoreThanTheVerdictCap() {
        // a clear Bass build-up whose classifier margins give more than 95%: the card and the evidence say 95%,
        // the verdict's cap
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.BASS_WORD_OF_MOUTH, 90, 5));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.text("class")).isEqualTo("endogenous-critical");
        assertThat(d.number("confidence")).isEqualTo(MechanismDetector.MAX_CONFIDENCE);
        assertThat(d.evidence().get(0).weight()).isEqualTo(0.95);
        assertThat(d.summary()).endsWith(", 95% confidence).");
    }

    @Test
    void endogenousResponseIsOneOverOneMinusNBelowCriticality() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.EXOGENOUS_SUBCRITICAL, 90, 3));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        double n = d.number("branching_ratio");
        assertThat(n).isLessThan(1);
        assertThat(d.number("endogenous_response")).isCloseTo(1 / (1 - n), within(1e-9));
        assertThat(d.number("endogenous_response_within_horizon")).isLessThan(1 / (1 - n)).isGreaterThan(1);
        assertThat(d.evidence()).extracting(MechanismEvidence::mechanism).containsExactly(Mechanism.TASTEMAKER_SHOCK);
    }

    @Test
    void steadyTrickleHasNoPeakEventAndSupportsOrganicBaseline() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.ENDOGENOUS_SUBCRITICAL, 90, 5));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.text("class")).isEqualTo("endogenous-subcritical");
        assertThat(d.events()).isEmpty();
        assertThat(d.metrics()).containsEntry("decay_exponent", null).containsEntry("powerlaw_vs_exponential", null);
        assertThat(d.evidence()).extracting(MechanismEvidence::mechanism).containsExactly(Mechanism.ORGANIC_BASELINE);
        assertThat(d.summary()).startsWith("Endogenous subcritical: no significant burst");
    }

    @Test
    void wordOfMouthBuildUpIsEndogenousCritical() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.ENDOGENOUS_CRITICAL, 120, 9));
        Detection d = detector.detect(s.series(), DetectorContext.empty());
        assertThat(d.text("class")).isEqualTo("endogenous-critical");
        assertThat(d.number("buildup")).isGreaterThan(0.25);
        assertThat(d.evidence()).extracting(MechanismEvidence::mechanism)
                .containsExactly(Mechanism.COMMUNITY_WORD_OF_MOUTH);
    }

    @Test
    void aBuildUpThatPeakedDuringADeclaredPaidFlightIsThatPushNotWordOfMouth() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.ENDOGENOUS_CRITICAL, 120, 9));
        Event peak = detector.detect(s.series(), DetectorContext.empty()).events("peak").get(0);
        java.time.LocalDate day = peak.at().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        VideoSeries paid = s.series().withPaidMedia(null, List.of(new io.viralscope.api.CampaignFlight("ramp",
                io.viralscope.api.CampaignFlight.Stimulus.DAYS_ONLY, null, day.minusDays(10),
                java.util.Collections.nCopies(13, 1.0))), List.of());

        Detection d = detector.detect(paid, DetectorContext.empty());
        // the shape still reads word of mouth; the declared cause decides the evidence
        assertThat(d.text("class")).isEqualTo("endogenous-critical");
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH);
            assertThat(e.finding()).startsWith("The burst peaked on " + day + ", during the declared paid flight of"
                    + " ramp (" + day.minusDays(10) + " to " + day.plusDays(2) + "): its rise is that push, not"
                    + " the endogenous critical spread its shape alone reads (branching ratio ");
        });
        assertThat(d.summary()).endsWith(" The peak fell during the declared paid flight of ramp ("
                + day.minusDays(10) + " to " + day.plusDays(2) + "), so the burst is read as that push, whatever"
                + " its shape.");
        assertThat(d.episodes()).filteredOn(e -> e.label().contains(", during the declared paid flight of ramp"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.mechanism()).isEqualTo(Mechanism.EXTERNAL_PUSH));
        // the same series without the flight is a critical burst, a breakout; a paid peak is none
        assertThat(detector.detect(s.series(), DetectorContext.empty()).breakouts()).isNotEmpty();
        assertThat(d.breakouts()).isEmpty();
    }

    @Test
    void tooShortSeriesIsInsufficientData() {
        Detection d = detector.detect(daily(14, k -> 1000L * k), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("Telling how a video spread needs at least 14 days of daily views, but "
                + "the series spans 13 days.");
    }

    @Test
    void flatSeriesIsInsufficientData() {
        Detection d = detector.detect(daily(40, k -> 777L), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("The view count stayed the same over all 39 days, so there is no spread "
                + "to explain; it needs views to grow on at least one day.");
    }

    @Test
    void burstOnTheLastDaysIsInsufficientData() {
        // steady 1,000 a day, and 40,000 on day 36 of 39
        Detection d = detector.detect(daily(40, k -> 1000L * k + (k >= 37 ? 39_000L : 0)),
                DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).isEqualTo("Daily views peaked 2 days before the end, so the relaxation that tells "
                + "the mechanism apart is not visible yet: it needs at least 4 days of daily views after the peak, "
                + "and the series has 2.");
    }

    @Test
    void aSpikeWithNothingAfterItHasNoExponent() {
        // 100,000 views on one day and none before or after: it faded at once, but there is no decay to fit
        Detection d = detector.detect(daily(40, k -> k >= 2 ? 100_000L : 0L), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.OK);
        assertThat(d.metrics()).containsEntry("decay_exponent", null).containsEntry("powerlaw_vs_exponential", null);
        assertThat(d.summary()).doesNotContain("relaxation exponent");
    }

    @Test
    void aBuildUpWithAFarSubcriticalBranchingRatioCannotBeTold() {
        // samples three days apart blur a one-day jump into a three-day rise that looks like a build-up
        List<Sample> s = new ArrayList<>();
        long[] views = {0, 1000, 2000, 3000, 50_000, 50_100, 50_200, 50_300, 50_400, 50_500, 50_600, 50_700, 50_800,
                50_900};
        for (int i = 0; i < views.length; i++) {
            s.add(Sample.ofViews(START.plus(Duration.ofDays(3L * i)), views[i]));
        }
        Detection d = detector.detect(new VideoSeries("gappygappy1", "blurred jump", s), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).matches("Views rose to a peak on 2026-03-\\d\\d, but the fitted branching ratio "
                + "\\(0\\.\\d\\d\\) is far below the critical level \\(0\\.75\\) a word-of-mouth build-up needs: "
                + "the findings contradict each other, so the mechanism cannot be told\\.");
    }

    @Test
    void noBurstWithACriticalBranchingRatioCannotBeTold() {
        // about 1.4 views a day (1, 1, 2, 1, 2, ...): the fit's branching ratio comes out above 1, which is noise
        long[] views = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 13, 15, 16, 18, 19, 21, 22, 24, 25, 27};
        Detection d = detector.detect(daily(views.length, k -> views[k]), DetectorContext.empty());
        assertThat(d.status()).isEqualTo(DetectionStatus.INSUFFICIENT_DATA);
        assertThat(d.summary()).matches("There is no significant burst, but the fitted branching ratio "
                + "\\(1\\.\\d\\d\\) is at or above the critical level \\(0\\.75\\), which a steady series cannot "
                + "show: its 19 days of daily views are too few or too noisy to tell how the video spread\\.");
    }

    @Test
    void settingsChangeTheVerdictAndAreValidated() {
        Simulation s = Simulator.simulate(SimulationSpec.of(SimulatedMechanism.EXOGENOUS_SUBCRITICAL, 90, 3));
        DetectorContext strict = DetectorContext.of("mechanism", Map.of("burst-z", 100));
        assertThat(detector.detect(s.series(), strict).text("class")).isEqualTo("endogenous-subcritical");
        DetectorContext bad = DetectorContext.of(DetectorSettings.of("mechanism", Map.of("theta", "wide")));
        assertThatThrownBy(() -> detector.detect(s.series(), bad))
                .isInstanceOf(DetectorSettings.InvalidSettingException.class)
                .hasMessage("Setting detectors.mechanism.theta is 'wide' but must be a number.");
    }

    @Test
    void aSeriesThatStartsAtItsPeakShowsNoBuildUp() {
        // tracking began on launch day: daily views highest at once, then a slow power-law fade to a catalogue
        // level; nothing before the first day is seen, so nothing can be read as a word-of-mouth build-up
        double[] cumulative = new double[400];
        double total = 0;
        for (int k = 0; k < cumulative.length; k++) {
            // the first day counted lower (the counts began part-way through it): the peak is on the second day
            total += k == 0 ? 0 : (40_000 * Math.pow(k, -0.9) + 900) * (k == 1 ? 0.5 : 1);
            cumulative[k] = k == 0 ? 0 : total;
        }
        Detection d = detector.detect(daily(cumulative.length, k -> Math.round(cumulative[k])), DetectorContext.empty());
        assertThat(d.number("buildup")).isZero();
        assertThat(d.text("class")).isNotEqualTo("endogenous-critical").isNotEqualTo("endogenous-subcritical");
    }

    private static VideoSeries daily(int samples, IntToLongFunction views) {
        List<Sample> s = new ArrayList<>();
        for (int k = 0; k < samples; k++) {
            s.add(Sample.ofViews(START.plus(Duration.ofDays(k)), views.applyAsLong(k)));
        }
        return new VideoSeries("mechTest001", "test", s);
    }
}
