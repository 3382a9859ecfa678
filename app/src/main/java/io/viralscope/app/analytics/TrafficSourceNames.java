package io.viralscope.app.analytics;

import io.viralscope.api.TrafficSourceDay;

import java.util.Map;

/**
 * The Analytics API's {@code insightTrafficSourceType} values as YouTube Studio names them, so that pulled and
 * imported traffic sources land under one name in the store; above all {@code ADVERTISING}, which is
 * {@value TrafficSourceDay#PAID}: the observed paid views the campaign split uses. A value not listed is stored
 * as the API wrote it.
 */
final class TrafficSourceNames {

    private static final Map<String, String> STUDIO = Map.ofEntries(
            Map.entry("ADVERTISING", TrafficSourceDay.PAID),
            Map.entry("YT_SEARCH", "YouTube search"),
            Map.entry("RELATED_VIDEO", "Suggested videos"),
            Map.entry("SUBSCRIBER", "Browse features"),
            Map.entry("EXT_URL", "External"),
            Map.entry("NO_LINK_OTHER", "Direct or unknown"),
            Map.entry("PLAYLIST", "Playlists"),
            Map.entry("NOTIFICATION", "Notifications"),
            Map.entry("YT_CHANNEL", "Channel pages"),
            Map.entry("YT_OTHER_PAGE", "Other YouTube features"),
            Map.entry("END_SCREEN", "End screens"),
            Map.entry("SHORTS", "Shorts feed"),
            Map.entry("HASHTAGS", "Hashtag pages"));

    private TrafficSourceNames() {
    }

    static String studioName(String apiValue) {
        return STUDIO.getOrDefault(apiValue, apiValue);
    }
}
