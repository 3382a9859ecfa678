package io.viralscope.app.analytics;

import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.auth.AccessTokens;
import io.viralscope.app.auth.SignInFile;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.youtube.Backoff;
import io.viralscope.app.youtube.Sleeper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Everything an analytics pull needs, wired from the settings: the sign-in's access tokens, the client at
 * {@code youtube.analytics-root}, the Data API's retry settings and backoff, and the store.
 */
public final class AnalyticsSession {

    private final AccessTokens tokens;
    private final AnalyticsPull pull;
    private final AnalyticsClient client;

    private AnalyticsSession(AccessTokens tokens, AnalyticsPull pull, AnalyticsClient client) {
        this.tokens = tokens;
        this.pull = pull;
        this.client = client;
    }

    /**
     * @throws UserError exit 3 when nobody is signed in or no OAuth client is configured
     */
    public static AnalyticsSession open(Settings settings, Map<String, String> env, Path home, Store store,
                                        Clock clock, Sleeper sleeper, RandomGenerator random) {
        Settings.YouTube youtube = settings.youtube();
        AccessTokens tokens = AccessTokens.open(settings.ownerAnalytics(), env, SignInFile.inHome(home), clock,
                youtube.requestTimeout());
        AnalyticsClient client = new AnalyticsClient(new ApacheHttpTransport(),
                settings.ownerAnalytics().rootUrl(), youtube.requestTimeout());
        AnalyticsRequests requests = new AnalyticsRequests(client, tokens, youtube.retry(),
                new Backoff(youtube.retry(), random), sleeper);
        return new AnalyticsSession(tokens, new AnalyticsPull(requests, new AnalyticsStore(store, clock), store,
                clock), client);
    }

    public AnalyticsPull pull() {
        return pull;
    }

    /** The channel as messages name it. */
    public String channel() {
        String c = tokens.signIn().channel();
        return tokens.signIn().channelId().isEmpty() ? "the signed-in channel" : "the channel " + c;
    }

    /** Pulls {@code ids}; the outcome's failure, if any, is for the caller to report. */
    public AnalyticsRound.Outcome run(List<String> ids, LocalDate since) throws InterruptedException {
        return AnalyticsRound.run(pull, ids, since);
    }

    /** The sentence for a failure that stopped a round. */
    public String explain(AnalyticsRound.Outcome o) {
        return AnalyticsFailureMessage.sentence(o.failure(), client.rootUrl(), o.failedVideo(), pull.nextQuotaReset());
    }

    /** The error that ends a command on a round's failure. */
    public UserError error(AnalyticsRound.Outcome o) {
        return new UserError(ExitCodes.YOUTUBE_API, explain(o));
    }
}
