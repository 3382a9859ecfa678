package io.viralscope.app.auth;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Revokes a refresh token at Google's revocation endpoint, the token endpoint's sibling: for the default
 * {@code https://oauth2.googleapis.com/token} that is {@code https://oauth2.googleapis.com/revoke}. The token goes
 * in the form body, never in the address (which proxies log).
 */
public final class Revocation {

    /** What became of the token. */
    public enum Outcome {
        /** Google revoked it. */
        REVOKED,
        /** Google no longer knew it (revoked or expired before). */
        ALREADY_INVALID,
        /** Google could not be asked, or answered otherwise; the token may still be valid. */
        NOT_CONFIRMED
    }

    private final HttpTransport transport;
    private final String revokeUrl;
    private final Duration timeout;

    public Revocation(HttpTransport transport, String tokenUrl, Duration timeout) {
        this.transport = transport;
        this.revokeUrl = revokeUrl(tokenUrl);
        this.timeout = timeout;
    }

    /** The revocation endpoint beside {@code tokenUrl}. */
    static String revokeUrl(String tokenUrl) {
        String base = tokenUrl.endsWith("/") ? tokenUrl.substring(0, tokenUrl.length() - 1) : tokenUrl;
        return base.endsWith("/token") ? base.substring(0, base.length() - "token".length()) + "revoke"
                : base + "/revoke";
    }

    public String url() {
        return revokeUrl;
    }

    public Outcome revoke(String refreshToken) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try {
            HttpRequest request = transport.createRequestFactory().buildPostRequest(new GenericUrl(revokeUrl),
                    new UrlEncodedContent(Map.of("token", refreshToken)));
            request.setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0)
                    .setThrowExceptionOnExecuteError(false);
            HttpResponse response = request.execute();
            try {
                int status = response.getStatusCode();
                if (status >= 200 && status < 300) {
                    return Outcome.REVOKED;
                }
                String body = response.parseAsString();
                return status == 400 && body.contains("invalid_token") ? Outcome.ALREADY_INVALID
                        : Outcome.NOT_CONFIRMED;
            } finally {
                response.disconnect();
            }
        } catch (IOException e) {
            return Outcome.NOT_CONFIRMED;
        }
    }
}
