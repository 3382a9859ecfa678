package io.viralscope.app.analytics;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.auth.AccessTokens;
import io.viralscope.app.config.Settings;
import io.viralscope.app.youtube.ApiFailure;
import io.viralscope.app.youtube.Backoff;
import io.viralscope.app.youtube.Sleeper;

/**
 * Sends a {@link ReportQuery} until it is answered, the way the Data API poller does
 * (docs/architecture.md#errors-and-backoff): up to {@code youtube.retry.attempts} requests, waiting by the same
 * {@link Backoff} after 429 and 5xx answers and network failures. A 401 is answered once by refreshing the access
 * token and asking again at once (the token expired early or was dropped); a second 401 means the sign-in no
 * longer works. A 403 {@code forbidden} is a video the channel does not own.
 */
public final class AnalyticsRequests {

    private final AnalyticsClient client;
    private final AccessTokens tokens;
    private final Settings.Retry retry;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public AnalyticsRequests(AnalyticsClient client, AccessTokens tokens, Settings.Retry retry, Backoff backoff,
                             Sleeper sleeper) {
        this.client = client;
        this.tokens = tokens;
        this.retry = retry;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public AnalyticsClient client() {
        return client;
    }

    /**
     * The answer to {@code query}.
     *
     * @throws ApiFailure    when it failed for good, or still failed after the last attempt
     * @throws VideoNotOwned when the channel does not own the video
     * @throws UserError     exit 3 when the sign-in is refused
     */
    public ResultTable send(ReportQuery query) throws ApiFailure, VideoNotOwned, InterruptedException {
        int failures = 0;
        boolean refreshedAfter401 = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return client.query(tokens.current(), query);
            } catch (ApiFailure f) {
                if (f.status() == 401) {
                    if (refreshedAfter401) {
                        throw new UserError(ExitCodes.YOUTUBE_API, "YouTube refused the signed-in channel's access"
                                + " even with a new token (HTTP 401" + (f.reason().isEmpty() ? "" : ", " + f.reason())
                                + "); run `viralscope auth login` to sign in again.");
                    }
                    refreshedAfter401 = true;
                    refreshOrFail(attempt);
                    continue;
                }
                if (f.status() == 403 && f.reason().equals("forbidden")) {
                    throw new VideoNotOwned(query.videoId());
                }
                if (!f.problem().retryable() || attempt >= retry.attempts()) {
                    throw f.afterAttempts(attempt);
                }
                sleeper.sleep(backoff.delay(++failures, f.problem()));
            }
        }
    }

    private void refreshOrFail(int attempt) throws ApiFailure {
        try {
            tokens.refreshed();
        } catch (ApiFailure f) {
            throw f.afterAttempts(attempt);
        }
    }
}
