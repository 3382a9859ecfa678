package io.viralscope.app.youtube;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded and constructed API bodies in src/test/resources/youtube (see the README there). */
public final class YoutubeFixtures {

    /** The request path of videos.list under the API root. */
    public static final String VIDEOS_PATH = "/youtube/v3/videos";

    private YoutubeFixtures() {
    }

    /** The text of one fixture file. */
    public static String body(String name) {
        try (InputStream in = YoutubeFixtures.class.getResourceAsStream("/youtube/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
