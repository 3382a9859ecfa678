package io.viralscope.plugins.shared;

import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.SharedEvent;
import io.viralscope.simulator.CohortSimulator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy over simulated cohorts ({@link CohortSimulator}: 3–8 videos of 1,100–1,500 days, weekly seasonality,
 * ±7–14% negative-binomial noise a day, own shocks of 2–10×, and 2–4 release days on which 3 or more videos jump
 * 2–10× together). Measured, printed, then asserted.
 */
class SharedEventsAccuracyTest {

    private static final int COHORTS = 60;

    @Test
    void findsSharedReleaseDaysAndRarelyInventsOne() {
        measure("2-10x", 2, 10);
    }

    @Test
    void findsModestSharedJumpsOfTwoToThreeTimes() {
        // an award night lifting older videos 2-3x overnight
        measure("2-3x", 2, 3);
    }

    private static void measure(String family, double minJump, double maxJump) {
        SharedEventsDetector detector = new SharedEventsDetector();
        int releases = 0;
        int found = 0;
        int participants = 0;
        int participantsNamed = 0;
        int sizesWithinHalf = 0;
        int falseEvents = 0;
        int cohortsWithFalse = 0;
        double videoYears = 0;
        for (long seed = 1; seed <= COHORTS; seed++) {
            CohortSimulator.Cohort c = CohortSimulator.simulate(seed, minJump, maxJump);
            videoYears += c.videoYears();
            List<CohortMember> members = c.series().stream().map(s -> new CohortMember(s, List.of())).toList();
            Map<LocalDate, SharedEvent> byDay = detector.analyse(members, DetectorContext.empty()).stream()
                    .collect(Collectors.toMap(SharedEvent::day, Function.identity()));
            Set<LocalDate> truthDays = new HashSet<>();
            for (CohortSimulator.SharedRelease r : c.shared()) {
                truthDays.add(r.day());
                releases++;
                participants += r.sizes().size();
                SharedEvent e = byDay.get(r.day());
                if (e != null && e.videoIds().stream().filter(r.sizes()::containsKey).count() >= 3) {
                    found++;
                }
                if (e != null) {
                    for (SharedEvent.Participant p : e.videos()) {
                        Double truth = r.sizes().get(p.videoId());
                        if (truth != null) {
                            participantsNamed++;
                            if (Math.abs(Math.log(p.size() / truth)) < Math.log(1.5)) {
                                sizesWithinHalf++;
                            }
                        }
                    }
                }
            }
            long wrong = byDay.keySet().stream().filter(d -> !truthDays.contains(d)).count();
            falseEvents += (int) wrong;
            cohortsWithFalse += wrong > 0 ? 1 : 0;
        }
        double recall = (double) found / releases;
        System.out.printf(Locale.ROOT, "shared-events, shared jumps %s, over %d cohorts (%.0f video-years): %d of %d release days"
                        + " found on the exact day with >= 3 of their videos (%.1f%%); %d of %d jumping videos named"
                        + " (%.1f%%), %.1f%% of their sizes within 1.5x of the truth; %d false shared events"
                        + " (%.3f per cohort, %.4f per video-year; %d cohorts with any)%n",
                family, COHORTS, videoYears, found, releases, 100 * recall, participantsNamed, participants,
                100.0 * participantsNamed / participants, 100.0 * sizesWithinHalf / Math.max(1, participantsNamed),
                falseEvents, (double) falseEvents / COHORTS, falseEvents / videoYears, cohortsWithFalse);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
        assertThat((double) falseEvents / COHORTS).isLessThanOrEqualTo(0.1);
    }
}
