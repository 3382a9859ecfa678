package io.viralscope.app.auth;

import java.util.List;

/** What Viralscope asks the channel owner for: read-only analytics, and read-only YouTube to name the channel. */
public final class OAuthScopes {

    public static final String ANALYTICS_READONLY = "https://www.googleapis.com/auth/yt-analytics.readonly";
    public static final String YOUTUBE_READONLY = "https://www.googleapis.com/auth/youtube.readonly";

    /** Both scopes, in the order they are requested. */
    public static final List<String> ALL = List.of(ANALYTICS_READONLY, YOUTUBE_READONLY);

    private OAuthScopes() {
    }
}
