package io.viralscope.app.auth;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.api.client.extensions.jetty.auth.oauth2.LocalServerReceiver;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import io.viralscope.app.UserError;
import io.viralscope.app.analytics.AnalyticsFixtures;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.viralscope.app.analytics.AnalyticsFixtures.ACCESS_TOKEN;
import static io.viralscope.app.analytics.AnalyticsFixtures.CLIENT_ID;
import static io.viralscope.app.analytics.AnalyticsFixtures.CLIENT_SECRET;
import static io.viralscope.app.analytics.AnalyticsFixtures.REFRESH_TOKEN;
import static io.viralscope.app.analytics.AnalyticsFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code auth login} without a person: the authorization address is checked, the real loopback receiver is driven
 * by an HTTP GET to its redirect address (what Google's redirect makes the browser do), and the code is exchanged
 * at a WireMock token endpoint; the channel is named by a WireMock {@code channels.list}.
 */
class LoginFlowTest {

    static final Instant NOW = Instant.parse("2026-09-17T19:00:00Z");
    static final String CHANNELS = "{\"kind\": \"youtube#channelListResponse\", \"items\": [{\"kind\":"
            + " \"youtube#channel\", \"id\": \"UCconstructedChannel00\", \"snippet\": {\"title\": \"Brand Channel\"}}]}";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path home;

    final OAuthClient client = new OAuthClient(CLIENT_ID, CLIENT_SECRET, "https://accounts.google.com/o/oauth2/auth",
            "the test");

    LoginFlow flow() {
        return new LoginFlow(wm.baseUrl() + "/token", client, new ApacheHttpTransport(), new YoutubeTestClock(NOW),
                Duration.ofSeconds(5));
    }

    @Test
    void theAuthorizationAddressAsksForBothScopesOfflineAccessConsentAndPkce() {
        Map<String, String> q = query(flow().authorizationUrl("http://localhost:8765/Callback"));

        assertThat(q).containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:8765/Callback")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "https://www.googleapis.com/auth/yt-analytics.readonly"
                        + " https://www.googleapis.com/auth/youtube.readonly")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent")
                .containsEntry("code_challenge_method", "S256");
        assertThat(q.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(flow().authorizationUrl("http://localhost:8765/Callback"))
                .startsWith("https://accounts.google.com/o/oauth2/auth?").doesNotContain(CLIENT_SECRET);
    }

    @Test
    void theLoopbackReceiverGetsTheCodeWhichIsExchangedAndTheSignInSaved() throws IOException {
        wm.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=constructed-code"))
                .withRequestBody(matching(".*code_verifier=[A-Za-z0-9_~.-]{43,128}.*"))
                .willReturn(json(200, AnalyticsFixtures.CODE_EXCHANGE)));
        wm.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).withQueryParam("mine", equalTo("true"))
                .withQueryParam("part", equalTo("snippet"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)).willReturn(json(200, CHANNELS)));
        SignInFile file = SignInFile.inHome(home);
        Login login = new Login(flow(), new ChannelLookup(new ApacheHttpTransport(), wm.baseUrl() + "/",
                Duration.ofSeconds(5)), file, new YoutubeTestClock(NOW));
        LocalServerReceiver receiver = new LocalServerReceiver.Builder().setHost("localhost").setPort(-1).build();

        SignIn signIn = login.run(receiver, url -> redirectBrowser(url, "code=constructed-code&scope=x"));

        assertThat(signIn.channel()).isEqualTo("\"Brand Channel\" (UCconstructedChannel00)");
        assertThat(file.read()).contains(new SignIn(REFRESH_TOKEN, "UCconstructedChannel00", "Brand Channel", NOW,
                NOW));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())))
                .isEqualTo("rwx------");
        wm.verify(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("client_secret="
                + CLIENT_SECRET)).withRequestBody(containing("redirect_uri=http%3A%2F%2Flocalhost%3A")));
    }

    @Test
    void aSignInRefusedInTheBrowserSaysSo() {
        LocalServerReceiver receiver = new LocalServerReceiver.Builder().setHost("localhost").setPort(-1).build();
        Login login = new Login(flow(), new ChannelLookup(new ApacheHttpTransport(), wm.baseUrl() + "/",
                Duration.ofSeconds(5)), SignInFile.inHome(home), new YoutubeTestClock(NOW));

        assertThatThrownBy(() -> login.run(receiver, url -> redirectBrowser(url, "error=access_denied")))
                .isInstanceOf(UserError.class).hasMessage("The sign-in was refused or cancelled in the browser;"
                        + " run `viralscope auth login` again and allow both permissions.");
        assertThat(SignInFile.inHome(home).path()).doesNotExist();
    }

    @Test
    void aCodeGoogleRefusesSaysSo() {
        wm.stubFor(post(urlPathEqualTo("/token")).willReturn(json(400, "{\"error\": \"invalid_grant\","
                + " \"error_description\": \"Malformed auth code.\"}")));
        LocalServerReceiver receiver = new LocalServerReceiver.Builder().setHost("localhost").setPort(-1).build();

        assertThatThrownBy(() -> flow().authorize(receiver, url -> redirectBrowser(url, "code=stale")))
                .isInstanceOf(UserError.class).hasMessage("Google refused the sign-in code (HTTP 400,"
                        + " invalid_grant); run `viralscope auth login` again, and check that the OAuth client is a"
                        + " Desktop app client.");
    }

    /** What the browser does after consent: Google sends it to the redirect address with the code. */
    private static void redirectBrowser(String authorizationUrl, String answer) {
        String redirect = query(authorizationUrl).get("redirect_uri");
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(redirect + "?" + answer)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isLessThan(400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
