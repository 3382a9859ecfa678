package io.viralscope.app.analysis;

import io.viralscope.app.UserError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report analyses (docs/architecture.md#analysis-windows): every day of each series, a range of UTC
 * dates ({@code --from}, {@code --to}, either end open), or each video's first days ({@code --first 90d}, from its
 * publication day when known, else from its first sample's day). Dates are inclusive UTC days.
 *
 * @param from      first day, or {@code null} for the start of each series
 * @param to        last day, or {@code null} for the end of each series
 * @param firstDays days counted from each video's start, or {@code null}
 * @param firstText {@code firstDays} as the user wrote it ({@code 90d}), or {@code null}
 */
public record AnalysisWindow(LocalDate from, LocalDate to, Integer firstDays, String firstText) {

    /** Every day of each series. */
    public static final AnalysisWindow WHOLE = new AnalysisWindow(null, null, null, null);

    /** Longest {@code --first} accepted: a century of days. */
    static final int MAX_DAYS = 36_525;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([dw])");

    /**
     * The window the report options ask for.
     *
     * @param from  {@code --from} as typed, or {@code null}
     * @param to    {@code --to} as typed, or {@code null}
     * @param first {@code --first} as typed, or {@code null}
     * @throws UserError (exit 2) with one sentence when a date or duration is malformed or they contradict
     */
    public static AnalysisWindow of(String from, String to, String first) {
        if (first != null && (from != null || to != null)) {
            throw UserError.badInput("--first cannot be combined with --from or --to; give either the first days"
                    + " of each video (--first 90d) or a range of dates (--from 2026-03-01 --to 2026-03-31).");
        }
        if (first != null) {
            Matcher m = DURATION.matcher(first.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw UserError.badInput("--first '" + first + "' is not a duration; write a number of days or"
                        + " weeks, such as 90d or 12w.");
            }
            long days = Long.parseLong(m.group(1)) * ("w".equals(m.group(2)) ? 7 : 1);
            if (days < 1 || days > MAX_DAYS) {
                throw UserError.badInput("--first '" + first + "' must be from 1 day to " + MAX_DAYS
                        + " days, such as 90d.");
            }
            return new AnalysisWindow(null, null, (int) days, first.trim());
        }
        LocalDate a = date("--from", from);
        LocalDate b = date("--to", to);
        if (a != null && b != null && a.isAfter(b)) {
            throw UserError.badInput("--from " + a + " is after --to " + b + "; give the earlier date to --from.");
        }
        return new AnalysisWindow(a, b, null, null);
    }

    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw UserError.badInput(option + " '" + text + "' is not a date; write it as YYYY-MM-DD, such as"
                    + " 2026-03-01.");
        }
    }

    /** True when the whole of every series is analysed. */
    public boolean whole() {
        return from == null && to == null && firstDays == null;
    }

    /**
     * The days asked for of a series starting on {@code startDay} (its publication day, else its first sample's
     * day): {@code [from, to]}, either end {@code null} when open.
     */
    LocalDate[] daysFor(LocalDate startDay) {
        if (firstDays != null) {
            return new LocalDate[] {startDay, startDay.plusDays(firstDays - 1L)};
        }
        return new LocalDate[] {from, to};
    }

    /** The window in words, for sentences: "2026-03-01 to 2026-03-31", "each video's first 90d". */
    public String describe() {
        if (firstDays != null) {
            return "each video's first " + firstText;
        }
        if (from != null && to != null) {
            return from + " to " + to;
        }
        if (from != null) {
            return "from " + from;
        }
        return to != null ? "up to " + to : "every day of each series";
    }
}
