package io.viralscope.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every executor needs to run the detectors as the CLI would: where the plugins are, the time limit of one
 * detector call, and each detector's settings, read once on the driver from the configuration.
 *
 * @param pluginsDir the plugins folder as given: a path every executor can read (shared, or shipped with
 *                   {@code --archives} under that name)
 * @param timeout    time limit of one detector call on one video
 * @param detectors  settings by detector id
 * @param format     the output format
 */
record JobSettings(String pluginsDir, Duration timeout, HashMap<String, HashMap<String, Object>> detectors,
                   OutputFormat format) implements Serializable {

    static JobSettings of(String pluginsDir, io.viralscope.app.config.Settings settings, OutputFormat format) {
        HashMap<String, HashMap<String, Object>> detectors = new HashMap<>();
        settings.detectors().forEach((id, s) -> detectors.put(id, new HashMap<>(s)));
        return new JobSettings(pluginsDir, settings.analysis().detectorTimeout(), detectors, format);
    }

    /** The settings of one detector, empty when the configuration has none. */
    Map<String, Object> settingsOf(String id) {
        Map<String, Object> s = detectors.get(id);
        return s == null ? Map.of() : s;
    }

    /** The output formats. */
    enum OutputFormat {
        PARQUET, JSON;

        static final List<String> NAMES = List.of("parquet", "json");
    }
}
