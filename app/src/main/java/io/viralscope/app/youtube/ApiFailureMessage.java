package io.viralscope.app.youtube;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one sentence a user reads when polling stops on an API failure: what happened and what to do. Built from
 * the classified failure only, never from exception text or the request URL (which holds the key).
 */
public final class ApiFailureMessage {

    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private ApiFailureMessage() {
    }

    /**
     * @param f         the failure
     * @param rootUrl   the API root used
     * @param keyOrigin where the key came from ("the YOUTUBE_API_KEY environment variable")
     * @param budget    the configured daily budget
     * @param resetAt   the next quota reset
     */
    public static String sentence(ApiFailure f, String rootUrl, String keyOrigin, int budget, Instant resetAt) {
        String reset = "the quota reset at midnight Pacific time (" + utc(resetAt) + ")";
        String tries = f.attempts() == 1 ? "1 attempt" : f.attempts() + " attempts";
        return switch (f.problem()) {
            case QUOTA_EXCEEDED -> "YouTube says the API key's daily quota is used up; polling can resume after "
                    + reset + ".";
            case BUDGET_SPENT -> "Today's budget of " + String.format(Locale.ROOT, "%,d", budget) + " quota units"
                    + " (youtube.daily-quota) is spent; polling can resume after " + reset + ".";
            case RATE_LIMITED -> "YouTube still answered rateLimitExceeded after " + tries + "; what was fetched"
                    + " is stored; poll again in a few minutes, or lower youtube.parallel-requests.";
            case SERVER_ERROR -> "YouTube answered HTTP " + f.status() + reasonInBrackets(f) + " " + tries
                    + " in a row; what was fetched is stored; poll again later.";
            case NETWORK -> "Could not reach the YouTube API at " + rootUrl + " (" + f.reason() + ") after " + tries
                    + "; check the network connection and --api-root (youtube.root-url).";
            case KEY_INVALID -> "YouTube rejected the API key as not valid; check that " + keyOrigin + " holds the"
                    + " key shown in the Google Cloud console under APIs & Services > Credentials.";
            case API_NOT_ENABLED -> "The YouTube Data API v3 is not enabled in the API key's Google Cloud project;"
                    + " enable it under APIs & Services > Library, wait a few minutes, and poll again.";
            case KEY_RESTRICTED -> "The API key is not allowed to call the YouTube Data API v3 from here ("
                    + f.reason() + "); in the Google Cloud console, add YouTube Data API v3 to the key's API"
                    + " restrictions and allow this machine, or use another key.";
            case NOT_AN_API_RESPONSE -> "The server at " + rootUrl + " answered videos.list with something that is"
                    + " not a YouTube API response (" + f.reason() + "); check that --api-root (youtube.root-url)"
                    + " points to the YouTube Data API.";
            case OTHER -> "The server at " + rootUrl + " refused videos.list with HTTP " + f.status()
                    + reasonInBrackets(f) + "; check that --api-root (youtube.root-url) points to the YouTube Data"
                    + " API and that the tracked ids are video ids.";
        };
    }

    /** An instant as {@code 2026-11-26 08:00 UTC}. */
    public static String utc(Instant instant) {
        return UTC_MINUTE.format(instant);
    }

    private static String reasonInBrackets(ApiFailure f) {
        return f.reason().isEmpty() ? "" : " (" + f.reason() + ")";
    }
}
