package io.viralscope.app.youtube;

import io.viralscope.app.config.DurationText;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** A network failure of a Google API call in a few words: the Data API's and the Analytics API's alike. */
public final class NetworkFailureText {

    private NetworkFailureText() {
    }

    /**
     * A short description of {@code e}; never the exception's message itself, which may hold the URL (and so a key).
     *
     * @param timeout the read timeout, named when it ran out
     */
    public static String of(IOException e, Duration timeout) {
        if (e instanceof SocketTimeoutException) {
            return "no answer within " + DurationText.format(timeout);
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof SSLException) {
            return "TLS failure";
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase();
        if (m.contains("reset")) {
            return "connection reset";
        }
        if (m.contains("unexpected end") || m.contains("premature") || m.contains("eof")) {
            return "connection closed mid-answer";
        }
        return "network error (" + e.getClass().getSimpleName() + ")";
    }
}
