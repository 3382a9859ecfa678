package io.viralscope.plugins.shared;

import io.viralscope.api.CohortMember;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.SharedEvent;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy on {@link RealLookingCatalogue}s, which the project's simulator did not write: samples at drifting times
 * of day, missed days, releases and broadcasts at a given hour. Measured, printed, then asserted.
 */
class RealLookingCatalogueAccuracyTest {

    private static final int CATALOGUES = 12;
    private static final int VIDEOS = 60;
    private final SharedEventsDetector detector = new SharedEventsDetector();

    @Test
    void aReleaseDayIsOneSharedEventAndChanceCoincidencesOfOwnShocksAreNot() {
        int found = 0;
        int exactDay = 0;
        int split = 0;
        int named = 0;
        int lifted = 0;
        int falseEvents = 0;
        int awardFound = 0;
        double videoYears = 0;
        for (long seed = 1; seed <= CATALOGUES; seed++) {
            RealLookingCatalogue c = new RealLookingCatalogue(seed, VIDEOS, 12);
            videoYears += c.series.stream().mapToDouble(s -> s.samples().size() / 365.25).sum();
            List<SharedEvent> events = detector.analyse(members(c.series), DetectorContext.empty());
            LocalDate release = RealLookingCatalogue.day(RealLookingCatalogue.RELEASE);
            LocalDate award = RealLookingCatalogue.day(RealLookingCatalogue.AWARD);
            List<SharedEvent> atRelease = near(events, release);
            lifted += c.released.size();
            if (!atRelease.isEmpty()) {
                found++;
                exactDay += atRelease.get(0).day().equals(release) ? 1 : 0;
                split += atRelease.size() > 1 ? 1 : 0;
                named += (int) atRelease.get(0).videoIds().stream().filter(c.released::contains).count();
            }
            awardFound += near(events, award).isEmpty() ? 0 : 1;
            falseEvents += (int) events.stream().filter(e -> Math.abs(e.day().toEpochDay() - release.toEpochDay()) > 2
                    && Math.abs(e.day().toEpochDay() - award.toEpochDay()) > 2).count();
        }
        System.out.printf(Locale.ROOT, "shared-events, real-looking catalogues of %d videos (%d catalogues, %.0f"
                        + " video-years): release night (12 videos lifted 2-6x) found %d of %d (%d on its UTC day,"
                        + " %d split in two), %d of %d lifted videos named (%.0f%%); award night (3 of %d lifted 2-3x)"
                        + " found in %d; %d false shared events (%.2f per catalogue)%n",
                VIDEOS, CATALOGUES, videoYears, found, CATALOGUES, exactDay, split, named, lifted,
                100.0 * named / lifted, VIDEOS, awardFound, falseEvents, (double) falseEvents / CATALOGUES);
        assertThat((double) found / CATALOGUES).isGreaterThanOrEqualTo(0.9);
        assertThat(split).isZero();
        assertThat((double) named / lifted).isGreaterThanOrEqualTo(0.7);
        assertThat((double) falseEvents / CATALOGUES).isLessThanOrEqualTo(0.1);
    }

    @Test
    void anAwardNightLiftingThreeOfSixSelectedVideosIsFound() {
        // the analyst's question: did the broadcast lift these videos? Three lifted and three not, chosen
        int found = 0;
        int allThree = 0;
        int falseEvents = 0;
        LocalDate award = RealLookingCatalogue.day(RealLookingCatalogue.AWARD);
        for (long seed = 1; seed <= 50; seed++) {
            RealLookingCatalogue c = new RealLookingCatalogue(100 + seed, 12, 0);
            List<VideoSeries> chosen = new ArrayList<>(c.series.stream().filter(s -> c.awarded.contains(s.videoId()))
                    .toList());
            chosen.addAll(c.series.stream().filter(s -> !c.awarded.contains(s.videoId())).limit(3).toList());
            List<SharedEvent> events = detector.analyse(members(chosen), DetectorContext.empty());
            List<SharedEvent> atAward = near(events, award);
            if (!atAward.isEmpty()) {
                found++;
                allThree += atAward.get(0).videoIds().containsAll(c.awarded) ? 1 : 0;
            }
            falseEvents += events.size() - atAward.size();
        }
        System.out.printf(Locale.ROOT, "shared-events, award night lifting 3 of 6 chosen real-looking videos 2-3x:"
                + " found in %d of 50 (all three named in %d); %d false shared events%n", found, allThree, falseEvents);
        assertThat(found).isGreaterThanOrEqualTo(38);
        assertThat(falseEvents).isLessThanOrEqualTo(5);
    }

    private static List<SharedEvent> near(List<SharedEvent> events, LocalDate day) {
        return events.stream().filter(e -> Math.abs(e.day().toEpochDay() - day.toEpochDay()) <= 1).toList();
    }

    private static List<CohortMember> members(List<VideoSeries> series) {
        return series.stream().map(s -> new CohortMember(s, List.of())).toList();
    }
}
