package io.viralscope.plugins.inflection;

import io.viralscope.api.Detection;
import io.viralscope.api.DetectorContext;
import io.viralscope.api.Event;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case: on a four-year catalogue video sampled at times drifting around midnight, a TV feature
 * multiplies one day's views seven times and the excess relaxes over about four days, and a paid re-promotion
 * triples the views for two weeks. The sample interval that holds the feature overruns a midnight, so the grid
 * shares the jump between two days, neither of which is a jump on its own: it is one shock, on its own day, and
 * no change point; the re-promotion is two level changes and no shock. Each case pins the two samples around the
 * feature day (hours from its midnight and from the next); where an interval overruns a midnight by three hours or
 * more the grid shares the jump out (cases 1, 2, 4, 7, 8 and 10 found no shock before 1.4.0), the others check
 * that an ordinary jump stays read as it was. The samples tell the day exactly in every case.
 */
class SplitShockTest {

    private static final int FEATURE = DriftingCatalogue.day(LocalDate.of(2023, 7, 17));
    private static final int PROMOTION = DriftingCatalogue.day(LocalDate.of(2024, 8, 20));

    private static VideoSeries series(long seed, double hoursBefore, double hoursAfter) {
        double[] feature = new double[21];
        feature[0] = 7;
        for (int j = 1; j < feature.length; j++) {
            feature[j] = 1 + 6 * Math.exp(-j / 4.0);
        }
        double[] promotion = new double[14];
        Arrays.fill(promotion, 3);
        // the samples at the feature day's midnight and the next one are pinned, so one interval overruns
        return DriftingCatalogue.of(seed).lift(FEATURE, feature).lift(PROMOTION, promotion)
                .sample(seed, FEATURE, hoursBefore, hoursAfter);
    }

    @ParameterizedTest(name = "seed {0}, samples at {1} h and {2} h from the midnights around the feature day")
    @CsvSource({"1, -5, 4", "2, -6, 6", "3, -4, -2", "4, -6, 1", "5, -3, 5", "6, 2, 6", "7, -6, -4", "8, 4, 6",
        "9, -2, 3", "10, -6, 3"})
    void aOneDayJumpSharedOutOverTwoDaysIsOneShockOnItsOwnDay(long seed, double before, double after) {
        Detection d = new InflectionDetector().detect(series(seed, before, after), DetectorContext.empty());
        List<Event> shocks = d.events("shock");
        assertThat(shocks).as("shocks %s", shocks).hasSize(1);
        assertThat(d.number("shock_count")).isEqualTo(1.0);
        Event shock = shocks.get(0);
        assertThat(shock.at()).isEqualTo(DriftingCatalogue.midnight(FEATURE));
        assertThat(shock.attributes().get("size")).as("size").isBetween(5.0, 10.0);
        assertThat(d.events("changepoint")).as("change points %s", d.events("changepoint"))
                .noneSatisfy(e -> assertThat(Math.abs(day(e) - FEATURE)).isLessThanOrEqualTo(14));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1, -5, 4", "2, -6, 6", "3, -4, -2", "4, -6, 1", "5, -3, 5", "6, 2, 6", "7, -6, -4", "8, 4, 6",
        "9, -2, 3", "10, -6, 3"})
    void aTwoWeekBoxcarIsTwoLevelChangesAndNoShock(long seed, double before, double after) {
        Detection d = new InflectionDetector().detect(series(seed, before, after), DetectorContext.empty());
        List<Event> changes = d.events("changepoint");
        assertThat(changes).as("change points %s", changes).anySatisfy(e -> {
            assertThat(Math.abs(day(e) - PROMOTION)).isLessThanOrEqualTo(1);
            assertThat(e.attributes().get("kink")).isZero();
            assertThat(e.attributes().get("daily_views_after") / e.attributes().get("daily_views_before"))
                    .isGreaterThan(2);
        });
        assertThat(changes).anySatisfy(e -> {
            assertThat(Math.abs(day(e) - (PROMOTION + 14))).isLessThanOrEqualTo(1);
            assertThat(e.attributes().get("kink")).isZero();
            assertThat(e.attributes().get("daily_views_before") / e.attributes().get("daily_views_after"))
                    .isGreaterThan(2);
        });
        assertThat(d.events("shock")).noneSatisfy(e ->
                assertThat(day(e)).isBetween(PROMOTION - 1, PROMOTION + 15));
    }

    private static int day(Event e) {
        return (int) Duration.between(DriftingCatalogue.midnight(0), e.at()).toDays();
    }
}
