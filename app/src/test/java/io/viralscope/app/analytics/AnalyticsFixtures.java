package io.viralscope.app.analytics;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.auth.SignIn;
import io.viralscope.app.auth.SignInFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The owner-analytics fixtures (src/test/resources/youtube-analytics, see the README there), the secrets tests
 * look for in every output, and WireMock stubs of the token endpoint and {@code reports.query}.
 */
public final class AnalyticsFixtures {

    /** Constructed secrets, in the formats Google uses, so a leak would be found by the patterns too. */
    public static final String REFRESH_TOKEN = "1//0gConstructedRefreshTokenForTests-abcdefghijklmnop";
    public static final String CLIENT_SECRET = "GOCSPX-constructed-not-a-secret";
    public static final String ACCESS_TOKEN = "ya29.a0-constructed-access-token";
    public static final String CLIENT_ID = "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com";
    public static final String VIDEO = "dQw4w9WgXcQ";
    public static final String OTHER_VIDEO = "9bZkp7q19f0";
    public static final String REPORTS_PATH = "/v2/reports";
    public static final String TOKEN_PATH = "/token";
    /** The fixture's days run 2026-09-01 to 09-14; on 09-17 (Pacific) 09-12 and later are provisional. */
    public static final Instant PULL_TIME = Instant.parse("2026-09-17T19:00:00Z");

    private AnalyticsFixtures() {
    }

    /** The text of one fixture file. */
    public static String body(String name) {
        try (InputStream in = AnalyticsFixtures.class.getResourceAsStream("/youtube-analytics/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String DAILY = "reports-query_day_one-video-filter_constructed.json";

    /**
     * A {@code dimensions=day,insightTrafficSourceType} answer shaped as the fixtures are (constructed): on each of
     * 2026-09-09 and 09-10, advertising and search views.
     */
    public static final String TRAFFIC = """
            {
              "kind": "youtubeAnalytics#resultTable",
              "columnHeaders": [
                {"name": "day", "columnType": "DIMENSION", "dataType": "STRING"},
                {"name": "insightTrafficSourceType", "columnType": "DIMENSION", "dataType": "STRING"},
                {"name": "views", "columnType": "METRIC", "dataType": "INTEGER"}
              ],
              "rows": [
                ["2026-09-09", "ADVERTISING", 400],
                ["2026-09-09", "YT_SEARCH", 2143],
                ["2026-09-10", "ADVERTISING", 9000],
                ["2026-09-10", "YT_SEARCH", 2291]
              ]
            }""";

    /** A code exchange answered (constructed like token_refresh-ok, with the refresh token Google adds). */
    public static final String CODE_EXCHANGE = "{\"access_token\": \"" + ACCESS_TOKEN + "\", \"expires_in\": 3599,"
            + " \"refresh_token\": \"" + REFRESH_TOKEN + "\", \"scope\": \"https://www.googleapis.com/auth/"
            + "youtube.readonly https://www.googleapis.com/auth/yt-analytics.readonly\", \"token_type\": \"Bearer\"}";

    /** The daily fixture with one day's figures changed: YouTube revising a provisional day. */
    public static String dailyWithRevisedDay(String day, long views, long shares) {
        String body = body(DAILY);
        int at = body.indexOf("\"" + day + "\"");
        int end = body.indexOf(']', at);
        String[] cells = body.substring(at, end).split(",");
        cells[1] = "\n      " + views;
        cells[4] = "\n      " + shares;
        return body.substring(0, at) + String.join(",", cells) + body.substring(end);
    }

    /** {@code body} (a result table with days first) with only the rows from {@code from} on, as the API answers. */
    public static String from(String body, String from) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) io.viralscope.app.Json.MAPPER.readTree(body);
            com.fasterxml.jackson.databind.node.ArrayNode kept = root.putArray("rows-kept");
            root.get("rows").forEach(r -> {
                if (r.get(0).asText().compareTo(from) >= 0) {
                    kept.add(r);
                }
            });
            root.set("rows", kept);
            root.remove("rows-kept");
            return io.viralscope.app.Json.MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refresh-token grant, answered. */
    public static void stubRefresh(WireMockExtension wm) {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(json(200, body("token_refresh-ok_constructed.json"))));
    }

    /** {@code reports.query} with {@code dimensions} (or none when {@code null}) for {@code video}. */
    public static MappingBuilder reports(String video, String dimensions) {
        return get(urlPathEqualTo(REPORTS_PATH)).withQueryParam("ids", equalTo("channel==MINE"))
                .withQueryParam("filters", equalTo("video==" + video))
                .withQueryParam("dimensions", dimensions == null ? absent() : equalTo(dimensions));
    }

    /** The daily report and the traffic sources of {@code video}, answered from the fixtures. */
    public static void stubReports(WireMockExtension wm, String video, String daily) {
        wm.stubFor(reports(video, "day").willReturn(json(200, daily)));
        wm.stubFor(reports(video, "day,insightTrafficSourceType").willReturn(json(200, TRAFFIC)));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    /**
     * Writes a configuration pointing the Analytics API, token endpoint and Data API at {@code baseUrl}, with the
     * fixture client file, and fast retries.
     */
    public static Path config(Path dir, String baseUrl) throws IOException {
        Path client = dir.resolve("client.json");
        Files.writeString(client, body("client-secret_installed-app_constructed.json"));
        Path config = dir.resolve("viralscope.yaml");
        Files.writeString(config, "youtube:\n  root-url: " + baseUrl + "/\n  analytics-root: " + baseUrl + "/\n"
                + "  oauth-token-url: " + baseUrl + TOKEN_PATH + "\n  oauth-client-file: " + client + "\n"
                + "  request-timeout: 5s\n");
        return config;
    }

    /** Saves a sign-in under {@code home}, as {@code auth login} would. */
    public static void signIn(Path home, Instant at) {
        SignInFile.inHome(home).write(new SignIn(REFRESH_TOKEN, "UCconstructedChannel00", "Brand Channel", at,
                null));
    }
}
