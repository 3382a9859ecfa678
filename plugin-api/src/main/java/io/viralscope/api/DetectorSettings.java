package io.viralscope.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A detector's settings, read from {@code detectors.<id>.*} in the configuration file. Getters take the default
 * to use when the key is absent and throw {@link InvalidSettingException} with a sentence naming the key when a
 * value has the wrong type or range.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class DetectorSettings {

    private final String detectorId;
    private final Map<String, Object> values;
    // the keys asked for, present or not: the host reports configured keys no call asked for (likely typos)
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    private DetectorSettings(String detectorId, Map<String, Object> values) {
        this.detectorId = detectorId;
        this.values = values;
    }

    /** No settings. A new instance each time, since each notes the keys read from it. */
    public static DetectorSettings empty() {
        return new DetectorSettings("", Map.of());
    }

    /** Settings of detector {@code detectorId}; values are numbers, booleans or strings. */
    public static DetectorSettings of(String detectorId, Map<String, ?> values) {
        return new DetectorSettings(detectorId, Map.copyOf(new LinkedHashMap<>(values)));
    }

    /** The keys present. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** A number setting within {@code [min, max]}. */
    public double getDouble(String key, double defaultValue, double min, double max) {
        Object v = valueOf(key);
        if (v == null) {
            return defaultValue;
        }
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(v.toString().trim());
            } catch (NumberFormatException e) {
                throw invalid(key, v, "a number");
            }
        }
        if (!(d >= min && d <= max)) {
            throw invalid(key, v, "a number from " + min + " to " + max);
        }
        return d;
    }

    /** An integer setting within {@code [min, max]}. */
    public int getInt(String key, int defaultValue, int min, int max) {
        Object v = valueOf(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            int i = v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? n.intValue() : Integer.parseInt(v.toString().trim());
            if (i < min || i > max) {
                throw invalid(key, v, "a whole number from " + min + " to " + max);
            }
            return i;
        } catch (NumberFormatException e) {
            throw invalid(key, v, "a whole number from " + min + " to " + max);
        }
    }

    /** A boolean setting ({@code true} or {@code false}). */
    public boolean getBoolean(String key, boolean defaultValue) {
        Object v = valueOf(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
        }
        throw invalid(key, v, "true or false");
    }

    /** A text setting. */
    public String getString(String key, String defaultValue) {
        Object v = valueOf(key);
        return v == null ? defaultValue : v.toString();
    }

    /**
     * The keys the detector has asked for so far through the getters, whether or not they were set. The host
     * compares them with {@link #keys()} after a run to report settings no detector reads, usually a misspelt key.
     * Thread-safe.
     */
    @Stability(level = Stability.Level.EXPERIMENTAL, since = "1.1.0")
    public Set<String> keysRead() {
        return Set.copyOf(read);
    }

    private Object valueOf(String key) {
        read.add(key);
        return values.get(key);
    }

    private InvalidSettingException invalid(String key, Object value, String expected) {
        return new InvalidSettingException("Setting detectors." + detectorId + "." + key + " is '" + value
                + "' but must be " + expected + ".");
    }

    /** A setting has the wrong type or range; the message names the key and what it must be. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidSettingException(String message) {
            super(message);
        }
    }
}
