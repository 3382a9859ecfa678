package io.viralscope.app.analytics;

import io.viralscope.app.youtube.ApiFailure;
import io.viralscope.app.youtube.ApiFailureMessage;

import java.time.Instant;

/**
 * The one sentence a user reads when an analytics pull stops on an API failure: the Data API's sentences
 * ({@link ApiFailureMessage}) for the Analytics API, said for a pull rather than for polling. Built from the
 * classified failure only, never from exception text or the request (which carries the access token).
 */
public final class AnalyticsFailureMessage {

    private AnalyticsFailureMessage() {
    }

    /**
     * @param f       the failure
     * @param rootUrl the Analytics API root used
     * @param videoId the video whose report failed
     * @param resetAt the next quota reset (midnight Pacific time)
     */
    public static String sentence(ApiFailure f, String rootUrl, String videoId, Instant resetAt) {
        String tries = f.attempts() == 1 ? "1 attempt" : f.attempts() + " attempts";
        String reason = f.reason().isEmpty() ? "" : " (" + f.reason() + ")";
        return switch (f.problem()) {
            case QUOTA_EXCEEDED, BUDGET_SPENT -> "YouTube says the Analytics API quota of the OAuth client's"
                    + " project is used up; what was pulled is stored; pull again after the quota reset at midnight"
                    + " Pacific time (" + ApiFailureMessage.utc(resetAt) + ").";
            case RATE_LIMITED -> "YouTube still answered rateLimitExceeded after " + tries + "; what was pulled is"
                    + " stored; pull again in a few minutes.";
            case SERVER_ERROR -> "YouTube answered HTTP " + f.status() + reason + " " + tries + " in a row for"
                    + " video " + videoId + "; what was pulled is stored; pull again later.";
            case NETWORK -> "Could not reach the YouTube Analytics API at " + rootUrl + " (" + f.reason()
                    + ") after " + tries + "; check the network connection and youtube.analytics-root.";
            case API_NOT_ENABLED -> "The YouTube Analytics API is not enabled in the OAuth client's Google Cloud"
                    + " project; enable it under APIs & Services > Library, wait a few minutes, and pull again.";
            case NOT_AN_API_RESPONSE -> "The server at " + rootUrl + " answered reports.query for video " + videoId
                    + " with something that is not a YouTube Analytics result table" + reason + "; nothing of"
                    + " that video was stored; check that youtube.analytics-root points to the YouTube Analytics"
                    + " API.";
            case KEY_INVALID, KEY_RESTRICTED, OTHER -> "The server at " + rootUrl + " refused reports.query for"
                    + " video " + videoId + " with HTTP " + f.status() + reason + "; check that"
                    + " youtube.analytics-root points to the YouTube Analytics API.";
        };
    }
}
