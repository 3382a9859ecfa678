package io.viralscope.app.youtube;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The real google-api-services-youtube client against WireMock: request shape, every fixture, every fault. */
class YoutubeVideosClientTest {

    static final String KEY = "AIzaTestKey-not-a-real-one-0123456789ab";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    VideosClient client;

    @BeforeEach
    void setUp() {
        // generous: a first request on a busy machine (or under faketime) took over 500 ms and read as a timeout
        client = VideosClient.create(wm.baseUrl() + "/", ApiKey.of(KEY), Duration.ofSeconds(10));
    }

    private void answer(String fixture) {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(okJson(YoutubeFixtures.body(fixture))));
    }

    @Test
    void sendsOneRequestWithPartsCommaJoinedIdsAndTheKey() throws Exception {
        answer("videos-list_2-videos_snippet-contentDetails-statistics.json");

        VideosPage page = client.list(List.of("Ks-_Mh1QhMc", "GvgqDSnpRQM"), null);

        wm.verify(1, getRequestedFor(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .withQueryParam("part", equalTo("snippet,statistics"))
                .withQueryParam("id", equalTo("Ks-_Mh1QhMc,GvgqDSnpRQM"))
                .withQueryParam("key", equalTo(KEY))
                .withoutHeader("If-None-Match"));
        assertThat(page.notModified()).isFalse();
        assertThat(page.etag()).isEqualTo("eozK4JKrCWSJuIyOHpQFRgGZq6o");
        assertThat(page.videos()).containsExactly(
                new FetchedVideo("Ks-_Mh1QhMc", "Your body language may shape who you are | Amy Cuddy",
                        Instant.parse("2012-10-01T15:27:35Z"), 23_278_951L, 391_633L, 9_518L),
                new FetchedVideo("GvgqDSnpRQM", page.videos().get(1).title(), Instant.parse("2013-10-18T07:03:29Z"),
                        2_653_344L, 1_152L, 123L));
    }

    @ParameterizedTest
    @CsvSource({
            "videos-list_1-video_snippet-contentDetails-statistics.json, 1",
            "videos-list_2-videos_snippet-contentDetails-statistics.json, 2",
            "videos-list_chart-mostPopular_50-videos_2024-10_includes-comments-disabled.json, 50",
            "videos-list_legacy-2019_with-dislikeCount.json, 1",
            "videos-list_likes-hidden_likeCount-absent-constructed.json, 1",
            "videos-list_mixed_normal+likes-hidden+comments-disabled-constructed.json, 3",
            "videos-list_empty-items_unknown-id-constructed.json, 0",
            "videos-list_empty-items_unknown-id_legacy-2017.json, 0"})
    void everySuccessFixtureIsReadWithItsEtagAndCounts(String fixture, int items) throws Exception {
        answer(fixture);

        VideosPage page = client.list(List.of("V4DDt30Aat4"), null);

        assertThat(page.videos()).hasSize(items).allSatisfy(v -> {
            assertThat(v.id()).matches("[A-Za-z0-9_-]{11}");
            assertThat(v.views()).isNotNull().isNotNegative();
            assertThat(v.publishedAt()).isNotNull();
            assertThat(v.title()).isNotBlank();
        });
        assertThat(page.etag()).isNotBlank();
    }

    @Test
    void hiddenLikesAreUnknownNotZero() throws Exception {
        answer("videos-list_likes-hidden_likeCount-absent-constructed.json");

        FetchedVideo v = client.list(List.of("V4DDt30Aat4"), null).videos().get(0);

        assertThat(v.views()).isEqualTo(3_603_770L);
        assertThat(v.likes()).isNull();
        assertThat(v.comments()).isEqualTo(358L);
    }

    @Test
    void commentsOffAreUnknownNotZero() throws Exception {
        String item = YoutubeFixtures.body("video-item_comments-disabled_commentCount-absent.json");
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(okJson(
                "{\"kind\": \"youtube#videoListResponse\", \"etag\": \"E\", \"items\": [" + item + "]}")));

        FetchedVideo v = client.list(List.of("MKT4PpL5KBA"), null).videos().get(0);

        assertThat(v.views()).isEqualTo(146_012L);
        assertThat(v.likes()).isEqualTo(870L);
        assertThat(v.comments()).isNull();
    }

    @Test
    void aMixedBatchKeepsEachVideosUnknowns() throws Exception {
        answer("videos-list_mixed_normal+likes-hidden+comments-disabled-constructed.json");

        List<FetchedVideo> videos = client.list(List.of("Ks-_Mh1QhMc", "V4DDt30Aat4", "MKT4PpL5KBA"), null).videos();

        assertThat(videos).extracting(FetchedVideo::id).containsExactly("Ks-_Mh1QhMc", "V4DDt30Aat4", "MKT4PpL5KBA");
        assertThat(videos.get(1).likes()).isNull();
        assertThat(videos.get(2).comments()).isNull();
        assertThat(videos.get(2).likes()).isEqualTo(870L);
        assertThat(videos.get(2).views()).isEqualTo(146_012L);
    }

    @Test
    void legacyBodiesWithDislikesAndMillisecondDatesAreRead() throws Exception {
        answer("videos-list_legacy-2019_with-dislikeCount.json");

        FetchedVideo v = client.list(List.of("D-lhorsDlUQ"), null).videos().get(0);

        assertThat(v).isEqualTo(new FetchedVideo("D-lhorsDlUQ", v.title(), Instant.parse("2019-03-21T20:37:49Z"),
                7_920L, 190L, 32L));
    }

    @Test
    void aFullBatchOfFiftyIsRead() throws Exception {
        answer("videos-list_chart-mostPopular_50-videos_2024-10_includes-comments-disabled.json");

        VideosPage page = client.list(List.of("_WbKF3Qt9hg"), null);

        assertThat(page.videos()).hasSize(50);
        assertThat(page.videos()).filteredOn(v -> v.id().equals("MKT4PpL5KBA")).singleElement()
                .satisfies(v -> assertThat(v.comments()).isNull());
        assertThat(page.videos()).allSatisfy(v -> assertThat(v.views()).isNotNull());
    }

    @ParameterizedTest
    @CsvSource({"videos-list_empty-items_unknown-id-constructed.json", "videos-list_empty-items_unknown-id_legacy-2017.json"})
    void unknownIdsGiveEmptyItems(String fixture) throws Exception {
        answer(fixture);

        assertThat(client.list(List.of("zzzzzzzzzzz"), null).videos()).isEmpty();
    }

    @Test
    void aDocumentedVideoNotFoundErrorMeansNoItem() throws Exception {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(YoutubeFixtures.body("error-404-videoNotFound-constructed.json"))));

        assertThat(client.list(List.of("zzzzzzzzzzz"), null).videos()).isEmpty();
    }

    @Test
    void sendsTheEtagAndReadsNotModified() throws Exception {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).withHeader("If-None-Match", equalTo("E1"))
                .willReturn(aResponse().withStatus(304)));

        VideosPage page = client.list(List.of("V4DDt30Aat4"), "E1");

        assertThat(page.notModified()).isTrue();
        assertThat(page.etag()).isEqualTo("E1");
        assertThat(page.videos()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "error-403-quotaExceeded.json, 403, QUOTA_EXCEEDED",
            "error-403-dailyLimitExceeded-legacy-2017.json, 403, QUOTA_EXCEEDED",
            "error-400-keyInvalid-legacy-format.json, 400, KEY_INVALID",
            "error-400-keyInvalid-API_KEY_INVALID-constructed.json, 400, KEY_INVALID",
            "error-403-accessNotConfigured-SERVICE_DISABLED.json, 403, API_NOT_ENABLED",
            "error-403-accessNotConfigured-legacy-2020.json, 403, API_NOT_ENABLED",
            "error-403-forbidden-API_KEY_SERVICE_BLOCKED.json, 403, KEY_RESTRICTED",
            "error-429-rateLimitExceeded-RESOURCE_EXHAUSTED-constructed.json, 429, RATE_LIMITED",
            "error-403-rateLimitExceeded-legacy-constructed.json, 403, RATE_LIMITED",
            "error-403-userRateLimitExceeded-legacy-constructed.json, 403, RATE_LIMITED",
            "error-500-backendError-analytics-api.json, 500, SERVER_ERROR",
            "error-503-backendError.json, 503, SERVER_ERROR",
            "error-503-UNAVAILABLE-modern-format-constructed.json, 503, SERVER_ERROR"})
    void everyErrorBodyIsClassified(String fixture, int status, ApiProblem expected) {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(YoutubeFixtures.body(fixture))));

        ApiFailure f = catchThrowableOfType(ApiFailure.class, () -> client.list(List.of("V4DDt30Aat4"), null));

        assertThat(f.problem()).isEqualTo(expected);
        assertThat(f.status()).isEqualTo(status);
        assertThat(f.getMessage()).doesNotContain(KEY);
    }

    @Test
    void aTimeoutIsANetworkFailure() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(okJson(
                YoutubeFixtures.body("videos-list_1-video_snippet-contentDetails-statistics.json"))
                .withFixedDelay(1500)));
        VideosClient impatient = VideosClient.create(wm.baseUrl() + "/", ApiKey.of(KEY), Duration.ofMillis(500));

        ApiFailure f = catchThrowableOfType(ApiFailure.class, () -> impatient.list(List.of("V4DDt30Aat4"), null));

        assertThat(f.problem()).isEqualTo(ApiProblem.NETWORK);
        assertThat(f.reason()).isEqualTo("no answer within 500ms");
    }

    @ParameterizedTest
    @CsvSource({"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
    void aBrokenConnectionIsANetworkFailure(Fault fault) {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withFault(fault)));

        ApiFailure f = catchThrowableOfType(ApiFailure.class, () -> client.list(List.of("V4DDt30Aat4"), null));

        assertThat(f.problem()).isEqualTo(ApiProblem.NETWORK);
        assertThat(f.getMessage()).doesNotContain(KEY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<html><body>Proxy login</body></html>|not JSON",
            "{\"items\": [{\"id\": \"V4DDt30Aat4\"|not JSON",
            "{\"kind\": \"youtube#videoListResponse\", \"items\": [{\"id\": \"V4DDt30Aat4\", \"statistics\": {\"viewCount\": \"many\"}}]}|not JSON",
            "{\"hello\": \"world\"}|not a videos.list response"})
    void aBodyThatIsNotAVideosListResponseIsRefused(String body, String reason) {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));

        ApiFailure f = catchThrowableOfType(ApiFailure.class, () -> client.list(List.of("V4DDt30Aat4"), null));

        assertThat(f.problem()).isEqualTo(ApiProblem.NOT_AN_API_RESPONSE);
        assertThat(f.reason()).isEqualTo(reason);
    }

    @Test
    void aNotFoundPageThatIsNotAnApiErrorIsOther() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH)).willReturn(aResponse().withStatus(404)
                .withBody("Not Found")));

        ApiFailure f = catchThrowableOfType(ApiFailure.class, () -> client.list(List.of("V4DDt30Aat4"), null));

        assertThat(f.problem()).isEqualTo(ApiProblem.OTHER);
        assertThat(f.status()).isEqualTo(404);
    }
}
