package io.viralscope.app.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;
import io.viralscope.app.youtube.Sleeper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts breakout alerts as JSON to a webhook. Retries are bounded (a failing webhook costs at most
 * {@code retries + 1} attempts with growing pauses) and a failure is reported, never thrown: alerts must never
 * stop polling or a report.
 */
public final class WebhookNotifier {

    /** The alert document's schema id. */
    public static final String SCHEMA = "viralscope.breakout/1";

    private final URI url;
    private final int retries;
    private final Duration firstPause;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final PrintStream err;

    /**
     * @param url        where to post
     * @param retries    further attempts after the first failure
     * @param firstPause pause before the first retry; doubled before each next one
     * @param sleeper    how the pauses are waited
     * @param err        where failures are reported
     */
    public WebhookNotifier(URI url, int retries, Duration firstPause, Sleeper sleeper, PrintStream err) {
        this.url = url;
        this.retries = retries;
        this.firstPause = firstPause;
        this.sleeper = sleeper;
        this.err = err;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The JSON posted for one breakout. */
    public static String body(Breakout b) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("video_id", b.videoId());
        o.put("title", b.title());
        o.put("url", "https://www.youtube.com/watch?v=" + b.videoId());
        o.put("detected_at", b.detectedAt().toString());
        o.put("data_until", b.dataUntil().toString());
        ArrayNode reasons = o.putArray("reasons");
        b.reasons().forEach(reasons::add);
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert could not be written as JSON", e);
        }
    }

    /** Posts one alert; returns whether the webhook accepted it (2xx). */
    public boolean post(Breakout b) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(b))).build();
        Duration pause = firstPause;
        String lastProblem = "";
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                pause = pause.multipliedBy(2);
            }
            try {
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                    return true;
                }
                lastProblem = "HTTP " + r.statusCode();
            } catch (IOException e) {
                lastProblem = plainWords(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        err.println("The breakout alert for " + b.videoId() + " could not be posted to the webhook " + url.getHost()
                + " after " + (retries + 1) + " attempts (" + lastProblem + "); check alerts.webhook-url."
                + " Polling and reports go on.");
        return false;
    }

    /** What went wrong, in words a person reads (not Java class names). */
    static String plainWords(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within 10 seconds";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused or the host is unreachable";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS handshake failed";
        }
        return "connection broken" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
