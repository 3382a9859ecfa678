package io.viralscope.app.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import io.viralscope.app.Json;
import io.viralscope.app.youtube.NetworkFailureText;
import io.viralscope.app.youtube.ApiErrorClassifier;
import io.viralscope.app.youtube.ApiFailure;
import io.viralscope.app.youtube.ApiProblem;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reports.query} of the YouTube Analytics API v2, one request per call, the access token as a bearer
 * header. A small typed client over google-http-client rather than the generated
 * google-api-services-youtubeAnalytics, which does not resolve from Maven Central; in the style of the Data API's
 * {@code VideosClient}: the transport's own retries off (the caller decides, with the same backoff), errors
 * classified by {@link ApiErrorClassifier}, and an answer that is not a result table of exactly the columns asked
 * for refused whole, so nothing of it can be half-stored. Thread-safe.
 */
public final class AnalyticsClient {

    static final String KIND = "youtubeAnalytics#resultTable";

    private final HttpTransport transport;
    private final String rootUrl;
    private final Duration timeout;

    /**
     * @param transport HTTP transport (google-http-client's Apache one in production: no hidden resends)
     * @param rootUrl   base URL such as {@code https://youtubeanalytics.googleapis.com/}
     * @param timeout   connect and read timeout of each request
     */
    public AnalyticsClient(HttpTransport transport, String rootUrl, Duration timeout) {
        this.transport = transport;
        this.rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
        this.timeout = timeout;
    }

    public String rootUrl() {
        return rootUrl;
    }

    /**
     * Sends {@code query} once.
     *
     * @throws ApiFailure when no usable answer arrived: the status and YouTube's reason say why
     */
    public ResultTable query(String accessToken, ReportQuery query) throws ApiFailure {
        GenericUrl url = new GenericUrl(rootUrl + "v2/reports");
        url.set("ids", "channel==MINE");
        url.set("startDate", query.startDate().toString());
        url.set("endDate", query.endDate().toString());
        url.set("metrics", String.join(",", query.metrics()));
        if (!query.dimensions().isEmpty()) {
            url.set("dimensions", String.join(",", query.dimensions()));
            url.set("sort", query.dimensions().get(0));
        }
        url.set("filters", "video==" + query.videoId());
        int status;
        String body;
        try {
            HttpRequest request = transport.createRequestFactory().buildGetRequest(url);
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            request.getHeaders().setAuthorization("Bearer " + accessToken);
            request.setConnectTimeout(millis).setReadTimeout(millis).setNumberOfRetries(0)
                    .setThrowExceptionOnExecuteError(false).setIOExceptionHandler(null)
                    .setUnsuccessfulResponseHandler(null);
            HttpResponse response = request.execute();
            try {
                status = response.getStatusCode();
                body = response.parseAsString();
            } finally {
                response.disconnect();
            }
        } catch (IOException e) {
            throw new ApiFailure(ApiProblem.NETWORK, 0, NetworkFailureText.of(e, timeout), 1);
        }
        if (status < 100) {
            throw new ApiFailure(ApiProblem.NETWORK, 0, "not an HTTP answer", 1);
        }
        if (status >= 200 && status < 300) {
            return table(body, query);
        }
        throw ApiErrorClassifier.classify(status, body);
    }

    /** The answer as a checked table, or a failure naming what is wrong with it. */
    static ResultTable table(String body, ReportQuery query) throws ApiFailure {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("not JSON");
        }
        if (root == null || !KIND.equals(root.path("kind").asText())) {
            throw malformed("not a result table");
        }
        List<String> expected = new ArrayList<>(query.dimensions());
        expected.addAll(query.metrics());
        List<String> columns = new ArrayList<>();
        for (JsonNode h : root.path("columnHeaders")) {
            columns.add(h.path("name").asText(""));
        }
        if (!columns.equals(expected)) {
            throw malformed("columns " + columns + " instead of " + expected);
        }
        JsonNode rows = root.get("rows");
        List<ResultTable.Row> out = new ArrayList<>();
        if (rows == null || rows.isNull()) {
            return new ResultTable(out); // the API leaves rows out when there are no data
        }
        if (!rows.isArray()) {
            throw malformed("rows is not a list");
        }
        int dims = query.dimensions().size();
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() != expected.size()) {
                throw malformed("a row without " + expected.size() + " values");
            }
            List<String> d = new ArrayList<>();
            for (int i = 0; i < dims; i++) {
                if (!row.get(i).isTextual()) {
                    throw malformed("a " + expected.get(i) + " that is not text");
                }
                d.add(row.get(i).asText());
            }
            long[] m = new long[expected.size() - dims];
            for (int i = dims; i < expected.size(); i++) {
                m[i - dims] = count(row.get(i), expected.get(i));
            }
            out.add(new ResultTable.Row(d, m));
        }
        return new ResultTable(out);
    }

    /** A metric value: a whole number, not negative (minutes may come as 12.0). */
    private static long count(JsonNode value, String metric) throws ApiFailure {
        if (!value.isNumber()) {
            throw malformed("a " + metric + " value that is not a number");
        }
        BigDecimal v = value.decimalValue();
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw malformed("a " + metric + " value that is not a whole number >= 0");
        }
        return v.longValueExact();
    }

    private static ApiFailure malformed(String why) {
        return new ApiFailure(ApiProblem.NOT_AN_API_RESPONSE, 200, why, 1);
    }
}
