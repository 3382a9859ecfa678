package io.viralscope.app.youtube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.viralscope.app.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A WireMock response transformer that answers videos.list like YouTube for any ids: counts from a function of the
 * video and the (simulated) time, ids in {@link #unknown} left out of {@code items}, an ETag over the body and a
 * 304 when {@code If-None-Match} carries it. Use with a stub {@code willReturn(aResponse().withTransformers(NAME))}.
 */
public final class YoutubeFakeApi implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "youtube-fake";

    /**
     * Counters of one video at one instant; {@code null} likes or comments are left out, like YouTube does.
     *
     * @param views    views
     * @param likes    likes or null (hidden)
     * @param comments comments or null (off)
     */
    public record Counts(long views, Long likes, Long comments) {
    }

    private volatile Clock clock;
    private volatile BiFunction<String, Instant, Counts> counts;
    /** Ids answered as if deleted or private. */
    public final Set<String> unknown = ConcurrentHashMap.newKeySet();
    /** Publication instants by id (default: 2026-01-01). */
    public final Map<String, Instant> published = new ConcurrentHashMap<>();
    /** Latency added to every answer, in milliseconds. */
    public volatile int delayMillis;
    /** Extra latency by request number (0-based), in milliseconds, for stalling one request of a round. */
    public volatile java.util.function.IntUnaryOperator delayByRequest = n -> 0;
    /** The ids of every request received, in order. */
    public final List<List<String>> requests = new CopyOnWriteArrayList<>();

    public YoutubeFakeApi(Clock clock, BiFunction<String, Instant, Counts> counts) {
        this.clock = clock;
        this.counts = counts;
    }

    /** Changes the clock answers are computed at (each test has its own simulated time). */
    public void clock(Clock c) {
        this.clock = c;
    }

    /** Resets ids, publication dates, latency and recorded requests. */
    public void reset() {
        requests.clear();
        unknown.clear();
        published.clear();
        delayMillis = 0;
        delayByRequest = n -> 0;
    }

    /** Changes how counts evolve. */
    public void counts(BiFunction<String, Instant, Counts> f) {
        this.counts = f;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String idParam = event.getRequest().queryParameter("id").firstValue();
        List<String> ids = Arrays.asList(idParam.split(","));
        int number;
        synchronized (requests) {
            number = requests.size();
            requests.add(ids);
        }
        int delay = delayMillis + delayByRequest.applyAsInt(number);
        Instant now = clock.instant();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("kind", "youtube#videoListResponse");
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (String id : ids) {
            if (unknown.contains(id)) {
                continue;
            }
            Counts c = counts.apply(id, now);
            ObjectNode item = items.addObject();
            item.put("kind", "youtube#video");
            item.put("etag", "item-" + id);
            item.put("id", id);
            item.putObject("snippet").put("publishedAt", published.getOrDefault(id,
                    Instant.parse("2026-01-01T00:00:00Z")).toString()).put("title", "Video " + id);
            ObjectNode stats = item.putObject("statistics");
            stats.put("viewCount", Long.toString(c.views()));
            if (c.likes() != null) {
                stats.put("likeCount", Long.toString(c.likes()));
            }
            stats.put("favoriteCount", "0");
            if (c.comments() != null) {
                stats.put("commentCount", Long.toString(c.comments()));
            }
        }
        String etag = etagOf(items.toString());
        root.put("etag", etag);
        root.set("items", items);
        root.putObject("pageInfo").put("totalResults", items.size()).put("resultsPerPage", items.size());
        String inm = event.getRequest().getHeaders().getHeader("If-None-Match").isPresent()
                ? event.getRequest().getHeader("If-None-Match") : null;
        if (etag.equals(inm)) {
            return new ResponseDefinitionBuilder().withStatus(304).withFixedDelay(delay).build();
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type",
                "application/json; charset=UTF-8").withBody(root.toString()).withFixedDelay(delay).build();
    }

    /** Ids of every request, flattened. */
    public List<String> requestedIds() {
        List<String> out = new ArrayList<>();
        requests.forEach(out::addAll);
        return out;
    }

    private static String etagOf(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 27);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
