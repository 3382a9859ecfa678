package io.viralscope.app.youtube;

import io.viralscope.api.Sample;
import io.viralscope.app.analysis.Progress;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.BatchWrite;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.PolledBatch;
import io.viralscope.app.store.StoredEtag;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.store.VideoMetadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * One polling round: the given videos, in batches of 50, one {@code videos.list} request per batch (a few in
 * flight at once), each answer stored in its own transaction as soon as it arrives, so a failure or a kill
 * loses at most the batches not yet answered.
 *
 * <p>Per batch: skip videos fetched within the minimum interval (in memory, then through a claim in the store
 * shared by all runs); reserve a quota unit before each request; send the batch's last ETag when its samples
 * are still the newest held; retry 429/5xx/timeouts with backoff; on 304 store the unchanged counts at the new
 * instant; mark ids missing from the answer unavailable. A failure that retrying cannot fix (quota, key, a
 * non-API answer) stops the round: batches under way finish, later ones are not sent.
 */
public final class PollRound {

    private final TrackingStore tracking;
    private final QuotaLedger ledger;
    private final VideosClient client;
    private final RecentFetches recent;
    private final Settings.YouTube settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final StopSignal stop;
    private final Backoff backoff;
    private final long pid = ProcessHandle.current().pid();
    /**
     * Who this run's claims name: on SQLite (one machine) the process, so the claims of a process that is gone are
     * voided at once; on a shared server a random id, since process ids of two machines can be equal, and the
     * claims of a run that died there expire by the clock instead.
     */
    private final long claimant;

    /**
     * @param tracking the store's tracking data
     * @param ledger   the quota ledger
     * @param client   the API client
     * @param recent   this process's recent fetches
     * @param settings interval, parallelism and retry settings
     * @param clock    the one clock (sample instants)
     * @param sleeper  how to wait between retries
     * @param stop     checked between batches and after each wait
     * @param random   jitter source
     */
    public PollRound(TrackingStore tracking, QuotaLedger ledger, VideosClient client, RecentFetches recent,
                     Settings.YouTube settings, Clock clock, Sleeper sleeper, StopSignal stop, RandomGenerator random) {
        this.tracking = tracking;
        this.ledger = ledger;
        this.client = client;
        this.recent = recent;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.stop = stop;
        this.backoff = new Backoff(settings.retry(), random);
        this.claimant = tracking.store().dialect().claimsOfOneMachine() ? pid
                : new SecureRandom().nextLong() & Long.MAX_VALUE;
    }

    /** Polls {@code videoIds} once. Never throws for API failures: they are in the outcome. */
    public PollOutcome run(List<String> videoIds) {
        return run(videoIds, Progress.NONE);
    }

    /** Polls {@code videoIds} once, showing one step per batch on {@code progress}. */
    public PollOutcome run(List<String> videoIds, Progress progress) {
        Tally tally = new Tally();
        List<String> candidates = new ArrayList<>();
        for (String id : videoIds) {
            if (recent.isRecent(id)) {
                tally.skippedRecent.incrementAndGet();
            } else {
                candidates.add(id);
            }
        }
        if (tracking.store().dialect().claimsOfOneMachine()) {
            tracking.releaseClaimsOfDeadProcesses(p -> p == pid
                    || ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
        }
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += VideosClient.MAX_IDS) {
            batches.add(candidates.subList(from, Math.min(candidates.size(), from + VideosClient.MAX_IDS)));
        }
        int threads = Math.max(1, Math.min(settings.parallelRequests(), batches.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "viralscope-poll");
            t.setDaemon(true);
            return t;
        });
        progress.start("Polling", batches.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<String> batch : batches) {
                futures.add(pool.submit(() -> {
                    pollBatch(batch, tally);
                    progress.step();
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the polling round was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the store failed: nothing of the batch was written
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.close();
        }
        return new PollOutcome(videoIds.size(), tally.fetched.get(), tally.calls.get(), tally.samplesAdded.get(),
                tally.unchanged.get(), sorted(tally.newlyUnavailable), sorted(tally.reappeared),
                tally.skippedRecent.get(), tally.notPolled.get(), Set.copyOf(tally.changed), tally.failure.get());
    }

    private void pollBatch(List<String> batch, Tally tally) {
        if (tally.failure.get() != null || stop.requested()) {
            tally.notPolled.addAndGet(batch.size());
            return;
        }
        List<String> claimed = tracking.claim(batch, clock.instant(), settings.minPollInterval(), claimant);
        tally.skippedRecent.addAndGet(batch.size() - claimed.size());
        if (claimed.isEmpty()) {
            return;
        }
        boolean stored = false;
        try {
            String key = batchKey(claimed);
            Map<String, Sample> latest = tracking.latestApiSamples(claimed);
            String etag = usableEtag(tracking.etag(key), claimed, latest);
            VideosPage page = fetch(claimed, etag, tally);
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            PolledBatch polled = page.notModified() ? unchanged(claimed, at, latest, key, etag)
                    : answered(claimed, at, page, key);
            BatchWrite written = tracking.record(polled);
            stored = true;
            recent.recordFetched(claimed, at);
            tally.fetched.addAndGet(claimed.size());
            tally.samplesAdded.addAndGet(written.samplesAdded());
            if (page.notModified()) {
                tally.unchanged.addAndGet(claimed.size());
            }
            tally.newlyUnavailable.addAll(written.newlyUnavailable());
            tally.reappeared.addAll(written.reappeared());
            polled.samples().forEach(s -> tally.changed.add(s.videoId()));
        } catch (ApiFailure f) {
            tally.failure.compareAndSet(null, f);
            tally.notPolled.addAndGet(claimed.size());
        } catch (Abandoned a) {
            tally.notPolled.addAndGet(claimed.size());
        } finally {
            if (!stored) {
                tracking.release(claimed, claimant);
            }
        }
    }

    /** Sends the request, retrying what may pass; each attempt first reserves its quota unit. */
    private VideosPage fetch(List<String> ids, String etag, Tally tally) throws ApiFailure, Abandoned {
        for (int attempt = 1; ; attempt++) {
            if (!ledger.tryReserve()) {
                QuotaLedger.Usage u = ledger.usage();
                throw new ApiFailure(u.exhaustedAt() != null ? ApiProblem.QUOTA_EXCEEDED : ApiProblem.BUDGET_SPENT,
                        0, "", attempt - 1);
            }
            tally.calls.incrementAndGet();
            try {
                return client.list(ids, etag);
            } catch (ApiFailure f) {
                if (f.problem() == ApiProblem.QUOTA_EXCEEDED) {
                    ledger.markExhausted();
                }
                if (!f.problem().retryable() || attempt >= settings.retry().attempts()) {
                    throw f.afterAttempts(attempt);
                }
                if (tally.failure.get() != null) {
                    throw new Abandoned(); // another batch already stopped the round
                }
                try {
                    sleeper.sleep(backoff.delay(attempt, f.problem()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Abandoned();
                }
                if (stop.requested()) {
                    throw new Abandoned();
                }
            }
        }
    }

    /**
     * The stored ETag, when sending it is safe: a 304 means "same as that answer", so every available video of
     * the batch must still have that answer's sample as its newest.
     */
    private static String usableEtag(Optional<StoredEtag> stored, List<String> ids, Map<String, Sample> latest) {
        if (stored.isEmpty()) {
            return null;
        }
        for (String id : ids) {
            Sample s = latest.get(id);
            if (s != null && !s.at().equals(stored.get().fetchedAt())) {
                return null;
            }
        }
        return stored.get().etag();
    }

    private static PolledBatch unchanged(List<String> ids, Instant at, Map<String, Sample> latest, String key,
                                         String etag) {
        List<NewSample> samples = new ArrayList<>();
        for (String id : ids) {
            Sample s = latest.get(id);
            if (s != null) {
                samples.add(new NewSample(id, new Sample(at, s.views(), s.likes(), s.comments(), s.shares()), "api"));
            }
            // without a sample it was absent from the answer the ETag stands for, and its state stays as it is
        }
        return new PolledBatch(ids, at, List.of(), samples, List.of(), key, etag);
    }

    private static PolledBatch answered(List<String> ids, Instant at, VideosPage page, String key) {
        Set<String> requested = new HashSet<>(ids);
        Map<String, FetchedVideo> byId = new HashMap<>();
        for (FetchedVideo v : page.videos()) {
            if (requested.contains(v.id())) {
                byId.putIfAbsent(v.id(), v);
            }
        }
        List<VideoMetadata> metadata = new ArrayList<>();
        List<NewSample> samples = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            FetchedVideo v = byId.get(id);
            if (v == null) {
                missing.add(id);
                continue;
            }
            metadata.add(new VideoMetadata(id, v.title(), v.publishedAt()));
            if (v.views() != null) {
                samples.add(new NewSample(id, new Sample(at, v.views(), v.likes(), v.comments(), null), "api"));
            }
        }
        return new PolledBatch(ids, at, metadata, samples, missing, key, page.etag());
    }

    /** Identifies a batch by its set of ids: SHA-256 of the sorted ids, hex. */
    static String batchKey(List<String> ids) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join(",", new TreeSet<>(ids)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<String> sorted(Set<String> ids) {
        List<String> out = new ArrayList<>(ids);
        Collections.sort(out);
        return List.copyOf(out);
    }

    /** A batch given up because the round is stopping; nothing of it was stored. */
    private static final class Abandoned extends Exception {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Counters shared by the batches of one round. */
    private static final class Tally {
        final AtomicInteger fetched = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger samplesAdded = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger skippedRecent = new AtomicInteger();
        final AtomicInteger notPolled = new AtomicInteger();
        final Set<String> newlyUnavailable = ConcurrentHashMap.newKeySet();
        final Set<String> reappeared = ConcurrentHashMap.newKeySet();
        final Set<String> changed = ConcurrentHashMap.newKeySet();
        final AtomicReference<ApiFailure> failure = new AtomicReference<>();
    }
}
