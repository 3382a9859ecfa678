package io.viralscope.simulator;

import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CohortSimulatorTest {

    @Test
    void oneSeedGivesOneCohort() {
        assertThat(CohortSimulator.simulate(11)).isEqualTo(CohortSimulator.simulate(11));
        assertThat(CohortSimulator.simulate(11)).isNotEqualTo(CohortSimulator.simulate(12));
    }

    @Test
    void everyReleaseLiftsThreeOrMoreVideosInsideTheirWindowsOnTheTrueDay() {
        for (long seed = 1; seed <= 20; seed++) {
            CohortSimulator.Cohort c = CohortSimulator.simulate(seed);
            assertThat(c.series()).hasSizeBetween(3, 8);
            assertThat(c.shared()).hasSizeBetween(2, 4);
            assertThat(c.days()).isBetween(1100, 1500);
            for (CohortSimulator.SharedRelease r : c.shared()) {
                assertThat(r.videoIds()).hasSizeGreaterThanOrEqualTo(3);
                for (Map.Entry<String, Double> e : r.sizes().entrySet()) {
                    assertThat(e.getValue()).isBetween(2.0, 10.0);
                    VideoSeries s = c.series().stream().filter(v -> v.videoId().equals(e.getKey())).findFirst()
                            .orElseThrow();
                    LocalDate first = s.firstAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate();
                    int k = (int) (r.day().toEpochDay() - first.toEpochDay());
                    assertThat(k).as("release %s in %s's window", r.day(), e.getKey()).isGreaterThanOrEqualTo(
                            CohortSimulator.HISTORY_DAYS);
                    double[] daily = s.daily().dailyViews();
                    // the views of day k (sample k to k + 1, both at 00:00 UTC) happened on the release day
                    assertThat(daily[k]).as("release day views of " + e.getKey())
                            .isGreaterThan(1.4 * median(daily, k - 7, k));
                }
            }
        }
    }

    @Test
    void shocksOfACohortNeverCrowdOneAnother() {
        for (long seed = 1; seed <= 20; seed++) {
            CohortSimulator.Cohort c = CohortSimulator.simulate(seed);
            List<LocalDate> all = new ArrayList<>();
            c.shared().forEach(r -> all.add(r.day()));
            c.ownShocks().values().forEach(all::addAll);
            all.sort(null);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).toEpochDay() - all.get(i - 1).toEpochDay())
                        .isGreaterThanOrEqualTo(CohortSimulator.MIN_SPACING_DAYS);
            }
        }
    }

    @Test
    void aCohortNeedsThreeVideosAndAYear() {
        assertThatThrownBy(() -> CohortSimulator.simulate(1, 2, 400, CohortSimulator.DEFAULT_START))
                .hasMessage("a cohort needs at least 3 videos and 365 days but got 2 videos and 400 days.");
        assertThatThrownBy(() -> CohortSimulator.simulate(1, 3, 2))
                .hasMessage("shared jumps must be from 1× up, the least first, but were 3.0 to 2.0.");
    }

    private static double median(double[] x, int from, int to) {
        double[] w = java.util.Arrays.copyOfRange(x, from, to);
        java.util.Arrays.sort(w);
        return w[w.length / 2];
    }
}
