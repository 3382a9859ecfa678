package io.viralscope.app.report.html;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A time axis over a window, with ticks on calendar boundaries (midnights, Mondays, first days of months) spaced
 * so that at most a given number of them fit. Everything is UTC.
 *
 * @param from start of the axis
 * @param to   end of the axis, after {@code from}
 */
public record DateScale(Instant from, Instant to) {

    /** Candidate tick spacings, finest first. */
    private enum Step {
        DAY(1, false), TWO_DAYS(2, false), WEEK(7, false), TWO_WEEKS(14, false),
        MONTH(1, true), QUARTER(3, true), HALF_YEAR(6, true), YEAR(12, true);

        final int size;
        final boolean months;

        Step(int size, boolean months) {
            this.size = size;
            this.months = months;
        }
    }

    /** One tick: where, and its label. */
    public record Tick(Instant at, String label) {
    }

    /** An axis covering {@code first..last}; a window shorter than a day widens to one day around it. */
    public static DateScale covering(Instant first, Instant last) {
        if (Duration.between(first, last).compareTo(Duration.ofDays(1)) < 0) {
            Instant mid = first.plus(Duration.between(first, last).dividedBy(2));
            return new DateScale(mid.minus(Duration.ofHours(12)), mid.plus(Duration.ofHours(12)));
        }
        return new DateScale(first, last);
    }

    /** The position of {@code at} along the axis, 0 at {@code from} and 1 at {@code to}. */
    public double fraction(Instant at) {
        return (double) Duration.between(from, at).toSeconds() / Duration.between(from, to).toSeconds();
    }

    /** Ticks on calendar boundaries inside the window, at most {@code maxTicks} of them (at least one step). */
    public List<Tick> ticks(int maxTicks) {
        for (Step step : Step.values()) {
            List<Instant> at = ticksOf(step);
            if (at.size() <= maxTicks || step == Step.YEAR) {
                return at.stream().map(t -> new Tick(t, label(t, step))).toList();
            }
        }
        throw new AssertionError("unreachable: YEAR always returns");
    }

    /** The years the window spans, for the axis caption: 2026, or 2025–2026. */
    public String years() {
        int a = HumanDates.utc(from).getYear();
        int b = HumanDates.utc(to).getYear();
        return a == b ? Integer.toString(a) : a + "–" + b;
    }

    private List<Instant> ticksOf(Step step) {
        ZonedDateTime start = HumanDates.utc(from).truncatedTo(ChronoUnit.DAYS);
        if (start.toInstant().isBefore(from)) {
            start = start.plusDays(1);
        }
        ZonedDateTime t;
        if (step.months) {
            t = start.with(TemporalAdjusters.firstDayOfMonth());
            if (t.isBefore(start)) {
                t = t.plusMonths(1);
            }
            while ((t.getMonthValue() - 1) % step.size != 0) {
                t = t.plusMonths(1);
            }
        } else if (step.size >= 7) {
            t = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        } else {
            t = start;
        }
        List<Instant> out = new ArrayList<>();
        while (!t.toInstant().isAfter(to)) {
            out.add(t.toInstant());
            t = step.months ? t.plusMonths(step.size) : t.plusDays(step.size);
        }
        return out;
    }

    private static String label(Instant at, Step step) {
        if (!step.months) {
            return HumanDates.shortDay(at);
        }
        if (step == Step.YEAR) {
            return Integer.toString(HumanDates.utc(at).getYear());
        }
        return HumanDates.month(at, HumanDates.utc(at).getMonthValue() == 1); // a new year names itself
    }
}
