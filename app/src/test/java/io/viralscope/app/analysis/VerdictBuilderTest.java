package io.viralscope.app.analysis;

import io.viralscope.api.Detection;
import io.viralscope.api.Episode;
import io.viralscope.api.Mechanism;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictBuilderTest {

    private static Detection withEvidence(String id, Mechanism m, double w, String finding) {
        return Detection.ok(TestDetectors.counting(id)).summary("s").evidence(m, w, finding).build();
    }

    @Test
    void agreementGivesAConfidentVerdictNamingEachDetector() {
        Verdict v = VerdictBuilder.combine(List.of(
                withEvidence("growth-curve", Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.7, "Bass q/p = 14."),
                withEvidence("inflection", Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.5, "slow build-up.")));
        assertThat(v.mechanism()).isEqualTo("community-word-of-mouth");
        assertThat(v.phrase()).isEqualTo("community word of mouth");
        assertThat(v.confidence()).isEqualTo(0.95);
        assertThat(v.evidence()).containsExactly("growth-curve: Bass q/p = 14.", "inflection: slow build-up.",
                "The 2 detectors with evidence agree on community word of mouth.");
    }

    @Test
    void disagreementLowersConfidenceAndSaysSo() {
        Verdict v = VerdictBuilder.combine(List.of(
                withEvidence("growth-curve", Mechanism.EXTERNAL_PUSH, 0.8, "p > q."),
                withEvidence("inflection", Mechanism.TASTEMAKER_SHOCK, 0.6, "a shock on day 3.")));
        assertThat(v.mechanism()).isEqualTo("external-push");
        assertThat(v.confidence()).isEqualTo(0.46);
        assertThat(v.evidence()).containsExactly("growth-curve: p > q.",
                "Against (suggests tastemaker shock): inflection: a shock on day 3.",
                "Detectors disagree, which lowers the confidence: growth-curve points to external push; inflection "
                        + "points to tastemaker shock.");
    }

    @Test
    void aPushThatViewersPassedOnSaysSoInItsPhrase() {
        Detection campaign = Detection.ok(TestDetectors.counting("campaign")).summary("s")
                .evidence(Mechanism.EXTERNAL_PUSH, 0.9, "the flight bought 40% of the views and set off 40% more.")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.6, "the push set off word of mouth.").build();
        Verdict pushedOn = VerdictBuilder.combine(List.of(campaign));
        assertThat(pushedOn.mechanism()).isEqualTo("external-push");
        assertThat(pushedOn.phrase()).isEqualTo("external push that set off word of mouth");

        // a faint echo, or word of mouth argued by a detector leaning elsewhere, is not what the push set off
        Detection faint = Detection.ok(TestDetectors.counting("campaign")).summary("s")
                .evidence(Mechanism.EXTERNAL_PUSH, 0.8, "bought most views.")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.2, "a little passed on.").build();
        assertThat(VerdictBuilder.combine(List.of(faint)).phrase()).isEqualTo("external push");
        Detection other = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.5, "a build-up.").build();
        assertThat(VerdictBuilder.combine(List.of(faint, other)).phrase()).isEqualTo("external push");
    }

    @Test
    void aDetectorBackingTheVerdictWithANuanceIsNotCalledADisagreement() {
        Detection mechanism = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.9, "a shock that ignited a cascade.")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.36, "viewers passing it on.").build();
        Verdict v = VerdictBuilder.combine(List.of(mechanism));
        assertThat(v.mechanism()).isEqualTo("tastemaker-shock");
        assertThat(v.confidence()).isLessThan(0.9);
        assertThat(v.evidence()).containsExactly("mechanism: a shock that ignited a cascade.",
                "Also (community word of mouth): mechanism: viewers passing it on.",
                "Only one detector, mechanism, offered evidence on the mechanism (tastemaker shock); mechanism also "
                        + "found some evidence of community word of mouth, which lowers the confidence.");
    }

    @Test
    void aDetectorWhoseMainFindingIsTheOtherMechanismDisagrees() {
        Detection mechanism = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.6, "a shock.")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.24, "some passing on.").build();
        Detection growth = withEvidence("growth-curve", Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.5, "an S-curve.");
        Verdict v = VerdictBuilder.combine(List.of(mechanism, growth));
        assertThat(v.mechanism()).isEqualTo("community-word-of-mouth");
        assertThat(v.evidence()).contains("Against (suggests tastemaker shock): mechanism: a shock.",
                "Detectors disagree, which lowers the confidence: mechanism points to tastemaker shock; "
                        + "growth-curve points to community word of mouth.");
    }

    @Test
    void aDetectorTornBetweenTwoMechanismsLeansTheSameWayInTheVerdictAndInTheReport() {
        // equal weights: the tie goes to the mechanism listed first, in the verdict's words and the report's alike
        Detection torn = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.5, "some passing on.")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.5, "a shock.").build();
        Detection growth = withEvidence("growth-curve", Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.6, "an S-curve.");
        Verdict v = VerdictBuilder.combine(List.of(torn, growth));
        VerdictAgreement agreement = VerdictAgreement.of(List.of(torn, growth));
        assertThat(v.mechanism()).isEqualTo("community-word-of-mouth");
        assertThat(agreement.leaningOf("mechanism")).contains(Mechanism.TASTEMAKER_SHOCK);
        assertThat(v.evidence()).contains("Against (suggests tastemaker shock): mechanism: a shock.",
                agreement.sentence());
        assertThat(agreement.sentence()).isEqualTo("Detectors disagree, which lowers the confidence: mechanism "
                + "points to tastemaker shock; growth-curve points to community word of mouth.");
    }

    @Test
    void negligibleEvidenceIsNoDisagreement() {
        Verdict v = VerdictBuilder.combine(List.of(
                withEvidence("mechanism", Mechanism.TASTEMAKER_SHOCK, 0.9, "a shock."),
                withEvidence("growth-curve", Mechanism.COMMUNITY_WORD_OF_MOUTH, 0.0, "a poor S-curve fit.")));
        assertThat(v.evidence()).containsExactly("mechanism: a shock.",
                "Only one detector, mechanism, offered evidence on the mechanism (tastemaker shock).");
        assertThat(v.confidence()).isEqualTo(0.9);
    }

    @Test
    void noEvidenceIsUndetermined() {
        Verdict v = VerdictBuilder.combine(List.of(Detection.failed("x", "1", "failed.")));
        assertThat(v.mechanism()).isEqualTo("undetermined");
        assertThat(v.confidence()).isZero();
        assertThat(v.evidence()).containsExactly("No detector found evidence of a spreading mechanism.");
    }

    @Test
    void aShortSeriesVerdictSaysWhatEachDetectorStillNeeds() {
        Verdict v = VerdictBuilder.combine(List.of(
                Detection.insufficientData(TestDetectors.counting("growth-curve"), "The series spans only 3 days of "
                        + "daily views; a growth curve needs at least 7, so keep tracking the video."),
                Detection.insufficientData(TestDetectors.counting("mechanism"), "Telling how a video spread needs "
                        + "at least 14 days of daily views, but the series spans 3 days."),
                Detection.ok(TestDetectors.counting("forecast")).summary("In 7 days: 1,000 views.").build()));
        assertThat(v.mechanism()).isEqualTo("undetermined");
        assertThat(v.evidence()).containsExactly(
                "No detector found evidence of a spreading mechanism yet: 2 of 3 need more data.",
                "growth-curve needs more data: The series spans only 3 days of daily views; a growth curve needs at "
                        + "least 7, so keep tracking the video.",
                "mechanism needs more data: Telling how a video spread needs at least 14 days of daily views, but "
                        + "the series spans 3 days.");
    }

    @Test
    void aVerdictFromOneDetectorSaysWhichOthersWaitForData() {
        Verdict v = VerdictBuilder.combine(List.of(
                withEvidence("engagement", Mechanism.EXTERNAL_PUSH, 0.15, "Only 0.04% liked."),
                Detection.insufficientData(TestDetectors.counting("mechanism"), "Telling how a video spread needs "
                        + "at least 14 days of daily views, but the series spans 3 days.")));
        assertThat(v.evidence()).containsExactly("engagement: Only 0.04% liked.",
                "Only one detector, engagement, offered evidence on the mechanism (external push).",
                "mechanism needs more data: Telling how a video spread needs at least 14 days of daily views, but "
                        + "the series spans 3 days.");
    }

    @Test
    void aVerdictOnASeriesOfSeveralEpisodesSaysWhichOneItsEvidenceIsAbout() {
        Detection mechanism = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.9, "a one-off shock.")
                .event("peak", Instant.parse("2026-03-14T00:00:00Z"), 90_000, "peak")
                .episode(new Episode(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-06-20T00:00:00Z"),
                        2_000_000, Mechanism.TASTEMAKER_SHOCK, "launch burst to 12× the baseline"))
                .episode(new Episode(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-10T00:00:00Z"),
                        400_000, Mechanism.COMMUNITY_WORD_OF_MOUTH, "build-up over 13 days to 4.5× the baseline"))
                .episode(new Episode(Instant.parse("2026-07-02T00:00:00Z"), Instant.parse("2026-07-05T00:00:00Z"),
                        90_000, Mechanism.TASTEMAKER_SHOCK, "burst to 2.4× the baseline")).build();
        Verdict v = VerdictBuilder.combine(List.of(mechanism));
        assertThat(v.evidence()).contains("mechanism: this evidence is about the episode 2026-03-01 to 2026-04-10, "
                + "2nd largest of 3, holding the peak (build-up over 13 days to 4.5× the baseline; community word "
                + "of mouth); the report lists every episode with its own mechanism.");
    }

    @Test
    void withoutAPeakTheVerdictIsAboutTheLargestEpisodeAndOneEpisodeNeedsNoSaying() {
        Episode small = new Episode(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"),
                1_000, Mechanism.TASTEMAKER_SHOCK, "burst to 2× the baseline");
        Episode large = new Episode(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-09T00:00:00Z"),
                50_000, Mechanism.TASTEMAKER_SHOCK, "burst to 9× the baseline");
        Detection two = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.9, "shocks.").episode(small).episode(large).build();
        assertThat(VerdictBuilder.combine(List.of(two)).evidence()).contains("mechanism: this evidence is about "
                + "the episode 2026-05-01 to 2026-05-09, the largest of 2 (burst to 9× the baseline; tastemaker "
                + "shock); the report lists every episode with its own mechanism.");
        Detection one = Detection.ok(TestDetectors.counting("mechanism")).summary("s")
                .evidence(Mechanism.TASTEMAKER_SHOCK, 0.9, "a shock.").episode(large).build();
        assertThat(VerdictBuilder.combine(List.of(one)).evidence()).noneMatch(e -> e.contains("episode"));
    }
}
