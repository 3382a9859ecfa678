package io.viralscope.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.viralscope.api.Sample;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.cli.CliContext;
import io.viralscope.app.cli.CompositionRoot;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.PolledBatch;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.store.VideoMetadata;
import io.viralscope.app.youtube.ApiKey;
import io.viralscope.app.youtube.PollOutcome;
import io.viralscope.app.youtube.Poller;
import io.viralscope.app.youtube.Sleeper;
import io.viralscope.app.youtube.StopSignal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One polling round over 10,000 tracked videos against a local mock of videos.list that answers every request
 * after 50 ms: requests sent (must be 200: 50 ids each), wall time (target 30 s or less), and how fast the store
 * takes samples in (target 100,000 samples/s or more, batched). Prints figures; asserts nothing.
 *
 * <p>Arguments: {@code [videos] [latencyMillis] [parallel...]}, default {@code 10000 50 1 4}.
 */
public final class PollRoundBenchmark {

    private PollRoundBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int videos = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<Integer> parallels = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            parallels.add(Integer.parseInt(args[i]));
        }
        if (parallels.isEmpty()) {
            parallels = List.of(1, 4);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < videos; i++) {
            ids.add(String.format("bench%06d", i));
        }
        // the process's one clock and way of waiting, from the application's composition root
        CliContext real = CompositionRoot.systemContext();
        Clock clock = real.clock();
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = mock(latency, calls, real.sleeper());
        String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        System.out.printf(Locale.ROOT, "Poll round: %,d tracked videos, mock videos.list answering after %d ms%n",
                videos, latency);
        Path dir = Files.createTempDirectory("viralscope-bench");
        try {
            for (int parallel : parallels) {
                pollRound(dir.resolve("poll-" + parallel + ".db"), root, ids, parallel, calls, clock);
            }
            ingest(dir.resolve("ingest.db"), ids, clock);
        } finally {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void pollRound(Path db, String root, List<String> ids, int parallel, AtomicInteger calls,
                                  Clock clock) {
        Settings.YouTube settings = new Settings.YouTube(root, null, 100_000, Duration.ofMinutes(5),
                Duration.ofSeconds(20), parallel, Settings.Retry.DEFAULT, Duration.ofMinutes(15), 30, "");
        try (Store store = Store.open(db, clock)) {
            StopSignal stop = new StopSignal();
            Poller poller = new Poller(store, settings, ApiKey.of("bench-key"), clock,
                    stop.realTimeSleeper(), stop, new SplittableRandom(1));
            long t0 = System.nanoTime();
            poller.tracking().track(ids);
            double trackSeconds = (System.nanoTime() - t0) / 1e9;
            calls.set(0);
            long start = System.nanoTime();
            PollOutcome o = poller.poll(ids, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  %d request%s in flight: %d requests (expected %d), %,d samples stored,"
                            + " wall time %.2f s (target <= 30 s)%s; tracking the videos took %.2f s%n",
                    parallel, parallel == 1 ? "" : "s", calls.get(), (ids.size() + 49) / 50, o.samplesAdded(),
                    seconds, o.failure() == null ? "" : ", FAILED: " + o.failure().problem(), trackSeconds);
        }
    }

    /** The store's intake: as the poller writes (a transaction per 50-video batch), and one batched transaction. */
    private static void ingest(Path db, List<String> ids, Clock clock) {
        try (Store store = Store.open(db, clock)) {
            TrackingStore tracking = new TrackingStore(store, clock);
            tracking.track(ids);
            Instant at = Instant.parse("2026-11-25T10:00:00Z");
            long start = System.nanoTime();
            int written = 0;
            for (int from = 0; from < ids.size(); from += 50) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + 50));
                List<NewSample> samples = new ArrayList<>();
                List<VideoMetadata> meta = new ArrayList<>();
                for (String id : batch) {
                    samples.add(new NewSample(id, new Sample(at, 1000, 10L, 1L, null), "api"));
                    meta.add(new VideoMetadata(id, "Video " + id, at));
                }
                written += tracking.record(new PolledBatch(batch, at, meta, samples, List.of(), "k" + from, "etag"))
                        .samplesAdded();
            }
            double perBatch = written / ((System.nanoTime() - start) / 1e9);

            int n = 100_000;
            List<NewSample> bulk = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                bulk.add(new NewSample(ids.get(i % ids.size()), new Sample(at.plusSeconds(60L * (1 + i / ids.size())),
                        1000 + i, 10L, 1L, null), "api"));
            }
            long bulkStart = System.nanoTime();
            int added = store.addSamples(List.of(), bulk);
            double batched = added / ((System.nanoTime() - bulkStart) / 1e9);
            System.out.printf(Locale.ROOT, "Store ingest: %,.0f samples/s as the poller writes (one transaction per"
                    + " 50-video batch, %,d samples); %,.0f samples/s batched (%,d samples in one transaction;"
                    + " target >= 100,000)%n", perBatch, written, batched, added);
        }
    }

    /** A videos.list look-alike: every id answered with statistics, after {@code latency} ms. */
    private static HttpServer mock(int latency, AtomicInteger calls, Sleeper sleeper) throws IOException {
        // without TCP_NODELAY the JDK server's small writes meet delayed ACKs: 40 ms per answer that is not ours
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/youtube/v3/videos", exchange -> answer(exchange, latency, calls, sleeper));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, int latency, AtomicInteger calls, Sleeper sleeper)
            throws IOException {
        calls.incrementAndGet();
        String ids = "";
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            if (pair.startsWith("id=")) {
                ids = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
            }
        }
        StringBuilder body = new StringBuilder("{\"kind\":\"youtube#videoListResponse\",\"etag\":\"e"
                + ids.hashCode() + "\",\"items\":[");
        String sep = "";
        for (String id : ids.split(",")) {
            body.append(sep).append("{\"kind\":\"youtube#video\",\"id\":\"").append(id)
                    .append("\",\"snippet\":{\"publishedAt\":\"2026-11-01T00:00:00Z\",\"title\":\"Video ").append(id)
                    .append("\"},\"statistics\":{\"viewCount\":\"123456\",\"likeCount\":\"789\",\"favoriteCount\":\"0\","
                            + "\"commentCount\":\"12\"}}");
            sep = ",";
        }
        body.append("],\"pageInfo\":{\"totalResults\":50,\"resultsPerPage\":50}}");
        try {
            sleeper.sleep(Duration.ofMillis(latency));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
