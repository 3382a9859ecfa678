package io.viralscope.app.auth;

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;
import io.viralscope.app.youtube.ApiFailure;
import io.viralscope.app.youtube.ApiProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Access tokens for the signed-in channel, obtained with its refresh token from Google's token endpoint
 * ({@code youtube.oauth-token-url}) through the OAuth library's {@link Credential}, which judges expiry by the
 * injected clock. The refresh token comes from {@code YOUTUBE_OAUTH_REFRESH_TOKEN} when set (servers, CI), else from
 * the {@link SignInFile}. A refresh Google refuses (revoked, expired) ends the run with "run `viralscope auth
 * login`"; a token endpoint that fails or cannot be reached is an {@link ApiFailure} the caller may retry.
 */
public final class AccessTokens {

    public static final String ENV_REFRESH_TOKEN = "YOUTUBE_OAUTH_REFRESH_TOKEN";
    /** A token this close to expiry is refreshed before use rather than sent to fail. */
    private static final long EXPIRY_MARGIN_SECONDS = 60;

    private final Credential credential;
    private final OAuthClient client;
    private final SignInFile file;
    private final Clock clock;
    private SignIn signIn;

    private AccessTokens(Credential credential, OAuthClient client, SignIn signIn, SignInFile file, Clock clock) {
        this.credential = credential;
        this.client = client;
        this.signIn = signIn;
        this.file = file;
        this.clock = clock;
    }

    /**
     * The tokens of this run's sign-in.
     *
     * @param file where {@code auth login} saved the sign-in; not read when the environment gives a refresh token
     * @throws UserError exit 3 when nobody is signed in or no OAuth client is configured
     */
    public static AccessTokens open(Settings.OwnerAnalytics settings, Map<String, String> env, SignInFile file,
                                    Clock clock, Duration timeout) {
        String fromEnv = env.getOrDefault(ENV_REFRESH_TOKEN, "").strip();
        SignIn signIn;
        SignInFile saveTo;
        if (!fromEnv.isEmpty()) {
            signIn = new SignIn(fromEnv, "", "", null, null);
            saveTo = null;
        } else {
            signIn = file.read().orElseThrow(() -> notSignedIn(file.path()));
            saveTo = file;
        }
        OAuthClient client = OAuthClient.resolve(settings, env);
        Credential credential = credential(settings.tokenUrl(), client, new ApacheHttpTransport(), clock, timeout);
        credential.setRefreshToken(signIn.refreshToken());
        return new AccessTokens(credential, client, signIn, saveTo, clock);
    }

    /** A credential that refreshes at {@code tokenUrl} with {@code client}; no token set yet. */
    static Credential credential(String tokenUrl, OAuthClient client, HttpTransport transport, Clock clock,
                                 Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
                .setTransport(transport)
                .setJsonFactory(GsonFactory.getDefaultInstance())
                .setTokenServerEncodedUrl(tokenUrl)
                .setClientAuthentication(new ClientParametersAuthentication(client.id(), client.secret()))
                .setRequestInitializer(r -> r.setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0))
                .setClock(new GoogleClock(clock))
                .build();
    }

    /** The sentence for a run without a sign-in. */
    static UserError notSignedIn(Path file) {
        return new UserError(ExitCodes.YOUTUBE_API, "No YouTube channel is signed in (there is no " + file
                + "); run `viralscope auth login`, or on a server set " + ENV_REFRESH_TOKEN + " with "
                + OAuthClient.ENV_ID + " and " + OAuthClient.ENV_SECRET + " (docs/youtube.md).");
    }

    /** The sign-in these tokens come from. */
    public SignIn signIn() {
        return signIn;
    }

    /** True when the refresh token came from the environment rather than the sign-in file. */
    public boolean fromEnvironment() {
        return file == null;
    }

    /** A valid access token: the current one, or a new one when there is none or it is about to expire. */
    public synchronized String current() throws ApiFailure {
        Long left = credential.getExpiresInSeconds();
        if (credential.getAccessToken() == null || left == null || left <= EXPIRY_MARGIN_SECONDS) {
            return refreshed();
        }
        return credential.getAccessToken();
    }

    /** A new access token, whatever the state of the current one (after the API answered 401). */
    public synchronized String refreshed() throws ApiFailure {
        boolean ok;
        try {
            ok = credential.refreshToken();
        } catch (TokenResponseException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new ApiFailure(ApiProblem.NETWORK, 0, "token endpoint: " + e.getClass().getSimpleName(), 1);
        }
        if (!ok || credential.getAccessToken() == null) {
            // the library answers false for a 5xx from the token endpoint: worth another try later
            throw new ApiFailure(ApiProblem.SERVER_ERROR, 500, "token endpoint", 1);
        }
        signIn = new SignIn(credential.getRefreshToken() == null ? signIn.refreshToken()
                : credential.getRefreshToken(), signIn.channelId(), signIn.channelTitle(), signIn.signedInAt(),
                clock.instant());
        if (file != null) {
            file.write(signIn);
        }
        return credential.getAccessToken();
    }

    private UserError refused(TokenResponseException e) {
        String error = e.getDetails() == null || e.getDetails().getError() == null ? ""
                : e.getDetails().getError();
        if (error.equals("invalid_client") || error.equals("unauthorized_client")) {
            return new UserError(ExitCodes.YOUTUBE_API, "Google refused the OAuth client from " + client.origin()
                    + " (" + error + "); check its id and secret, or download the client JSON again, then run"
                    + " `viralscope auth login`.");
        }
        String where = file == null ? "the refresh token in " + ENV_REFRESH_TOKEN : "the saved sign-in";
        return new UserError(ExitCodes.YOUTUBE_API, "Google refused " + where + " (HTTP " + e.getStatusCode()
                + (error.isEmpty() ? "" : ", " + error) + ": it was revoked or has expired); run `viralscope auth"
                + " login` to sign in again.");
    }
}
