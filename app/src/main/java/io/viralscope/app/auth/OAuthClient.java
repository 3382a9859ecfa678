package io.viralscope.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.viralscope.app.ExitCodes;
import io.viralscope.app.Json;
import io.viralscope.app.UserError;
import io.viralscope.app.config.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The OAuth client a user creates in the Google Cloud console (an installed, "Desktop app" client): its id and
 * secret, from {@code YOUTUBE_OAUTH_CLIENT_ID} and {@code YOUTUBE_OAUTH_CLIENT_SECRET} when both are set, else from
 * the client JSON named by {@code youtube.oauth-client-file}. Google says an installed app's secret is not
 * confidential, but it is still kept out of every output: {@link #toString()} hides it.
 *
 * @param id           the client id ({@code ...apps.googleusercontent.com})
 * @param secret       the client secret
 * @param authorizeUrl Google's authorization endpoint, from the client JSON's {@code auth_uri}
 * @param origin       where the client came from, for messages
 */
public record OAuthClient(String id, String secret, String authorizeUrl, String origin) {

    public static final String ENV_ID = "YOUTUBE_OAUTH_CLIENT_ID";
    public static final String ENV_SECRET = "YOUTUBE_OAUTH_CLIENT_SECRET";
    static final String DEFAULT_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/auth";

    /**
     * The client of this run.
     *
     * @throws UserError exit 3 when none is configured; exit 2 when the client file is missing or not a client JSON
     */
    public static OAuthClient resolve(Settings.OwnerAnalytics settings, Map<String, String> env) {
        String id = env.getOrDefault(ENV_ID, "").strip();
        String secret = env.getOrDefault(ENV_SECRET, "").strip();
        if (!id.isEmpty() && !secret.isEmpty()) {
            return new OAuthClient(id, secret, DEFAULT_AUTHORIZE_URL, "the " + ENV_ID + " and " + ENV_SECRET
                    + " environment variables");
        }
        Path file = settings.clientFile();
        if (file == null) {
            throw new UserError(ExitCodes.YOUTUBE_API, "No OAuth client is configured; name the client JSON"
                    + " downloaded from the Google Cloud console in youtube.oauth-client-file, or set " + ENV_ID
                    + " and " + ENV_SECRET + " (docs/youtube.md shows how to create one).");
        }
        return fromFile(file);
    }

    /** Reads a client JSON as the Cloud console writes it: {@code {"installed": {...}}} (or {@code "web"}). */
    static OAuthClient fromFile(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw UserError.badInput("The OAuth client file " + file + " named by youtube.oauth-client-file does"
                    + " not exist; download the client JSON from the Google Cloud console, or correct the path.");
        } catch (IOException e) {
            throw UserError.badInput("The OAuth client file " + file + " is not a client JSON from the Google"
                    + " Cloud console; download it again (APIs & Services > Credentials > the client > Download JSON).");
        }
        JsonNode client = root == null ? null : root.has("installed") ? root.get("installed") : root.get("web");
        String id = client == null ? "" : client.path("client_id").asText("").strip();
        String secret = client == null ? "" : client.path("client_secret").asText("").strip();
        if (id.isEmpty() || secret.isEmpty()) {
            throw UserError.badInput("The OAuth client file " + file + " is not a client JSON from the Google"
                    + " Cloud console; download it again (APIs & Services > Credentials > the client > Download JSON).");
        }
        String auth = client.path("auth_uri").asText("").strip();
        return new OAuthClient(id, secret, auth.isEmpty() ? DEFAULT_AUTHORIZE_URL : auth,
                "the OAuth client file " + file);
    }

    @Override
    public String toString() {
        return "OAuthClient[" + id + " from " + origin + "]";
    }
}
