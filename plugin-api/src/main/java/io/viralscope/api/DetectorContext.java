package io.viralscope.api;

import java.util.Map;
import java.util.Objects;

/**
 * What the host hands a detector besides the series: its own settings from the {@code detectors.<id>} section of
 * the configuration. Its settings' values never change; the settings only note which keys were read
 * ({@link DetectorSettings#keysRead()}). Thread-safe.
 */
@Stability(level = Stability.Level.STABLE, since = "1.0.0")
public final class DetectorContext {

    private final DetectorSettings settings;

    private DetectorContext(DetectorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A context with no settings: every setting takes its default. A new one each time, as it notes reads. */
    public static DetectorContext empty() {
        return new DetectorContext(DetectorSettings.empty());
    }

    /** A context with the given settings. */
    public static DetectorContext of(DetectorSettings settings) {
        return new DetectorContext(settings);
    }

    /** A context whose settings are the given key/value pairs. */
    public static DetectorContext of(String detectorId, Map<String, ?> settings) {
        return new DetectorContext(DetectorSettings.of(detectorId, settings));
    }

    /** This detector's settings. */
    public DetectorSettings settings() {
        return settings;
    }
}
