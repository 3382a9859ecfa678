package io.viralscope.app.config;

import io.viralscope.app.store.StoreLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The validated, frozen configuration of one run: the shipped defaults, overlaid by the user's file, overlaid by
 * command-line options. Built once by {@link ConfigLoader}; every other class reads settings from here.
 *
 * @param source    where the user's values came from ("built-in defaults" or a file path), for messages
 * @param store     where the store lives: an SQLite file or a PostgreSQL database
 * @param pluginsDir directory of plugin jars, or {@code null} for the directory beside viralscope.jar
 * @param analysis  detector run settings
 * @param youtube   YouTube Data API settings
 * @param alerts    breakout alert settings
 * @param detectors per-detector settings, {@code detectors.<id>.<key>}
 * @param ownerAnalytics YouTube Analytics API and OAuth settings ({@code viralscope auth}, {@code analytics pull})
 */
public record Settings(String source, StoreLocation store, Path pluginsDir, Analysis analysis, YouTube youtube,
                       Alerts alerts, Map<String, Map<String, Object>> detectors, OwnerAnalytics ownerAnalytics) {

    /**
     * @param rootUrl    base URL of the YouTube Analytics API ({@code youtube.analytics-root})
     * @param tokenUrl   Google's OAuth 2.0 token endpoint ({@code youtube.oauth-token-url})
     * @param clientFile the OAuth client JSON downloaded from the Cloud console, or {@code null} when none is
     *                   configured ({@code youtube.oauth-client-file})
     */
    public record OwnerAnalytics(String rootUrl, String tokenUrl, Path clientFile) {
        public static final OwnerAnalytics DEFAULT = new OwnerAnalytics("https://youtubeanalytics.googleapis.com/",
                "https://oauth2.googleapis.com/token", null);
    }

    /**
     * @param detectorTimeout longest time one detector may take on one video
     * @param threads         worker threads (already resolved: never 0)
     * @param cacheSize       detections kept in memory
     */
    public record Analysis(Duration detectorTimeout, int threads, int cacheSize) {
    }

    /**
     * @param rootUrl          base URL of the YouTube Data API
     * @param keyFile          file holding the API key, or {@code null} to read {@code YOUTUBE_API_KEY}
     * @param dailyQuota       quota units the poller may spend per Pacific-time day
     * @param minPollInterval  shortest time between two requests for the same video, across all runs
     * @param requestTimeout   connect and read timeout of one request
     * @param parallelRequests requests in flight at once during a polling round
     * @param retry            how failed requests are retried
     * @param watchEvery       interval of the fastest tier of {@code watch} when {@code --every} is not given
     * @param retentionDays    days API-key samples are kept before they are purged
     * @param retentionBasis   why samples may be kept longer than 30 days; empty when they may not
     */
    public record YouTube(String rootUrl, Path keyFile, int dailyQuota, Duration minPollInterval,
                          Duration requestTimeout, int parallelRequests, Retry retry, Duration watchEvery,
                          int retentionDays, String retentionBasis) {

        /** The defaults of the shipped configuration for everything but the root URL and key file. */
        public YouTube(String rootUrl, Path keyFile) {
            this(rootUrl, keyFile, 10_000, Duration.ofMinutes(5), Duration.ofSeconds(20), 4, Retry.DEFAULT,
                    Duration.ofMinutes(15), 30, "");
        }

        public YouTube withRootUrl(String url) {
            return new YouTube(url, keyFile, dailyQuota, minPollInterval, requestTimeout, parallelRequests, retry,
                    watchEvery, retentionDays, retentionBasis);
        }
    }

    /**
     * Retries of a request that failed for a reason that may pass (docs/architecture.md#errors-and-backoff).
     *
     * @param attempts         requests per batch at most, the first included
     * @param firstBackoff     wait before the second attempt after a server error or timeout; doubles each time
     * @param rateLimitBackoff wait before retrying after {@code rateLimitExceeded}; doubles each time
     * @param maxBackoff       longest single wait
     */
    public record Retry(int attempts, Duration firstBackoff, Duration rateLimitBackoff, Duration maxBackoff) {
        public static final Retry DEFAULT = new Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(5));
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

    public Settings withStore(StoreLocation location) {
        return new Settings(source, location, pluginsDir, analysis, youtube, alerts, detectors, ownerAnalytics);
    }

    public Settings withPluginsDir(Path dir) {
        return new Settings(source, store, dir, analysis, youtube, alerts, detectors, ownerAnalytics);
    }

    public Settings withYouTubeRootUrl(String rootUrl) {
        return new Settings(source, store, pluginsDir, analysis, youtube.withRootUrl(rootUrl), alerts, detectors,
                ownerAnalytics);
    }
}
