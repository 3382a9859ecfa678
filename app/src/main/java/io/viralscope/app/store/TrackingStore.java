package io.viralscope.app.store;

import io.viralscope.api.Sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The tracking side of the store: which videos are tracked, which run is fetching which video, the ETag of each
 * batch, and writing a polled batch. Every write is one transaction on the {@link Store}'s connection, so a run
 * killed at any point leaves either a whole batch or none of it.
 *
 * <p>Runs sharing the store coordinate through claims: a run claims a batch's videos in one statement before
 * asking YouTube, and a video fetched or claimed within the minimum poll interval is not claimed again. A claim
 * whose process is gone is void.
 */
public final class TrackingStore {

    private static final String TRACKED_COLUMNS = "v.video_id, v.title, v.published_at, v.tracked_since,"
            + " v.unavailable_since,"
            + " (SELECT COUNT(*) FROM samples s WHERE s.video_id = v.video_id),"
            + " (SELECT MAX(at) FROM samples s WHERE s.video_id = v.video_id),"
            + " v.last_fetched_at";

    // the newest API sample of one video, asked for by latestApiSamples and recentApiViews
    private static final String LATEST_API_SAMPLE = "SELECT at, views, likes, comments, shares FROM samples"
            + " WHERE video_id = ? AND source = 'api' ORDER BY at DESC LIMIT 1";

    private final Store store;
    private final Clock clock;

    /** Tracking data of {@code store}; {@code clock} stamps tracking and storage times. */
    public TrackingStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The underlying store. */
    public Store store() {
        return store;
    }

    /**
     * Starts tracking {@code ids} (adding unknown videos), all in one transaction.
     *
     * @return the ids that were not tracked before, in the given order
     */
    public List<String> track(List<String> ids) {
        return store.inTransaction(c -> {
            long now = clock.millis();
            List<String> added = new ArrayList<>();
            try (PreparedStatement ensure = c.prepareStatement(
                    "INSERT INTO videos (video_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement track = c.prepareStatement(
                         "UPDATE videos SET tracked = 1, tracked_since = ? WHERE video_id = ? AND tracked = 0")) {
                for (String id : ids) {
                    ensure.setString(1, id);
                    ensure.setLong(2, now);
                    ensure.executeUpdate();
                    track.setLong(1, now);
                    track.setString(2, id);
                    if (track.executeUpdate() > 0) {
                        added.add(id);
                    }
                }
            }
            return added;
        });
    }

    /** Stops tracking {@code id}; its samples stay. False when it was not tracked. */
    public boolean untrack(String id) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE videos SET tracked = 0, claimed_at = NULL, claimed_by = NULL"
                            + " WHERE video_id = ? AND tracked = 1")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Every tracked video, sorted by id. */
    public List<TrackedVideo> tracked() {
        return store.query("SELECT " + TRACKED_COLUMNS + " FROM videos v WHERE v.tracked = 1 ORDER BY v.video_id",
                TrackingStore::trackedVideo);
    }

    /**
     * Every tracked video without the sample figures ({@code sampleCount} 0, {@code lastSampleAt} null), sorted by
     * id: what a polling schedule needs, without counting every sample of every video at each round.
     */
    public List<TrackedVideo> trackedForPolling() {
        return store.query("SELECT v.video_id, v.title, v.published_at, v.tracked_since, v.unavailable_since, 0, NULL,"
                + " v.last_fetched_at FROM videos v WHERE v.tracked = 1 ORDER BY v.video_id", TrackingStore::trackedVideo);
    }

    /** One video's tracking record, if it is tracked. */
    public Optional<TrackedVideo> tracked(String videoId) {
        return store.query("SELECT " + TRACKED_COLUMNS + " FROM videos v WHERE v.tracked = 1 AND v.video_id = ?",
                TrackingStore::trackedVideo, videoId).stream().findFirst();
    }

    /** Ids of every tracked video, sorted. */
    public List<String> trackedIds() {
        return store.query("SELECT video_id FROM videos WHERE tracked = 1 ORDER BY video_id",
                rs -> rs.getString(1));
    }

    /**
     * Claims the videos of {@code ids} that no run fetched or claimed within {@code minInterval}, in one
     * statement, so two runs can never both claim a video (on PostgreSQL, rows another run is claiming at this
     * moment are skipped, not waited for). A claim expires after the interval, or a minute with none: that is how
     * the claims of a run that died on another machine come back.
     *
     * @param claimant the run's id: its process id on SQLite, a random id on a shared server
     * @return the ids claimed by this call, in the given order
     */
    public List<String> claim(List<String> ids, Instant now, Duration minInterval, long claimant) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long cutoff = now.toEpochMilli() - minInterval.toMillis();
        String sql = store.dialect().claimSql(ids.size());
        Set<String> claimed = new HashSet<>(store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, now.toEpochMilli());
                ps.setLong(i++, claimant);
                for (String id : ids) {
                    ps.setString(i++, id);
                }
                ps.setLong(i++, cutoff);
                // a claim older than the interval (or than a minute, with no interval) belongs to a lost run
                ps.setLong(i, now.toEpochMilli() - claimLifetime(minInterval).toMillis());
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        }));
        return ids.stream().filter(claimed::contains).toList();
    }

    /** How long a claim holds: the minimum poll interval, and at least a minute. */
    public static Duration claimLifetime(Duration minInterval) {
        return minInterval.compareTo(Duration.ofMinutes(1)) > 0 ? minInterval : Duration.ofMinutes(1);
    }

    /** Releases this process's claims on {@code ids} (a batch that could not be fetched). */
    public void release(Collection<String> ids, long pid) {
        if (ids.isEmpty()) {
            return;
        }
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE videos SET claimed_at = NULL, claimed_by = NULL"
                    + " WHERE video_id = ? AND claimed_by = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    ps.setLong(2, pid);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Voids the claims of processes that are gone (killed in the middle of a poll), so their videos are fetched
     * by the next run instead of waiting for the claim to expire.
     *
     * @param alive tells whether a process id is still running
     * @return claims voided
     */
    public int releaseClaimsOfDeadProcesses(LongPredicate alive) {
        List<Long> owners = store.query("SELECT DISTINCT claimed_by FROM videos WHERE claimed_by IS NOT NULL",
                rs -> rs.getLong(1));
        int released = 0;
        for (long pid : owners) {
            if (!alive.test(pid)) {
                released += store.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE videos SET claimed_at = NULL, claimed_by = NULL WHERE claimed_by = ?")) {
                        ps.setLong(1, pid);
                        return ps.executeUpdate();
                    }
                });
            }
        }
        return released;
    }

    /** The stored ETag of the batch with this key. */
    public Optional<StoredEtag> etag(String batchKey) {
        return store.query("SELECT etag, fetched_at FROM batch_etags WHERE batch_key = ?",
                rs -> new StoredEtag(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))), batchKey)
                .stream().findFirst();
    }

    /** The newest API sample of each of {@code ids} that has one. */
    public Map<String, Sample> latestApiSamples(Collection<String> ids) {
        return store.inTransaction(c -> {
            Map<String, Sample> out = new HashMap<>();
            try (PreparedStatement latest = c.prepareStatement(LATEST_API_SAMPLE)) {
                for (String id : ids) {
                    Sample last = one(latest, id, null);
                    if (last != null) {
                        out.put(id, last);
                    }
                }
            }
            return out;
        });
    }


    /**
     * For each of {@code ids} with API samples: its newest one, and the newest one at least {@code span} older
     * (or else the oldest), from which {@code watch} judges how fast the video is growing.
     */
    public Map<String, RecentViews> recentApiViews(Collection<String> ids, Duration span) {
        return store.inTransaction(c -> {
            Map<String, RecentViews> out = new HashMap<>();
            try (PreparedStatement latest = c.prepareStatement(LATEST_API_SAMPLE);
                 PreparedStatement earlier = c.prepareStatement("SELECT at, views, likes, comments, shares"
                         + " FROM samples WHERE video_id = ? AND source = 'api' AND at <= ? ORDER BY at DESC LIMIT 1");
                 PreparedStatement oldest = c.prepareStatement("SELECT at, views, likes, comments, shares"
                         + " FROM samples WHERE video_id = ? AND source = 'api' ORDER BY at LIMIT 1")) {
                for (String id : ids) {
                    Sample last = one(latest, id, null);
                    if (last == null) {
                        continue;
                    }
                    Sample ref = one(earlier, id, last.at().minus(span).toEpochMilli());
                    if (ref == null) {
                        ref = one(oldest, id, null);
                    }
                    out.put(id, new RecentViews(last, ref));
                }
            }
            return out;
        });
    }

    private static Sample one(PreparedStatement ps, String id, Long before) throws SQLException {
        ps.setString(1, id);
        if (before != null) {
            ps.setLong(2, before);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Store.sample(rs) : null;
        }
    }

    /**
     * Writes one polled batch in one transaction: metadata, samples, unavailable marks (history kept), the fetch
     * time, the ETag, and the release of the claim. A sample already held is left as it is.
     */
    public BatchWrite record(PolledBatch batch) {
        return store.inTransaction(c -> {
            long now = clock.millis();
            long at = batch.at().toEpochMilli();
            updateMetadata(c, batch);
            int added = Store.insertSamples(c, batch.samples(), now);
            Set<String> missing = new HashSet<>(batch.missing());
            Set<String> returned = new HashSet<>();
            batch.metadata().forEach(m -> returned.add(m.videoId()));
            batch.samples().forEach(s -> returned.add(s.videoId()));
            List<String> newlyUnavailable = new ArrayList<>();
            List<String> reappeared = new ArrayList<>();
            try (PreparedStatement gone = c.prepareStatement("UPDATE videos SET unavailable_since = ?"
                    + " WHERE video_id = ? AND unavailable_since IS NULL");
                 PreparedStatement back = c.prepareStatement("UPDATE videos SET unavailable_since = NULL"
                         + " WHERE video_id = ? AND unavailable_since IS NOT NULL");
                 PreparedStatement fetched = c.prepareStatement("UPDATE videos SET last_fetched_at = ?,"
                         + " claimed_at = NULL, claimed_by = NULL WHERE video_id = ?")) {
                for (String id : batch.requested()) {
                    if (missing.contains(id)) {
                        gone.setLong(1, at);
                        gone.setString(2, id);
                        if (gone.executeUpdate() > 0) {
                            newlyUnavailable.add(id);
                        }
                    } else if (returned.contains(id)) {
                        back.setString(1, id);
                        if (back.executeUpdate() > 0) {
                            reappeared.add(id);
                        }
                    }
                    fetched.setLong(1, at);
                    fetched.setString(2, id);
                    fetched.executeUpdate();
                }
            }
            if (batch.etag() == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM batch_etags WHERE batch_key = ?")) {
                    ps.setString(1, batch.batchKey());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_etags (batch_key, etag,"
                        + " fetched_at) VALUES (?, ?, ?) ON CONFLICT (batch_key) DO UPDATE SET etag = excluded.etag,"
                        + " fetched_at = excluded.fetched_at")) {
                    ps.setString(1, batch.batchKey());
                    ps.setString(2, batch.etag());
                    ps.setLong(3, at);
                    ps.executeUpdate();
                }
            }
            return new BatchWrite(added, List.copyOf(newlyUnavailable), List.copyOf(reappeared));
        });
    }

    private static void updateMetadata(Connection c, PolledBatch batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE videos SET"
                + " title = CASE WHEN ? <> '' THEN ? ELSE title END,"
                + " published_at = COALESCE(?, published_at) WHERE video_id = ?")) {
            for (VideoMetadata m : batch.metadata()) {
                String title = m.title() == null ? "" : m.title();
                ps.setString(1, title);
                ps.setString(2, title);
                Store.setNullable(ps, 3, m.publishedAt() == null ? null : m.publishedAt().toEpochMilli());
                ps.setString(4, m.videoId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Deletes API samples stored before {@code cutoff} and the ETags of answers older than it (they describe data
     * no longer held). Imported samples are never touched.
     *
     * @return samples deleted
     */
    public int purgeApiSamplesStoredBefore(Instant cutoff) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM samples WHERE source = 'api' AND stored_at < ?");
                 PreparedStatement tags = c.prepareStatement("DELETE FROM batch_etags WHERE fetched_at < ?")) {
                ps.setLong(1, cutoff.toEpochMilli());
                int deleted = ps.executeUpdate();
                tags.setLong(1, cutoff.toEpochMilli());
                tags.executeUpdate();
                return deleted;
            }
        });
    }

    private static TrackedVideo trackedVideo(ResultSet rs) throws SQLException {
        return new TrackedVideo(rs.getString(1), rs.getString(2), Store.instant(rs, 3), Store.instant(rs, 4),
                Store.instant(rs, 5), rs.getInt(6), Store.instant(rs, 7), Store.instant(rs, 8));
    }


}
