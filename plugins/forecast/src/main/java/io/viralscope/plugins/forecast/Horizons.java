package io.viralscope.plugins.forecast;

import io.viralscope.api.DetectorSettings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forecast horizons, in whole days after the last sample, from the setting {@code horizons}: a number or a
 * comma-separated list such as {@code "7,30"}. Each must be a whole number from 1 to {@link #MAX_DAYS}; a bad one
 * throws the contract's {@link DetectorSettings.InvalidSettingException}, whose message names the key and the bad
 * element: "Setting detectors.forecast.horizons is 'x' but must be a whole number from 1 to 365.". Repeats are
 * dropped; the order is kept, so the first listed is the headline horizon ({@code horizon_days}).
 */
final class Horizons {

    /** The setting's key. */
    static final String KEY = "horizons";
    /** Longest horizon accepted, in days. */
    static final int MAX_DAYS = 365;
    /** The default: a week and a month. */
    static final List<Integer> DEFAULT = List.of(7, 30);

    private Horizons() {
    }

    /** The validated horizons of {@code settings}, the settings of detector {@code detectorId}. */
    static List<Integer> of(DetectorSettings settings, String detectorId) {
        if (!settings.keys().contains(KEY)) {
            return DEFAULT;
        }
        Set<Integer> days = new LinkedHashSet<>();
        for (String part : settings.getString(KEY, "").split(",", -1)) {
            String element = part.trim();
            // each element goes through the contract's own check, so the message is the contract's
            days.add(DetectorSettings.of(detectorId, Map.of(KEY, wholeOrText(element))).getInt(KEY, 7, 1, MAX_DAYS));
        }
        return List.copyOf(days);
    }

    /** "7" and "7.0" (a YAML number) as the integer 7; anything else as the text, for the error message. */
    private static Object wholeOrText(String element) {
        try {
            double d = Double.parseDouble(element);
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // not a number: the text itself goes into the message
        }
        return element;
    }
}
