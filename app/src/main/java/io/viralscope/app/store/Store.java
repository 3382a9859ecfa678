package io.viralscope.app.store;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import io.viralscope.app.Counted;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The store: videos, samples and cached detector results, migrated by Flyway. By default one SQLite file, in WAL
 * mode so readers never block the writer; or a PostgreSQL database shared by a team (docs/postgresql.md), with
 * the same schema and the same SQL apart from what {@link Dialect} keeps. One connection per store, used under
 * this object's lock, and a crash can lose at most the transaction under way, never a committed one.
 */
public final class Store implements AutoCloseable {

    /** The columns {@link #videoInfo} maps: a video's row with its sample count and newest sample. */
    private static final String VIDEO_INFO = "SELECT v.video_id, v.title, v.published_at, v.tracked,"
            + " v.unavailable_since, (SELECT COUNT(*) FROM samples s WHERE s.video_id = v.video_id),"
            + " (SELECT MAX(at) FROM samples s WHERE s.video_id = v.video_id) FROM videos v";

    private final StoreLocation location;
    private final Dialect dialect;
    private final Connection connection;
    private final Clock clock;
    private final Duration busyWait;

    private Store(StoreLocation location, Connection connection, Clock clock, Duration busyWait) {
        this.location = location;
        this.dialect = location.dialect();
        this.connection = connection;
        this.clock = clock;
        this.busyWait = busyWait;
    }

    /**
     * How long a command waits for another process's write (an import, a poll) before giving up: SQLite lets one
     * process write at a time, and a long import takes seconds.
     */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    /** Opens (creating and migrating if needed) the store at {@code file}; {@code clock} gives stored-at times. */
    public static Store open(Path file, Clock clock) {
        return open(file, clock, BUSY_WAIT);
    }

    /**
     * Opens (migrating if needed) the store at {@code location}: an SQLite file, created if needed, or a
     * PostgreSQL database, which must exist.
     */
    public static Store open(StoreLocation location, Clock clock) {
        if (location instanceof StoreLocation.PostgresDatabase db) {
            return openPostgres(db, clock);
        }
        return open(((StoreLocation.SqliteFile) location).file(), clock, BUSY_WAIT);
    }

    /**
     * Connects with the driver's own conventions for credentials (the URL's user and password parameters, a
     * {@code .pgpass} file or a service file) and brings the schema up to date.
     */
    private static Store openPostgres(StoreLocation.PostgresDatabase db, Clock clock) {
        Connection c = null;
        try {
            c = DriverManager.getConnection(db.url());
            SchemaMigration.migratePostgres(c, db);
            Store store = new Store(db, c, clock, BUSY_WAIT);
            store.giveIdentity();
            return store;
        } catch (SQLException | FlywayException | StoreException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw StoreFailure.ofPostgres(db, "opened", e);
        }
    }

    /** Opens the store, waiting at most {@code busyWait} whenever another process holds the write lock. */
    /** Attempts at switching a new store to WAL while other processes open it too (each waits for their locks). */
    private static final int WAL_SWITCH_ATTEMPTS = 50;

    /**
     * Puts the store in write-ahead-log mode. Only its first opening switches (the mode is persistent), and the
     * switch needs the file to itself: SQLite answers SQLITE_BUSY at once, without waiting, while another
     * connection holds any lock on it. So a refused switch waits for an exclusive lock (SQLite's busy timeout does
     * wait for that), then looks again: meanwhile the other opener has usually switched it already.
     */
    private static void useWriteAheadLog(Statement s) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) {
                    return;
                }
            }
            try {
                s.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                if (attempt == WAL_SWITCH_ATTEMPTS || !StoreFailure.isBusy(e)) {
                    throw e;
                }
                s.execute("BEGIN EXCLUSIVE");
                s.execute("COMMIT");
            }
        }
    }

    static Store open(Path file, Clock clock, Duration busyWait) {
        Path abs = file.toAbsolutePath();
        refuseUnwritable(abs);
        SQLiteConfig config = new SQLiteConfig();
        // set before anything touches the file, so that even the first read waits for a migrating process
        config.setBusyTimeout((int) busyWait.toMillis());
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + abs);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA synchronous=NORMAL");
                useWriteAheadLog(s);
            }
            SchemaMigration.migrate(c, abs);
            Store store = new Store(StoreLocation.file(abs), c, clock, busyWait);
            store.giveIdentity();
            return store;
        } catch (SQLException | FlywayException | StoreException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw StoreFailure.of(abs, "opened", e, busyWait);
        }
    }

    /**
     * Refuses, before SQLite tries, a store whose file or folder cannot be written, or whose folder cannot be
     * made: SQLite's own errors for these would name neither.
     */
    private static void refuseUnwritable(Path abs) {
        Path folder = abs.getParent();
        if (Files.exists(abs)) {
            if (!Files.isWritable(abs)) {
                throw StoreFailure.readOnly(abs, null);
            }
            if (folder != null && !Files.isWritable(folder)) {
                throw StoreFailure.readOnlyFolder(abs);
            }
            return;
        }
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the store " + abs + "; choose another place with"
                    + " --db FILE.", e);
        }
        if (!Files.isWritable(folder)) {
            throw StoreFailure.readOnlyFolder(abs);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the opening failure is the one to report
            }
        }
    }

    /** The SQLite store file (a PostgreSQL store has none: see {@link #location()}). */
    public Path file() {
        if (location instanceof StoreLocation.SqliteFile f) {
            return f.file();
        }
        throw new IllegalStateException("a PostgreSQL store has no file");
    }

    /** Where the store lives; its {@code toString()} is what messages show (never a password). */
    public StoreLocation location() {
        return location;
    }

    /** The SQL dialect of the store. */
    public Dialect dialect() {
        return dialect;
    }

    /** The failure {@code e} met while {@code doing} the store, as a sentence. */
    private StoreException failure(String doing, Throwable e) {
        return location instanceof StoreLocation.PostgresDatabase db ? StoreFailure.ofPostgres(db, doing, e)
                : StoreFailure.of(file(), doing, e, busyWait);
    }

    /**
     * Adds samples and their videos' metadata in one transaction: all are written or none. Samples already held
     * (same video, instant and source) are left as they are.
     *
     * @return the number of samples actually added
     */
    public synchronized int addSamples(Collection<VideoMetadata> videos, Collection<NewSample> samples) {
        return addSamples(videos, samples, OnDiffering.KEEP_STORED).added();
    }

    /**
     * Adds samples and their videos' metadata in one write transaction that first looks for samples the store
     * already holds (same video, instant and source) with different counts. The check and the write share the
     * write lock, so of two imports of differing counts started together, the second sees the first's samples.
     *
     * @param onDiffering {@link OnDiffering#WRITE_NOTHING} writes nothing at all when any sample differs;
     *                    {@link OnDiffering#KEEP_STORED} writes the rest and leaves the differing ones as stored
     */
    public synchronized SampleWrite addSamples(Collection<VideoMetadata> videos, Collection<NewSample> samples,
                                               OnDiffering onDiffering) {
        return inTransaction(c -> {
            dialect.lockForImport(c);
            List<String> differing = differingSamples(c, samples);
            if (!differing.isEmpty() && onDiffering == OnDiffering.WRITE_NOTHING) {
                return new SampleWrite(0, differing);
            }
            long now = clock.millis();
            upsertVideos(c, videos, now);
            return new SampleWrite(insertSamples(c, samples, now), differing);
        });
    }

    /** What {@link #addSamples(Collection, Collection, OnDiffering)} does when stored samples differ. */
    public enum OnDiffering {
        /** Write nothing when any sample differs from the stored one. */
        WRITE_NOTHING,
        /** Keep the stored samples and write the others. */
        KEEP_STORED
    }

    /**
     * What an import wrote.
     *
     * @param added          samples added
     * @param differingCount samples left as stored because their counts differ (all of them, listed or not)
     * @param differing      one sentence per such sample, at most as many as asked for, such as "video X at T:
     *                       the store has 100 views, this import 150"
     */
    public record SampleWrite(int added, int differingCount, List<String> differing) {
        public SampleWrite {
            differing = List.copyOf(differing);
        }

        /** Every differing sample listed. */
        public SampleWrite(int added, List<String> differing) {
            this(added, differing.size(), differing);
        }
    }

    /** SQLite's default page cache (negative: KiB), and the one an import uses: a fixed bound either way. */
    private static final int DEFAULT_CACHE_KIB = -2_000;
    private static final int IMPORT_CACHE_KIB = -65_536;

    /**
     * Adds a staged import (its videos' metadata, then its samples) in one write transaction, as
     * {@link #addSamples(Collection, Collection, OnDiffering)} does, but set-based: the store attaches the scratch
     * database and copies from it, so the write needs no memory per sample. Samples of the same video, instant and
     * source in two files: the earlier file's is kept.
     *
     * @param listLimit at most this many differing samples are described; all are counted
     */
    public synchronized SampleWrite addStaged(StagedImport staged, OnDiffering onDiffering, int listLimit) {
        if (dialect == Dialect.POSTGRESQL) {
            return inTransaction(c -> {
                dialect.lockForImport(c);
                PostgresStaging.copy(c, staged);
                List<String> differing = new ArrayList<>();
                int differingCount = stagedDiffering(c, PostgresStaging.SAMPLES, "samples", differing, listLimit);
                if (differingCount > 0 && onDiffering == OnDiffering.WRITE_NOTHING) {
                    return new SampleWrite(0, differingCount, differing);
                }
                return new SampleWrite(PostgresStaging.write(c, clock.millis()), differingCount, differing);
            });
        }
        // ATTACH is refused inside a transaction, so it brackets the write
        try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS staged")) {
            attach.setString(1, staged.database().toAbsolutePath().toString());
            attach.execute();
        } catch (SQLException e) {
            throw StoreFailure.of(file(), "written", e, busyWait);
        }
        try {
            try (Statement s = connection.createStatement()) {
                // a bigger page cache while the samples' B-trees grow: fewer pages spilled to the log and read back
                s.execute("PRAGMA main.cache_size = " + IMPORT_CACHE_KIB);
            } catch (SQLException e) {
                throw StoreFailure.of(file(), "written", e, busyWait);
            }
            return inTransaction(c -> {
                List<String> differing = new ArrayList<>();
                int differingCount = stagedDiffering(c, "staged.samples", "main.samples", differing, listLimit);
                if (differingCount > 0 && onDiffering == OnDiffering.WRITE_NOTHING) {
                    return new SampleWrite(0, differingCount, differing);
                }
                long now = clock.millis();
                try (PreparedStatement videos = c.prepareStatement(
                        "INSERT INTO main.videos (video_id, title, published_at, first_seen_at)"
                                + " SELECT video_id, title, published_at, ? FROM staged.videos WHERE true"
                                + " ORDER BY file, video_id ON CONFLICT (video_id) DO UPDATE SET"
                                + " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE videos.title END,"
                                + " published_at = COALESCE(excluded.published_at, videos.published_at)");
                     PreparedStatement samples = c.prepareStatement("INSERT INTO main.samples (video_id, at, source,"
                             + " views, likes, comments, shares, stored_at) SELECT video_id, at, source, views, likes,"
                             + " comments, shares, ? FROM staged.samples WHERE true ORDER BY file, video_id, at"
                             + " ON CONFLICT DO NOTHING")) {
                    videos.setLong(1, now);
                    videos.executeUpdate();
                    samples.setLong(1, now);
                    return new SampleWrite(samples.executeUpdate(), differingCount, differing);
                }
            });
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA main.cache_size = " + DEFAULT_CACHE_KIB);
                s.execute("DETACH DATABASE staged");
            } catch (SQLException e) {
                // the write's own outcome is the one to report; the connection closes with the command
            }
        }
    }

    /**
     * Counts the staged samples the store holds with other counts, describing the first {@code limit} of them
     * into {@code out}, in file, video and instant order.
     */
    private static int stagedDiffering(Connection c, String stagedTable, String storeTable, List<String> out,
                                       int limit) throws SQLException {
        // CROSS JOIN keeps the staged table outermost: each staged row is one primary-key look-up in the store
        try (PreparedStatement ps = c.prepareStatement("SELECT n.video_id, n.at, s.views, s.likes, s.comments,"
                + " s.shares, n.views, n.likes, n.comments, n.shares FROM " + stagedTable + " n CROSS JOIN "
                + storeTable + " s WHERE s.video_id = n.video_id AND s.at = n.at AND s.source = n.source"
                + " AND NOT (s.views = n.views AND s.likes IS NOT DISTINCT FROM n.likes"
                + " AND s.comments IS NOT DISTINCT FROM n.comments AND s.shares IS NOT DISTINCT FROM n.shares)"
                + " ORDER BY n.file, n.video_id, n.at");
             ResultSet rs = ps.executeQuery()) {
            int count = 0;
            while (rs.next()) {
                if (count++ < limit) {
                    Instant at = Instant.ofEpochMilli(rs.getLong(2));
                    Sample held = new Sample(at, rs.getLong(3), nullableLong(rs, 4), nullableLong(rs, 5),
                            nullableLong(rs, 6));
                    Sample offered = new Sample(at, rs.getLong(7), nullableLong(rs, 8), nullableLong(rs, 9),
                            nullableLong(rs, 10));
                    out.add(differingSentence(rs.getString(1), held, offered));
                }
            }
            return count;
        }
    }

    private static String differingSentence(String videoId, Sample held, Sample offered) {
        return "video " + videoId + " at " + held.at() + ": the store has " + counts(held) + ", this import "
                + counts(offered);
    }

    /**
     * Inserts samples, creating their video rows if needed, on a connection inside the caller's transaction.
     * Samples already held (same video, instant and source) are left alone.
     *
     * @return the number of samples actually added
     */
    static int insertSamples(Connection c, Collection<NewSample> samples, long storedAt) throws SQLException {
        try (PreparedStatement ensure = c.prepareStatement(
                "INSERT INTO videos (video_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement ins = c.prepareStatement("INSERT INTO samples (video_id, at, source, views, likes,"
                     + " comments, shares, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (NewSample ns : samples) {
                ensure.setString(1, ns.videoId());
                ensure.setLong(2, storedAt);
                ensure.addBatch();
                Sample s = ns.sample();
                ins.setString(1, ns.videoId());
                ins.setLong(2, s.at().toEpochMilli());
                ins.setString(3, ns.source());
                ins.setLong(4, s.views());
                setNullable(ins, 5, s.likes());
                setNullable(ins, 6, s.comments());
                setNullable(ins, 7, s.shares());
                ins.setLong(8, storedAt);
                ins.addBatch();
            }
            ensure.executeBatch();
            int added = 0;
            for (int r : ins.executeBatch()) {
                added += Math.max(r, 0);
            }
            return added;
        }
    }

    private static void upsertVideos(Connection c, Collection<VideoMetadata> videos, long now) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO videos (video_id, title, published_at, first_seen_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (video_id) DO UPDATE SET"
                        + " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE videos.title END,"
                        + " published_at = COALESCE(excluded.published_at, videos.published_at)")) {
            for (VideoMetadata v : videos) {
                ins.setString(1, v.videoId());
                ins.setString(2, v.title() == null ? "" : v.title());
                setNullable(ins, 3, v.publishedAt() == null ? null : v.publishedAt().toEpochMilli());
                ins.setLong(4, now);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /**
     * The samples the store already holds, for the same video, instant and source, with different counts: an
     * import would leave them as stored, so the caller says so rather than report them as "already present".
     */
    private static List<String> differingSamples(Connection c, Collection<NewSample> samples) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT views, likes, comments, shares FROM samples"
                + " WHERE video_id = ? AND at = ? AND source = ?")) {
            for (NewSample ns : samples) {
                ps.setString(1, ns.videoId());
                ps.setLong(2, ns.sample().at().toEpochMilli());
                ps.setString(3, ns.source());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Sample held = new Sample(ns.sample().at(), rs.getLong(1), nullableLong(rs, 2),
                                nullableLong(rs, 3), nullableLong(rs, 4));
                        if (!held.equals(ns.sample())) {
                            out.add(differingSentence(ns.videoId(), held, ns.sample()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String counts(Sample s) {
        return Counted.of(s.views(), "view") + (s.likes() == null ? "" : ", " + Counted.of(s.likes(), "like"))
                + (s.comments() == null ? "" : ", " + Counted.of(s.comments(), "comment"))
                + (s.shares() == null ? "" : ", " + Counted.of(s.shares(), "share"));
    }

    /** Ids of every video with at least one sample, sorted. */
    public synchronized List<String> videoIdsWithSamples() {
        return query("SELECT DISTINCT video_id FROM samples ORDER BY video_id", rs -> rs.getString(1));
    }

    /** What the store knows of one video. */
    public synchronized Optional<VideoInfo> video(String videoId) {
        List<VideoInfo> found = query(VIDEO_INFO + " WHERE v.video_id = ?", Store::videoInfo, videoId);
        return found.stream().findFirst();
    }

    /** Every video the store knows, sorted by id. */
    public synchronized List<VideoInfo> videos() {
        return query(VIDEO_INFO + " ORDER BY v.video_id", Store::videoInfo);
    }

    /**
     * The series of one video: all its samples, sorted by instant. When two sources hold a sample at the same
     * instant, API data wins over imports (it is the most recent reading).
     */
    public synchronized VideoSeries series(String videoId) {
        // the batch read's rule, one place: key order, API data last at a shared instant
        StoredVideo stored = storedVideos(List.of(videoId)).get(videoId);
        if (stored != null) {
            return stored.series();
        }
        String title = query("SELECT title FROM videos WHERE video_id = ?", rs -> rs.getString(1), videoId).stream()
                .findFirst().orElse("");
        return paidMedia().withPaidMedia(new VideoSeries(videoId, title, List.of()),
                () -> publishedAt(videoId).orElse(null));
    }

    /**
     * The stored facts of several videos in two queries rather than two per video: each video's series (as
     * {@link #series}) and publication instant. Videos without samples are absent from the result.
     */
    public synchronized Map<String, StoredVideo> storedVideos(List<String> videoIds) {
        Map<String, StoredVideo> out = new HashMap<>();
        if (videoIds.isEmpty()) {
            return out;
        }
        String in = placeholders(videoIds.size());
        Map<String, String> titles = new HashMap<>();
        Map<String, Instant> published = new HashMap<>();
        query("SELECT video_id, title, published_at FROM videos WHERE video_id IN (" + in + ")", rs -> {
            titles.put(rs.getString(1), rs.getString(2));
            Instant at = instant(rs, 3);
            return at == null ? null : published.put(rs.getString(1), at);
        }, videoIds.toArray());
        Map<String, SourcedSamples> samples = new HashMap<>();
        // this runs for every sample of every report, and each column read is a call into the driver: one prepared
        // query a video (no video id to read back on every row), in the primary key's order (no sort; samples of
        // two sources at one instant, rare, are put in the order series() gives them, API data last, in Java),
        // unknown counts as -1 and sources as small numbers (no string made a row)
        try (PreparedStatement ps = connection.prepareStatement("SELECT at, views, coalesce(likes, -1),"
                + " coalesce(comments, -1), coalesce(shares, -1), coalesce(watch_minutes, -1), " + SourceCode.SQL
                + ", source FROM samples WHERE video_id = ? ORDER BY at, source")) {
            for (String id : videoIds) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    SourcedSamples read = null;
                    while (rs.next()) {
                        if (read == null) {
                            read = new SourcedSamples();
                            samples.put(id, read);
                        }
                        read.add(new Sample(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2),
                                unknownIfNegative(rs.getLong(3)), unknownIfNegative(rs.getLong(4)),
                                unknownIfNegative(rs.getLong(5)), unknownIfNegative(rs.getLong(6))),
                                SourceCode.name(rs.getInt(7), () -> rs.getString(8)));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        CampaignStore paid = paidMedia();
        samples.forEach((id, read) -> out.put(id, new StoredVideo(paid.withPaidMedia(
                new VideoSeries(id, titles.getOrDefault(id, ""), read.inSeriesOrder()), () -> published.get(id)),
                published.get(id), read.sources)));
        return out;
    }

    /** {@code null} (unknown) for the -1 a query gave for a missing count; counts are never negative. */
    private static Long unknownIfNegative(long v) {
        return v < 0 ? null : v;
    }

    /** The sources a sample can come from, as numbers a query hands over without making a string each row. */
    private static final class SourceCode {
        private static final List<String> KNOWN = List.of("csv", "api", "studio", "analytics", "simulated");
        /** The SQL giving a sample's source code: its place in {@link #KNOWN}, or -1 for another source. */
        static final String SQL = sql();

        private static String sql() {
            StringBuilder b = new StringBuilder("CASE source");
            for (int i = 0; i < KNOWN.size(); i++) {
                b.append(" WHEN '").append(KNOWN.get(i)).append("' THEN ").append(i);
            }
            return b.append(" ELSE -1 END").toString();
        }

        /** The source of {@code code}; one the list does not know is read as text. */
        static String name(int code, SqlText text) throws SQLException {
            return code >= 0 ? KNOWN.get(code) : text.read();
        }
    }

    /** A text column read only when needed. */
    @FunctionalInterface
    private interface SqlText {
        String read() throws SQLException;
    }

    /** A video's samples as read in key order, with their sources. */
    private static final class SourcedSamples {
        private final List<Sample> samples = new ArrayList<>();
        private final List<String> sourceOf = new ArrayList<>();
        private final Map<String, Integer> sources = new TreeMap<>();
        private boolean ties;

        void add(Sample sample, String source) {
            ties |= !samples.isEmpty() && samples.get(samples.size() - 1).at().equals(sample.at());
            samples.add(sample);
            sourceOf.add(source);
            sources.merge(source, 1, Integer::sum);
        }

        /**
         * The samples by instant, and at one instant imports first, then Studio, then the API, as
         * {@link #series} orders them: the series keeps the last of equal instants, the most recent reading.
         */
        List<Sample> inSeriesOrder() {
            if (!ties) {
                return samples;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                order.add(i);
            }
            // stable: sources of one rank stay in key order
            order.sort(Comparator.comparing((Integer i) -> samples.get(i).at())
                    .thenComparingInt(i -> rank(sourceOf.get(i))));
            List<Sample> sorted = new ArrayList<>(samples.size());
            order.forEach(i -> sorted.add(samples.get(i)));
            return sorted;
        }

        private static int rank(String source) {
            return switch (source) {
                case "api" -> 3;
                case "studio" -> 2;
                default -> 1;
            };
        }
    }

    /**
     * The campaigns and traffic sources of this store: what series carry for the campaign detector. A new view each
     * time (it asks once whether there are any), so a campaign added since is seen.
     */
    private CampaignStore paidMedia() {
        return new CampaignStore(this, clock);
    }

    /**
     * A video's stored samples and publication instant.
     *
     * @param series      its series
     * @param publishedAt its publication instant, or {@code null} when unknown
     * @param sources     how many of its samples each source gave ({@code analytics}, {@code api}, {@code csv},
     *                    {@code studio}...), by source
     */
    public record StoredVideo(VideoSeries series, Instant publishedAt, Map<String, Integer> sources) {
        public StoredVideo {
            sources = Map.copyOf(sources);
        }
    }

    /**
     * The cached detections of several keys, as rows by key ({@code CachedDetection}), in one query per detector
     * (the table's primary key leads with detector, version and settings); keys without a result are absent.
     */
    public synchronized Map<ResultKey, byte[]> findResults(Collection<ResultKey> keys) {
        Map<ResultKey, byte[]> out = new HashMap<>();
        Map<List<String>, List<String>> byDetector = new java.util.LinkedHashMap<>();
        for (ResultKey k : keys) {
            byDetector.computeIfAbsent(List.of(k.detectorId(), k.detectorVersion(), k.settingsHash()),
                    d -> new ArrayList<>()).add(k.seriesFingerprint());
        }
        byDetector.forEach((d, fingerprints) -> {
            List<Object> params = new ArrayList<>(d);
            params.addAll(fingerprints);
            query("SELECT series_fingerprint, detection FROM detection_results WHERE detector_id = ?"
                    + " AND detector_version = ? AND settings_hash = ? AND series_fingerprint IN ("
                    + placeholders(fingerprints.size()) + ")", rs -> out.put(new ResultKey(d.get(0), d.get(1),
                    d.get(2), rs.getString(1)), rs.getBytes(2)), params.toArray());
        });
        return out;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** The video's publication instant, when the store knows it (the series starts from it: PublicationStart). */
    public synchronized Optional<Instant> publishedAt(String videoId) {
        return query("SELECT published_at FROM videos WHERE video_id = ? AND published_at IS NOT NULL",
                rs -> Instant.ofEpochMilli(rs.getLong(1)), videoId).stream().findFirst();
    }

    /** A cached detection, as its row ({@code CachedDetection}), for the given key. */
    public synchronized Optional<byte[]> findResult(ResultKey key) {
        return query("SELECT detection FROM detection_results WHERE detector_id = ? AND detector_version = ?"
                        + " AND settings_hash = ? AND series_fingerprint = ?", rs -> rs.getBytes(1),
                key.detectorId(), key.detectorVersion(), key.settingsHash(), key.seriesFingerprint())
                .stream().findFirst();
    }

    /**
     * Saves detections (as rows, {@code CachedDetection}) under their keys in one transaction, replacing older ones;
     * the data's generation stays.
     */
    public synchronized void saveResults(Map<ResultKey, byte[]> detections) {
        transaction(false, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO detection_results (detector_id,"
                    + " detector_version, settings_hash, series_fingerprint, detection, computed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (detector_id, detector_version, settings_hash,"
                    + " series_fingerprint) DO UPDATE SET detection = excluded.detection,"
                    + " computed_at = excluded.computed_at")) {
                long now = clock.millis();
                for (Map.Entry<ResultKey, byte[]> d : detections.entrySet()) {
                    ps.setString(1, d.getKey().detectorId());
                    ps.setString(2, d.getKey().detectorVersion());
                    ps.setString(3, d.getKey().settingsHash());
                    ps.setString(4, d.getKey().seriesFingerprint());
                    ps.setBytes(5, d.getValue());
                    ps.setLong(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Runs {@code work} in one write transaction on the store's connection; rolls back if it throws. On SQLite
     * the write lock is taken first ({@code BEGIN IMMEDIATE}, waiting for another process's write up to the busy
     * timeout), so whatever {@code work} reads stays true until it commits; on PostgreSQL rows are locked as they
     * are written, and imports lock out other imports ({@link Dialect}).
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        return transaction(true, work);
    }

    /** As {@link #inTransaction}; {@code dataChanges} adds one to the data's generation in the same transaction. */
    private <T> T transaction(boolean dataChanges, SqlWork<T> work) {
        try {
            dialect.begin(connection);
            try {
                if (dataChanges) {
                    try (Statement s = connection.createStatement()) {
                        s.executeUpdate("UPDATE store_generation SET generation = generation + 1 WHERE id = 1");
                    }
                }
                T result = work.run(connection);
                dialect.commit(connection);
                return result;
            } catch (SQLException | RuntimeException e) {
                dialect.rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("written", e);
        }
    }

    /**
     * The store's identity and the generation of its data: equal generations of one identity mean that no sample,
     * video, tracking or paid-media row was written in between (detection results do not count).
     */
    public synchronized DataGeneration dataGeneration() {
        return query("SELECT identity, generation FROM store_generation WHERE id = 1",
                rs -> new DataGeneration(rs.getString(1), rs.getLong(2))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the store has no identity row"));
    }

    /** Gives a store its random identity the first time it is opened (read-only after that). */
    private void giveIdentity() {
        if (!query("SELECT 1 FROM store_generation WHERE id = 1", rs -> 1).isEmpty()) {
            return;
        }
        // two processes opening a new store at once: the first one's identity stays
        transaction(false, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO store_generation (id, identity, generation)"
                    + " VALUES (1, ?, 0) ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, java.util.UUID.randomUUID().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Runs a query with positional string/number parameters and maps each row. */
    public synchronized <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closed", e);
        }
    }

    private static VideoInfo videoInfo(ResultSet rs) throws SQLException {
        return new VideoInfo(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getInt(4) != 0, instant(rs, 5),
                rs.getInt(6), instant(rs, 7));
    }

    /** A sample from columns at, views, likes, comments, shares (in that order, from 1). */
    static Sample sample(ResultSet rs) throws SQLException {
        return new Sample(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2), nullableLong(rs, 3),
                nullableLong(rs, 4), nullableLong(rs, 5));
    }

    /** An instant stored as epoch milliseconds, or {@code null}. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        Long v = nullableLong(rs, column);
        return v == null ? null : Instant.ofEpochMilli(v);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps one result row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
