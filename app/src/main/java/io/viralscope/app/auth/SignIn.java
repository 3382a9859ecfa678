package io.viralscope.app.auth;

import java.time.Instant;

/**
 * A signed-in channel: the refresh token Google gave, and what {@code auth status} shows of it.
 *
 * @param refreshToken the long-lived refresh token; a secret, never shown
 * @param channelId    the channel's id, or empty when unknown (signed in through the environment)
 * @param channelTitle the channel's title, or empty when unknown
 * @param signedInAt   when {@code auth login} finished, or {@code null} when unknown
 * @param refreshedAt  when an access token was last obtained with it, or {@code null} when never
 */
public record SignIn(String refreshToken, String channelId, String channelTitle, Instant signedInAt,
                     Instant refreshedAt) {

    /** The same sign-in, last refreshed at {@code at}. */
    public SignIn refreshed(Instant at) {
        return new SignIn(refreshToken, channelId, channelTitle, signedInAt, at);
    }

    /** The channel as a person names it: {@code "Brand" (UC...)}, or a note that it is unknown. */
    public String channel() {
        if (channelId.isEmpty()) {
            return "a channel Viralscope has not named yet";
        }
        return channelTitle.isEmpty() ? channelId : "\"" + channelTitle + "\" (" + channelId + ")";
    }

    @Override
    public String toString() {
        return "SignIn[" + channel() + "]";
    }
}
