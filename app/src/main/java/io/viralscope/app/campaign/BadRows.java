package io.viralscope.app.campaign;

import io.viralscope.app.UserError;

import java.util.List;

/**
 * The refusal of a campaign or traffic-source file with bad rows: nothing is stored, every bad row is counted and
 * the first {@value #SHOWN} are named as {@code file:line: what is wrong}.
 */
final class BadRows {

    static final int SHOWN = 20;

    private BadRows() {
    }

    /** Throws the refusal when {@code errors} (each already {@code file:line: …}) is not empty. */
    static void refuseAny(List<String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder s = new StringBuilder("Nothing was imported: " + errors.size() + " row"
                + (errors.size() == 1 ? " is" : "s are") + " not sound.");
        errors.stream().limit(SHOWN).forEach(e -> s.append(System.lineSeparator()).append("  ").append(e));
        if (errors.size() > SHOWN) {
            s.append(System.lineSeparator()).append("  … and ").append(errors.size() - SHOWN).append(" more.");
        }
        throw UserError.badInput(s.toString());
    }
}
