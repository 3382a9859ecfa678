package io.viralscope.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The validated, frozen configuration of one run: the shipped defaults, overlaid by the user's file, overlaid by
 * command-line options. Built once by {@link ConfigLoader}; every other class reads settings from here.
 *
 * @param source    where the user's values came from ("built-in defaults" or a file path), for messages
 * @param dbPath    the SQLite store file
 * @param pluginsDir directory of plugin jars, or {@code null} for the directory beside viralscope.jar
 * @param analysis  detector run settings
 * @param youtube   YouTube Data API settings
 * @param alerts    breakout alert settings
 * @param detectors per-detector settings, {@code detectors.<id>.<key>}
 */
public record Settings(String source, Path dbPath, Path pluginsDir, Analysis analysis, YouTube youtube,
                       Alerts alerts, Map<String, Map<String, Object>> detectors) {

    /**
     * @param detectorTimeout longest time one detector may take on one video
     * @param threads         worker threads (already resolved: never 0)
     * @param cacheSize       detections kept in memory
     */
    public record Analysis(Duration detectorTimeout, int threads, int cacheSize) {
    }

    /**
     * @param rootUrl base URL of the YouTube Data API
     * @param keyFile file holding the API key, or {@code null} to read {@code YOUTUBE_API_KEY}
     */
    public record YouTube(String rootUrl, Path keyFile) {
    }

    /**
     * @param webhookUrl where breakout alerts are posted, or {@code null} for none
     * @param retries    further attempts after a failed post
     */
    public record Alerts(java.net.URI webhookUrl, int retries) {
    }

    /** Settings of one detector; empty when the configuration names none. */
    public Map<String, Object> detectorSettings(String detectorId) {
        return detectors.getOrDefault(detectorId, Map.of());
    }

    public Settings withDbPath(Path path) {
        return new Settings(source, path, pluginsDir, analysis, youtube, alerts, detectors);
    }

    public Settings withPluginsDir(Path dir) {
        return new Settings(source, dbPath, dir, analysis, youtube, alerts, detectors);
    }

    public Settings withYouTubeRootUrl(String rootUrl) {
        return new Settings(source, dbPath, pluginsDir, analysis, new YouTube(rootUrl, youtube.keyFile()),
                alerts, detectors);
    }
}
