package io.viralscope.app.youtube;

import io.viralscope.app.ExitCodes;
import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The YouTube Data API key, from the key file named in {@code youtube.key-file} or else from the
 * {@code YOUTUBE_API_KEY} environment variable; never from the command line, where other users of the machine
 * could read it. Its {@link #toString()} hides it, and {@link #redact(String)} removes it from any text that is
 * about to be shown.
 */
public final class ApiKey {

    /** The environment variable the key is read from when no key file is configured. */
    public static final String ENV = "YOUTUBE_API_KEY";

    private final String value;
    private final String origin;

    private ApiKey(String value, String origin) {
        this.value = value;
        this.origin = origin;
    }

    /**
     * The key of this run.
     *
     * @throws UserError exit 3 when no key is set; exit 2 when the configured key file is missing or empty
     */
    public static ApiKey resolve(Settings.YouTube settings, Map<String, String> env) {
        Path file = settings.keyFile();
        if (file != null) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw UserError.badInput("The key file " + file + " named by youtube.key-file does not exist;"
                        + " create it with the API key on one line, or correct the path.");
            } catch (IOException e) {
                throw UserError.badInput("The key file " + file + " named by youtube.key-file cannot be read;"
                        + " check its permissions.");
            }
            String key = text.strip().lines().findFirst().orElse("").strip();
            if (key.isEmpty()) {
                throw UserError.badInput("The key file " + file + " named by youtube.key-file is empty; put the"
                        + " API key in it on one line.");
            }
            return new ApiKey(key, "the key file " + file);
        }
        String key = env.getOrDefault(ENV, "").strip();
        if (key.isEmpty()) {
            throw new UserError(ExitCodes.YOUTUBE_API, "No YouTube API key is set; set the " + ENV
                    + " environment variable, or name a file holding the key in youtube.key-file"
                    + " (docs/youtube.md shows how to get a key).");
        }
        return new ApiKey(key, "the " + ENV + " environment variable");
    }

    /** A key given directly (tests, benchmarks). */
    public static ApiKey of(String value) {
        return new ApiKey(value, "the given key");
    }

    /** The secret itself: for the request only, never for output. */
    String value() {
        return value;
    }

    /** Where the key came from, for messages ("the YOUTUBE_API_KEY environment variable"). */
    public String origin() {
        return origin;
    }

    /** {@code text} with every occurrence of the key replaced by {@code [API key]}. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, "[API key]");
    }

    @Override
    public String toString() {
        return "ApiKey[from " + origin + "]";
    }
}
