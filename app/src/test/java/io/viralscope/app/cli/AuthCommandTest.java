package io.viralscope.app.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.analytics.AnalyticsFixtures;
import io.viralscope.app.auth.SignInFile;
import io.viralscope.app.youtube.YoutubeTestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.viralscope.app.analytics.AnalyticsFixtures.CLIENT_SECRET;
import static io.viralscope.app.analytics.AnalyticsFixtures.REFRESH_TOKEN;
import static io.viralscope.app.analytics.AnalyticsFixtures.VIDEO;
import static io.viralscope.app.analytics.AnalyticsFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code viralscope auth ...} and the sign-in sentences of {@code analytics pull}, in-process against WireMock. */
class AuthCommandTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path home;

    YoutubeTestClock clock;
    Path config;
    Path signInFile;

    @BeforeEach
    void setUp() throws IOException {
        clock = new YoutubeTestClock(AnalyticsFixtures.PULL_TIME);
        config = AnalyticsFixtures.config(home, wm.baseUrl());
        signInFile = home.resolve(".viralscope/youtube-oauth.json");
    }

    YoutubeCli.Result run(String... args) {
        return YoutubeCli.run(clock, Map.of(), home, List.of("--config", config.toString(), "--db",
                home.resolve("v.db").toString()), args);
    }

    @Test
    void loginWithoutABrowserPrintsTheAddressAndSavesTheSignInWhenGoogleRedirects() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(json(200, AnalyticsFixtures.CODE_EXCHANGE)));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/youtube/v3/channels")).willReturn(json(200, "{\"kind\":"
                + " \"youtube#channelListResponse\", \"items\": [{\"id\": \"UCconstructedChannel00\", \"snippet\":"
                + " {\"title\": \"Brand Channel\"}}]}")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> redirected = new CompletableFuture<>();
        // the "browser": as soon as the address is printed, Google's redirect with a code reaches the receiver
        OutputStream browser = new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                out.write(b);
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                String text = line.toString();
                line.setLength(0);
                if (text.startsWith("https://accounts.google.com/")) {
                    String redirect = java.net.URLDecoder.decode(text.replaceAll(".*[?&]redirect_uri=([^&]*).*", "$1"),
                            StandardCharsets.UTF_8);
                    CompletableFuture.runAsync(() -> redirected.complete(browse(redirect + "?code=constructed-code")));
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(browser, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new CliContext(o, e, Map.of(), home, false, clock), "--config", config.toString(),
                    "auth", "login", "--no-browser");
        }

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(redirected.get()).isEqualTo(200);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("Open this address in a browser to sign in:\nhttps://accounts.google.com/o/"
                + "oauth2/auth?").contains("\nWaiting for Google to send the browser back here...\n")
                .endsWith("Signed in as \"Brand Channel\" (UCconstructedChannel00); the sign-in is kept in "
                        + signInFile + ", readable by you alone.\n")
                .doesNotContain(REFRESH_TOKEN, CLIENT_SECRET, AnalyticsFixtures.ACCESS_TOKEN);
        assertThat(new SignInFile(signInFile).read().orElseThrow().refreshToken()).isEqualTo(REFRESH_TOKEN);
    }

    private static int browse(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void withoutAnOAuthClientLoginSaysHowToConfigureOne() throws IOException {
        Files.writeString(config, Files.readString(config).replaceAll("  oauth-client-file: .*\n", ""));

        YoutubeCli.Result r = run("auth", "login", "--no-browser");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("No OAuth client is configured; name the client JSON downloaded from the"
                + " Google Cloud console in youtube.oauth-client-file, or set YOUTUBE_OAUTH_CLIENT_ID and"
                + " YOUTUBE_OAUTH_CLIENT_SECRET (docs/youtube.md shows how to create one).\n");
    }

    @Test
    void aMissingOrMalformedClientFileIsNamed() throws IOException {
        Path client = home.resolve("client.json");
        Files.writeString(client, "{\"installed\": {\"client_id\": \"x\"}}");
        YoutubeCli.Result malformed = run("auth", "login", "--no-browser");
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).isEqualTo("The OAuth client file " + client + " is not a client JSON from the"
                + " Google Cloud console; download it again (APIs & Services > Credentials > the client > Download"
                + " JSON).\n");

        Files.delete(client);
        YoutubeCli.Result missing = run("auth", "login", "--no-browser");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("The OAuth client file " + client + " named by"
                + " youtube.oauth-client-file does not exist; download the client JSON from the Google Cloud"
                + " console, or correct the path.\n");
    }

    @Test
    void aSignInFileViralscopeDidNotWriteIsRefused() throws IOException {
        Files.createDirectories(signInFile.getParent());
        Files.writeString(signInFile, "{}");
        Files.setPosixFilePermissions(signInFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        YoutubeCli.Result r = run("auth", "status");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The sign-in file " + signInFile + " is not one Viralscope wrote; delete it"
                + " and run `viralscope auth login` again.\n");
    }

    @Test
    void anOAuthClientGoogleRefusesIsNamed() {
        AnalyticsFixtures.signIn(home, clock.instant());
        wm.stubFor(post(urlPathEqualTo("/token")).willReturn(json(401, "{\"error\": \"invalid_client\","
                + " \"error_description\": \"The OAuth client was not found.\"}")));

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("Google refused the OAuth client from the OAuth client file "
                + home.resolve("client.json") + " (invalid_client); check its id and secret, or download the client"
                + " JSON again, then run `viralscope auth login`.\n");
    }

    @Test
    void logoutSaysWhenGoogleHadAlreadyRevokedOrDidNotConfirm() {
        AnalyticsFixtures.signIn(home, clock.instant());
        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(400, "{\"error\": \"invalid_token\","
                + " \"error_description\": \"Token expired or revoked\"}")));
        assertThat(run("auth", "logout").out()).isEqualTo("Google had already revoked the sign-in of \"Brand"
                + " Channel\" (UCconstructedChannel00); deleted " + signInFile + ".\n");

        AnalyticsFixtures.signIn(home, clock.instant());
        wm.stubFor(post(urlPathEqualTo("/revoke")).willReturn(json(503, "")));
        assertThat(run("auth", "logout").out()).isEqualTo("Deleted " + signInFile + ", but Google did not confirm"
                + " the revocation at " + wm.baseUrl() + "/revoke; remove Viralscope's access at"
                + " https://myaccount.google.com/permissions to be sure.\n");
        assertThat(signInFile).doesNotExist();

        assertThat(run("auth", "logout").out()).isEqualTo("No YouTube channel is signed in; nothing to log out.\n");
    }

    @Test
    void logoutDeletesASignInFileOthersCouldReadWithoutUsingIt() throws IOException {
        AnalyticsFixtures.signIn(home, clock.instant());
        Files.setPosixFilePermissions(signInFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

        YoutubeCli.Result r = run("auth", "logout");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("Deleted " + signInFile + " without revoking it (it was not usable); remove"
                + " Viralscope's access at https://myaccount.google.com/permissions as well.\n");
        assertThat(signInFile).doesNotExist();
    }

    @Test
    void analyticsPullSentences() {
        YoutubeCli.Result badDate = run("analytics", "pull", "--video", VIDEO, "--since", "17/09/2026");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).isEqualTo("--since '17/09/2026' is not a date such as 2026-09-01.\n");

        assertThat(run("track", "add", VIDEO).exit()).isZero();
        assertThat(run("track", "remove", VIDEO).exit()).isZero();
        YoutubeCli.Result none = run("analytics", "pull");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).isEqualTo("No video is tracked; name one with --video ID|URL, or track it with"
                + " 'viralscope track add ID|URL'.\n");

        YoutubeCli.Result missing = run("analytics");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Missing subcommand: name pull (viralscope analytics --help explains"
                + " it).");
        YoutubeCli.Result auth = run("auth");
        assertThat(auth.exit()).isEqualTo(1);
        assertThat(auth.err()).startsWith("Missing subcommand: name one of login, status, logout (viralscope auth"
                + " --help explains them).");
    }

    @Test
    void unreachableAnalyticsApiIsSaidWithTheDataApisSentence() throws IOException {
        AnalyticsFixtures.signIn(home, clock.instant());
        AnalyticsFixtures.stubRefresh(wm);
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Files.writeString(config, Files.readString(config).replaceAll("analytics-root: .*\n",
                "analytics-root: http://localhost:" + closed + "/\n") + "  retry:\n    attempts: 2\n");

        YoutubeCli.Result r = run("analytics", "pull", "--video", VIDEO);

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("Could not reach the YouTube Analytics API at http://localhost:" + closed
                + "/ (connection refused) after 2 attempts; check the network connection and"
                + " youtube.analytics-root.\n");
        assertThat(clock.sleeps()).hasSize(1);
        assertThat(clock.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(1500));
    }
}
