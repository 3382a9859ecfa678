package io.viralscope.app.youtube;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.YouTubeRequestInitializer;
import com.google.api.services.youtube.model.Video;
import com.google.api.services.youtube.model.VideoListResponse;
import com.google.api.services.youtube.model.VideoSnippet;
import com.google.api.services.youtube.model.VideoStatistics;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code videos.list} through the real google-api-services-youtube client: {@code part=snippet,statistics}, up to
 * 50 ids in one comma-joined {@code id} parameter, one request per call (the client's own retries are off: the
 * poller decides, docs/architecture.md#errors-and-backoff), the ETag sent as {@code If-None-Match}. Thread-safe.
 *
 * <p>The transport is google-http-client's Apache one, built with automatic retries disabled, rather than
 * {@code NetHttpTransport}: the JDK's {@code HttpURLConnection} silently sends a GET a second time when the
 * connection breaks before the answer, and that hidden request would cost a quota unit the ledger never sees
 * (a WireMock connection-reset test showed it). With this transport every request sent is one the ledger counted.
 */
public final class VideosClient {

    /** Ids per request; YouTube refuses more. */
    public static final int MAX_IDS = 50;

    private static final GsonFactory JSON = GsonFactory.getDefaultInstance();

    private final YouTube youtube;
    private final Duration timeout;

    private VideosClient(YouTube youtube, Duration timeout) {
        this.youtube = youtube;
        this.timeout = timeout;
    }

    /**
     * A client of the API at {@code rootUrl} (such as {@code https://www.googleapis.com/}).
     *
     * @param timeout connect and read timeout of each request
     */
    public static VideosClient create(String rootUrl, ApiKey key, Duration timeout) {
        // no service path: the generated request path already holds youtube/v3/ (docs/architecture.md#build-notes)
        YouTube youtube = new YouTube.Builder(new ApacheHttpTransport(), JSON, null)
                .setApplicationName("viralscope")
                .setRootUrl(rootUrl)
                .setYouTubeRequestInitializer(new YouTubeRequestInitializer(key.value()))
                .build();
        return new VideosClient(youtube, timeout);
    }

    /**
     * Asks for the snippet and statistics of {@code ids}.
     *
     * @param ids  1 to 50 video ids
     * @param etag the ETag of the previous answer for exactly these ids, or {@code null}
     * @throws ApiFailure when no usable answer arrived (one attempt; the caller retries)
     */
    public VideosPage list(List<String> ids, String etag) throws ApiFailure {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("videos.list takes 1 to 50 ids, not " + ids.size());
        }
        int status;
        String body;
        try {
            // one element with commas: a list of elements would be sent as repeated id parameters
            YouTube.Videos.List request = youtube.videos().list(List.of("snippet,statistics"))
                    .setId(List.of(String.join(",", ids)));
            if (etag != null) {
                request.getRequestHeaders().setIfNoneMatch(etag);
            }
            HttpRequest http = request.buildHttpRequest();
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            http.setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0)
                    .setThrowExceptionOnExecuteError(false).setIOExceptionHandler(null)
                    .setUnsuccessfulResponseHandler(null);
            HttpResponse response = http.execute();
            try {
                status = response.getStatusCode();
                body = status == 304 ? "" : response.parseAsString();
            } finally {
                response.disconnect();
            }
        } catch (IOException e) {
            throw new ApiFailure(ApiProblem.NETWORK, 0, NetworkFailureText.of(e, timeout), 1);
        }
        if (status < 100) {
            // bytes that are not an HTTP answer: a broken connection or proxy
            throw new ApiFailure(ApiProblem.NETWORK, 0, "not an HTTP answer", 1);
        }
        if (status == 304) {
            return new VideosPage(true, etag, List.of());
        }
        if (status >= 200 && status < 300) {
            return page(body);
        }
        ApiFailure failure = ApiErrorClassifier.classify(status, body);
        if (status == 404 && failure.reason().equals("videoNotFound")) {
            // documented for videos.list although YouTube answers unknown ids with empty items: none was found
            return new VideosPage(false, null, List.of());
        }
        throw failure;
    }

    private static VideosPage page(String body) throws ApiFailure {
        VideoListResponse response;
        try {
            response = JSON.fromString(body, VideoListResponse.class);
        } catch (IOException | RuntimeException e) {
            throw new ApiFailure(ApiProblem.NOT_AN_API_RESPONSE, 200, "not JSON", 1);
        }
        // an unrelated JSON answer must not be read as "no item": that would mark every video unavailable
        if (response == null || !"youtube#videoListResponse".equals(response.getKind())) {
            throw new ApiFailure(ApiProblem.NOT_AN_API_RESPONSE, 200, "not a videos.list response", 1);
        }
        List<FetchedVideo> videos = new ArrayList<>();
        if (response.getItems() != null) {
            for (Video v : response.getItems()) {
                if (v == null || v.getId() == null) {
                    continue;
                }
                VideoSnippet snippet = v.getSnippet();
                VideoStatistics stats = v.getStatistics();
                videos.add(new FetchedVideo(v.getId(),
                        snippet == null || snippet.getTitle() == null ? "" : snippet.getTitle(),
                        snippet == null || snippet.getPublishedAt() == null ? null
                                : Instant.ofEpochMilli(snippet.getPublishedAt().getValue()),
                        stats == null ? null : count(stats.getViewCount()),
                        stats == null ? null : count(stats.getLikeCount()),
                        stats == null ? null : count(stats.getCommentCount())));
            }
        }
        return new VideosPage(false, response.getEtag(), videos);
    }

    private static Long count(BigInteger value) throws ApiFailure {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.bitLength() > 63) {
            throw new ApiFailure(ApiProblem.NOT_AN_API_RESPONSE, 200, "count out of range", 1);
        }
        return value.longValue();
    }
}
