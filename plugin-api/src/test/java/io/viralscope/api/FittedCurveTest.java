package io.viralscope.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FittedCurveTest {

    private static final Instant DAY0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aDailyCurvePlacesValueIAtStartPlusIDays() {
        FittedCurve c = FittedCurve.daily("logistic", CurveQuantity.CUMULATIVE_VIEWS, true, DAY0,
                new double[] {1, 2, 4});
        assertThat(c.isRegular()).isTrue();
        assertThat(c.step()).isEqualTo(Duration.ofDays(1));
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.at(2)).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(c.offset(2)).isEqualTo(2.0);
        assertThat(c.value(2)).isEqualTo(4.0);
        assertThat(c.offsets()).isNull();
    }

    @Test
    void keepsItsValuesFromTheCallersArray() {
        double[] v = {1, 2};
        FittedCurve c = FittedCurve.daily("x", CurveQuantity.DAILY_VIEWS, false, DAY0, v);
        v[0] = 99;
        c.values()[1] = 99;
        assertThat(c.values()).containsExactly(1, 2);
    }

    @Test
    void anIrregularCurvePlacesEachValueAtItsOffset() {
        FittedCurve c = FittedCurve.irregular("likes-per-view", CurveQuantity.LIKES_PER_VIEW, true, DAY0,
                Duration.ofDays(1), new double[] {0.25, 1.5}, new double[] {0.05, 0.02});
        assertThat(c.isRegular()).isFalse();
        assertThat(c.at(0)).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));
        assertThat(c.at(1)).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void theOldPointsFormIsKeptAsAView() {
        List<CurvePoint> even = List.of(new CurvePoint(DAY0, 1), new CurvePoint(DAY0.plus(Duration.ofDays(1)), 2),
                new CurvePoint(DAY0.plus(Duration.ofDays(2)), 3));
        @SuppressWarnings("deprecation")
        FittedCurve regular = new FittedCurve("old", CurveQuantity.CUMULATIVE_VIEWS, false, even);
        assertThat(regular.isRegular()).isTrue();
        assertThat(regular).isEqualTo(FittedCurve.daily("old", CurveQuantity.CUMULATIVE_VIEWS, false, DAY0,
                new double[] {1, 2, 3}));
        @SuppressWarnings("deprecation")
        List<CurvePoint> back = regular.points();
        assertThat(back).isEqualTo(even);

        List<CurvePoint> uneven = List.of(new CurvePoint(DAY0.plusSeconds(4_321), 1),
                new CurvePoint(DAY0.plus(Duration.ofHours(30)).plusMillis(7), 2),
                new CurvePoint(DAY0.plus(Duration.ofDays(400)), 3));
        @SuppressWarnings("deprecation")
        FittedCurve irregular = new FittedCurve("old", CurveQuantity.CUMULATIVE_VIEWS, false, uneven);
        assertThat(irregular.isRegular()).isFalse();
        @SuppressWarnings("deprecation")
        List<CurvePoint> unevenBack = irregular.points();
        assertThat(unevenBack).isEqualTo(uneven);
    }

    @Test
    void refusesNonFiniteValuesMisorderedOffsetsAndAnEmptyStep() {
        assertThatThrownBy(() -> FittedCurve.daily("x", CurveQuantity.DAILY_VIEWS, false, DAY0,
                new double[] {1, Double.NaN})).hasMessage("curve point must be a finite number but was NaN");
        assertThatThrownBy(() -> FittedCurve.irregular("x", CurveQuantity.DAILY_VIEWS, false, DAY0,
                Duration.ofDays(1), new double[] {2, 1}, new double[] {1, 1}))
                .hasMessage("curve x offsets must be in time order but 1.0 follows 2.0");
        assertThatThrownBy(() -> FittedCurve.irregular("x", CurveQuantity.DAILY_VIEWS, false, DAY0,
                Duration.ofDays(1), new double[] {1}, new double[] {1, 1}))
                .hasMessage("curve x has 2 values but 1 offsets");
        assertThatThrownBy(() -> FittedCurve.regular("x", CurveQuantity.DAILY_VIEWS, false, DAY0, Duration.ZERO,
                new double[] {1})).hasMessage("curve x needs a positive step but was PT0S");
    }
}
