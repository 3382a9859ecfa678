package io.viralscope.app.campaign;

import io.viralscope.app.UserError;

import java.util.Currency;
import java.util.Locale;

/** ISO 4217 currency codes, checked against the JDK's list so a report never prints a made-up currency. */
public final class CurrencyCode {

    private CurrencyCode() {
    }

    /** The code, upper-cased, or null when {@code code} is null; an error when it is not an ISO 4217 code. */
    public static String checked(String code, String where) {
        if (code == null) {
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (sound(upper)) {
            return upper;
        }
        throw UserError.badInput(where + "'" + code + "' is not an ISO 4217 currency code such as EUR, USD or GBP.");
    }

    /** True for a known three-letter ISO 4217 code. */
    static boolean sound(String upper) {
        if (!upper.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(upper);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
