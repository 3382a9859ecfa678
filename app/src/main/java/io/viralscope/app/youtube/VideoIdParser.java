package io.viralscope.app.youtube;

import io.viralscope.app.UserError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the video id out of what people paste: a bare 11-character id or a link in any of the forms YouTube
 * hands out ({@code watch?v=} with other parameters, {@code youtu.be/}, {@code /shorts/}, {@code /embed/},
 * {@code /live/}, {@code /v/}, on {@code www.}, {@code m.}, {@code music.} or the no-cookie host). Anything else
 * is refused rather than guessed at, since a wrong id would silently track another video.
 */
public final class VideoIdParser {

    /** An 11-character YouTube video id. */
    public static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "music.youtube.com", "gaming.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> PATH_PREFIXES = Set.of("shorts", "embed", "live", "v", "e");

    private VideoIdParser() {
    }

    /**
     * The video id in {@code text}.
     *
     * @throws UserError (exit 2) naming {@code text} when it is neither an id nor a YouTube video link
     */
    public static String parse(String text) {
        String t = text == null ? "" : text.trim();
        if (VIDEO_ID.matcher(t).matches()) {
            return t;
        }
        String id = fromUrl(t);
        if (id == null) {
            throw UserError.badInput("'" + text + "' is not a YouTube video id or video link; give the"
                    + " 11-character id (such as dQw4w9WgXcQ) or a link such as"
                    + " https://www.youtube.com/watch?v=dQw4w9WgXcQ.");
        }
        return id;
    }

    private static String fromUrl(String text) {
        String withScheme = text.matches("(?i)https?://.*") ? text : "https://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String[] path = uri.getRawPath() == null ? new String[0] : uri.getRawPath().replaceAll("^/+", "").split("/");
        if (host.equals("youtu.be") || host.equals("www.youtu.be")) {
            return path.length == 1 ? validId(path[0]) : null;
        }
        if (!YOUTUBE_HOSTS.contains(host)) {
            return null;
        }
        if (path.length == 1 && path[0].equals("watch")) {
            return validId(queryParameter(uri.getRawQuery(), "v"));
        }
        if (path.length == 2 && PATH_PREFIXES.contains(path[0])) {
            return validId(path[1]);
        }
        return null;
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static String validId(String candidate) {
        return candidate != null && VIDEO_ID.matcher(candidate).matches() ? candidate : null;
    }
}
