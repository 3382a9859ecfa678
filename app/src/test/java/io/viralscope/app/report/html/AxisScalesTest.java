package io.viralscope.app.report.html;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class AxisScalesTest {

    @Test
    void valueAxisEndsAndTicksOnNiceNumbers() {
        NiceScale views = NiceScale.covering(0, 1_209_000, 6);
        assertThat(views).isEqualTo(new NiceScale(0, 1_250_000, 250_000));
        assertThat(views.ticks()).containsExactly(0.0, 250_000.0, 500_000.0, 750_000.0, 1_000_000.0, 1_250_000.0);

        NiceScale trending = NiceScale.covering(1_547_293, 2_150_000, 6);
        assertThat(trending.min()).isLessThanOrEqualTo(1_547_293);
        assertThat(trending.max()).isGreaterThanOrEqualTo(2_150_000);
        assertThat(trending.ticks()).hasSizeLessThanOrEqualTo(6).allSatisfy(t ->
                assertThat(t / trending.step()).isCloseTo(Math.rint(t / trending.step()), offset(1e-9)));

        assertThat(NiceScale.covering(0, 0.034, 6).ticks()).containsExactly(0.0, 0.01, 0.02, 0.03, 0.04);
        assertThat(NiceScale.covering(0, 0, 6).ticks()).contains(0.0).hasSizeGreaterThan(1); // flat series
    }

    @Test
    void dateAxisTicksFallOnCalendarBoundaries() {
        Instant start = Instant.parse("2026-08-01T00:00:00Z");
        DateScale ninetyDays = DateScale.covering(start, Instant.parse("2026-10-29T00:00:00Z"));
        List<DateScale.Tick> ticks = ninetyDays.ticks(7);
        assertThat(ticks).extracting(DateScale.Tick::label)
                .containsExactly("3 Aug", "17 Aug", "31 Aug", "14 Sep", "28 Sep", "12 Oct", "26 Oct"); // Mondays
        assertThat(ninetyDays.years()).isEqualTo("2026");

        DateScale week = DateScale.covering(Instant.parse("2017-09-28T00:00:00Z"),
                Instant.parse("2017-10-03T00:00:00Z"));
        assertThat(week.ticks(7)).extracting(DateScale.Tick::label)
                .containsExactly("28 Sep", "29 Sep", "30 Sep", "1 Oct", "2 Oct", "3 Oct");

        DateScale twoYears = DateScale.covering(Instant.parse("2025-11-15T00:00:00Z"),
                Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(twoYears.ticks(7)).extracting(DateScale.Tick::label)
                .containsExactly("Jan 2026", "Apr", "Jul", "Oct", "Jan 2027");
        assertThat(twoYears.years()).isEqualTo("2025–2027");
        assertThat(ninetyDays.fraction(start)).isZero();
        assertThat(ninetyDays.fraction(Instant.parse("2026-10-29T00:00:00Z"))).isEqualTo(1.0);
    }
}
