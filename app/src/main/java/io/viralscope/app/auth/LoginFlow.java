package io.viralscope.app.auth;

import com.google.api.client.auth.oauth2.AuthorizationCodeFlow;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.extensions.java6.auth.oauth2.VerificationCodeReceiver;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Google's OAuth 2.0 flow for installed applications, run with the OAuth library: an authorization address with
 * both scopes, offline access (so Google gives a refresh token) and PKCE; the user consents in a browser, Google
 * redirects to a loopback receiver on this machine with a code, and the code is exchanged at the token endpoint.
 * Nothing is saved here: the caller saves the {@link SignIn}.
 */
public final class LoginFlow {

    private final AuthorizationCodeFlow flow;

    /**
     * @param tokenUrl  the token endpoint ({@code youtube.oauth-token-url})
     * @param client    the OAuth client
     * @param transport HTTP transport
     * @param clock     the one clock
     * @param timeout   connect and read timeout of the code exchange
     */
    public LoginFlow(String tokenUrl, OAuthClient client, HttpTransport transport, Clock clock, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.flow = new AuthorizationCodeFlow.Builder(BearerToken.authorizationHeaderAccessMethod(), transport,
                GsonFactory.getDefaultInstance(), new GenericUrl(tokenUrl),
                new ClientParametersAuthentication(client.id(), client.secret()), client.id(), client.authorizeUrl())
                .setScopes(OAuthScopes.ALL)
                .setClock(new GoogleClock(clock))
                .setRequestInitializer(r -> r.setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0))
                .enablePKCE()
                .build();
    }

    /** The address the user opens to consent, for a receiver at {@code redirectUri}. */
    public String authorizationUrl(String redirectUri) {
        return flow.newAuthorizationUrl().setRedirectUri(redirectUri)
                .set("access_type", "offline") // a refresh token, for pulls long after this sign-in
                .set("prompt", "consent")      // Google gives a refresh token only on consent
                .build();
    }

    /**
     * Runs the flow: starts {@code receiver}, hands the authorization address to {@code open} (a browser, or a
     * line printed for the user), waits for the redirect and exchanges its code.
     *
     * @return the tokens Google gave; the refresh token is never {@code null}
     * @throws UserError exit 3 when the user refused, or Google refused the code or gave no refresh token
     */
    public TokenResponse authorize(VerificationCodeReceiver receiver, Consumer<String> open) {
        try {
            String redirectUri = receiver.getRedirectUri();
            open.accept(authorizationUrl(redirectUri));
            String code;
            try {
                code = receiver.waitForCode();
            } catch (IOException e) {
                throw new UserError(ExitCodes.YOUTUBE_API, "The sign-in was refused or cancelled in the browser;"
                        + " run `viralscope auth login` again and allow both permissions.");
            }
            TokenResponse tokens;
            try {
                tokens = flow.newTokenRequest(code).setRedirectUri(redirectUri).execute();
            } catch (TokenResponseException e) {
                String error = e.getDetails() == null || e.getDetails().getError() == null ? ""
                        : ", " + e.getDetails().getError();
                throw new UserError(ExitCodes.YOUTUBE_API, "Google refused the sign-in code (HTTP "
                        + e.getStatusCode() + error + "); run `viralscope auth login` again, and check that"
                        + " the OAuth client is a Desktop app client.");
            }
            if (tokens.getRefreshToken() == null || tokens.getRefreshToken().isBlank()) {
                throw new UserError(ExitCodes.YOUTUBE_API, "Google gave no refresh token for this sign-in;"
                        + " remove Viralscope's access at https://myaccount.google.com/permissions and run"
                        + " `viralscope auth login` again.");
            }
            return tokens;
        } catch (IOException e) {
            throw new UserError(ExitCodes.YOUTUBE_API, "Could not complete the sign-in with Google ("
                    + e.getClass().getSimpleName() + "); check the network connection and youtube.oauth-token-url,"
                    + " then run `viralscope auth login` again.");
        } finally {
            try {
                receiver.stop();
            } catch (IOException ignored) {
                // the receiver's port is released with the process anyway
            }
        }
    }
}
