package io.viralscope.app.auth;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.model.Channel;
import com.google.api.services.youtube.model.ChannelListResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which channel a token belongs to: {@code channels.list?mine=true&part=snippet} on the YouTube Data API
 * ({@code youtube.root-url}), with the access token rather than the API key (the {@code youtube.readonly} scope).
 */
public final class ChannelLookup {

    /** The channel, id and title. */
    public record OwnChannel(String id, String title) {
    }

    private final HttpTransport transport;
    private final String rootUrl;
    private final Duration timeout;

    public ChannelLookup(HttpTransport transport, String rootUrl, Duration timeout) {
        this.transport = transport;
        this.rootUrl = rootUrl;
        this.timeout = timeout;
    }

    /** The signed-in account's channel, or empty when it has none or YouTube did not answer usefully. */
    public Optional<OwnChannel> mine(String accessToken) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        YouTube youtube = new YouTube.Builder(transport, GsonFactory.getDefaultInstance(), r -> r
                .setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0)
                .getHeaders().setAuthorization("Bearer " + accessToken))
                .setApplicationName("viralscope").setRootUrl(rootUrl).build();
        try {
            ChannelListResponse answer = youtube.channels().list(List.of("snippet")).setMine(true).execute();
            if (answer.getItems() == null || answer.getItems().isEmpty()) {
                return Optional.empty();
            }
            Channel c = answer.getItems().get(0);
            String title = c.getSnippet() == null || c.getSnippet().getTitle() == null ? ""
                    : c.getSnippet().getTitle();
            return c.getId() == null ? Optional.empty() : Optional.of(new OwnChannel(c.getId(), title));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
