package io.viralscope.app.report.html;

import java.util.Locale;

/**
 * One table cell: what it shows, the key the sortable table orders it by, and an optional tooltip.
 *
 * @param text shown text
 * @param sort sort key: a plain number for numeric columns, text otherwise; empty for unknown (sorted last)
 * @param hint tooltip, or {@code null}
 */
public record Cell(String text, String sort, String hint) {

    /** A number cell; {@code null} is unknown. */
    static Cell number(String text, Double value, String hint) {
        return new Cell(text, value == null ? "" : String.format(Locale.ROOT, "%.6g", value), hint);
    }

    /** A text cell sorted by its text. */
    static Cell text(String text, String hint) {
        return new Cell(text, text.toLowerCase(Locale.ROOT), hint);
    }

    /** An unknown value with the reason in the tooltip. */
    static Cell unknown(String why) {
        return new Cell(HumanNumbers.UNKNOWN, "", why);
    }
}
