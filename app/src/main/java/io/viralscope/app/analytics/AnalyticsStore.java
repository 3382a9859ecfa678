package io.viralscope.app.analytics;

import io.viralscope.api.Sample;
import io.viralscope.app.store.Store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Owner analytics in the store (migration V5): each pulled day as the API reported it, the totals a video's first
 * pulled day is anchored to, and the revisions of stored days. From these it derives the video's cumulative samples
 * with source {@value #SOURCE} (their watch minutes included): one at the start of the first day (the anchor) and one at the end of each day,
 * days ending at midnight Pacific time as in YouTube Studio exports. A day YouTube revised replaces the stored one
 * and is recorded in {@code analytics_revisions}; the samples from that day on are recomputed. The same answer
 * pulled twice changes nothing.
 */
public final class AnalyticsStore {

    /** The sample source of owner analytics. */
    public static final String SOURCE = "analytics";
    /** YouTube Analytics days are the channel's reporting days, in Pacific time. */
    public static final ZoneId ANALYTICS_ZONE = ZoneId.of("America/Los_Angeles");

    private final Store store;
    private final Clock clock;

    public AnalyticsStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A stored day.
     *
     * @param figures     the day's figures
     * @param provisional true while YouTube may still revise it
     */
    public record StoredDay(DayFigures figures, boolean provisional) {
    }

    /**
     * What the store holds of a video.
     *
     * @param firstDay the first day pulled (the anchor's day)
     * @param anchor   totals before {@code firstDay}
     * @param days     the stored days, by day
     */
    public record Stored(LocalDate firstDay, DayFigures anchor, NavigableMap<LocalDate, StoredDay> days) {

        /** The first day not yet final: where an incremental pull starts. */
        public LocalDate firstUnsettled() {
            LocalDate lastFinal = null;
            for (Map.Entry<LocalDate, StoredDay> e : days.entrySet()) {
                if (e.getValue().provisional()) {
                    break;
                }
                lastFinal = e.getKey();
            }
            return lastFinal == null ? firstDay : lastFinal.plusDays(1);
        }
    }

    /**
     * A pulled traffic-source day.
     *
     * @param day    the day
     * @param source the Studio name of the source
     * @param views  its views that day
     */
    public record TrafficRow(LocalDate day, String source, long views) {
    }

    /**
     * What one write did.
     *
     * @param daysAdded       days stored for the first time
     * @param daysRevised     stored days whose figures YouTube changed
     * @param samplesAdded    cumulative samples added
     * @param samplesReplaced cumulative samples whose counts changed (revisions and what follows them)
     * @param trafficRows     traffic-source rows added or changed
     */
    public record Write(int daysAdded, int daysRevised, int samplesAdded, int samplesReplaced, int trafficRows) {
        public boolean changedNothing() {
            return daysAdded == 0 && daysRevised == 0 && samplesAdded == 0 && samplesReplaced == 0
                    && trafficRows == 0;
        }
    }

    /** The video's stored analytics, if any. */
    public Optional<Stored> stored(String videoId) {
        List<Object[]> anchor = store.query("SELECT first_day, views, likes, comments, shares, watch_minutes,"
                + " subscribers_gained FROM analytics_anchors WHERE video_id = ?", rs -> new Object[]{
                LocalDate.parse(rs.getString(1)), figures(rs, 2)}, videoId);
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        NavigableMap<LocalDate, StoredDay> days = new TreeMap<>();
        store.query("SELECT day, views, likes, comments, shares, watch_minutes, subscribers_gained, provisional"
                + " FROM analytics_days WHERE video_id = ? ORDER BY day", rs -> days.put(
                LocalDate.parse(rs.getString(1)), new StoredDay(figures(rs, 2), rs.getInt(8) != 0)), videoId);
        return Optional.of(new Stored((LocalDate) anchor.get(0)[0], (DayFigures) anchor.get(0)[1], days));
    }

    /** Videos with owner analytics, sorted. */
    public List<String> videosWithAnalytics() {
        return store.query("SELECT video_id FROM analytics_anchors ORDER BY video_id", rs -> rs.getString(1));
    }

    /**
     * Writes one video's pull in one transaction: all of it or, when anything fails, nothing.
     *
     * @param anchor      the new anchor (first day and totals before it), or {@code null} to keep the stored one
     * @param days        the pulled days, each with whether it is still provisional
     * @param traffic     the pulled traffic-source days
     */
    public Write write(String videoId, Map.Entry<LocalDate, DayFigures> anchor,
                       NavigableMap<LocalDate, StoredDay> days, List<TrafficRow> traffic) {
        return store.inTransaction(c -> {
            long now = clock.millis();
            try (PreparedStatement video = c.prepareStatement("INSERT INTO videos (video_id, first_seen_at)"
                    + " VALUES (?, ?) ON CONFLICT (video_id) DO NOTHING")) {
                video.setString(1, videoId);
                video.setLong(2, now);
                video.executeUpdate();
            }
            if (anchor != null) {
                writeAnchor(c, videoId, anchor.getKey(), anchor.getValue());
            }
            int[] dayCounts = writeDays(c, videoId, days, now);
            int[] sampleCounts = writeSamples(c, videoId, now);
            int trafficRows = writeTraffic(c, videoId, traffic);
            return new Write(dayCounts[0], dayCounts[1], sampleCounts[0], sampleCounts[1], trafficRows);
        });
    }

    private static void writeAnchor(Connection c, String videoId, LocalDate firstDay, DayFigures f)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analytics_anchors (video_id, first_day, views,"
                + " likes, comments, shares, watch_minutes, subscribers_gained) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (video_id) DO UPDATE SET first_day = excluded.first_day, views = excluded.views,"
                + " likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,"
                + " watch_minutes = excluded.watch_minutes, subscribers_gained = excluded.subscribers_gained")) {
            ps.setString(1, videoId);
            ps.setString(2, firstDay.toString());
            setFigures(ps, 3, f);
            ps.executeUpdate();
        }
    }

    /** Inserts new days, replaces revised ones (recording the revision); returns {added, revised}. */
    private static int[] writeDays(Connection c, String videoId, NavigableMap<LocalDate, StoredDay> days, long now)
            throws SQLException {
        int added = 0;
        int revised = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT views, likes, comments, shares, watch_minutes,"
                + " subscribers_gained, provisional FROM analytics_days WHERE video_id = ? AND day = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_days (video_id, day, views,"
                     + " likes, comments, shares, watch_minutes, subscribers_gained, provisional, pulled_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE analytics_days SET views = ?, likes = ?,"
                     + " comments = ?, shares = ?, watch_minutes = ?, subscribers_gained = ?, provisional = ?,"
                     + " pulled_at = ? WHERE video_id = ? AND day = ?");
             PreparedStatement settle = c.prepareStatement("UPDATE analytics_days SET provisional = ?"
                     + " WHERE video_id = ? AND day = ?");
             PreparedStatement revision = c.prepareStatement("INSERT INTO analytics_revisions (video_id, day,"
                     + " revised_at, old_views, new_views, old_shares, new_shares, old_likes, new_likes,"
                     + " old_comments, new_comments, old_watch_minutes, new_watch_minutes)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<LocalDate, StoredDay> e : days.entrySet()) {
                String day = e.getKey().toString();
                DayFigures f = e.getValue().figures();
                int provisional = e.getValue().provisional() ? 1 : 0;
                read.setString(1, videoId);
                read.setString(2, day);
                DayFigures held = null;
                int heldProvisional = 0;
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        held = figures(rs, 1);
                        heldProvisional = rs.getInt(7);
                    }
                }
                if (held == null) {
                    insert.setString(1, videoId);
                    insert.setString(2, day);
                    setFigures(insert, 3, f);
                    insert.setInt(9, provisional);
                    insert.setLong(10, now);
                    insert.executeUpdate();
                    added++;
                } else if (!held.equals(f)) {
                    setFigures(update, 1, f);
                    update.setInt(7, provisional);
                    update.setLong(8, now);
                    update.setString(9, videoId);
                    update.setString(10, day);
                    update.executeUpdate();
                    revision.setString(1, videoId);
                    revision.setString(2, day);
                    revision.setLong(3, now);
                    long[] o = held.values();
                    long[] n = f.values();
                    // views, shares, likes, comments, watch minutes: the figures a revision matters for
                    int[] order = {0, 3, 1, 2, 4};
                    for (int i = 0; i < order.length; i++) {
                        revision.setLong(4 + 2 * i, o[order[i]]);
                        revision.setLong(5 + 2 * i, n[order[i]]);
                    }
                    revision.executeUpdate();
                    revised++;
                } else if (heldProvisional != provisional) {
                    settle.setInt(1, provisional);
                    settle.setString(2, videoId);
                    settle.setString(3, day);
                    settle.executeUpdate();
                }
            }
        }
        return new int[]{added, revised};
    }

    /** Recomputes the video's cumulative samples from its anchor and days; returns {added, replaced}. */
    private static int[] writeSamples(Connection c, String videoId, long now) throws SQLException {
        LocalDate firstDay = null;
        DayFigures total = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT first_day, views, likes, comments, shares,"
                + " watch_minutes, subscribers_gained FROM analytics_anchors WHERE video_id = ?")) {
            ps.setString(1, videoId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    firstDay = LocalDate.parse(rs.getString(1));
                    total = figures(rs, 2);
                }
            }
        }
        if (firstDay == null) {
            return new int[]{0, 0};
        }
        Map<Long, Sample> wanted = new java.util.LinkedHashMap<>();
        wanted.put(startOf(firstDay), sample(startOf(firstDay), total));
        try (PreparedStatement ps = c.prepareStatement("SELECT day, views, likes, comments, shares, watch_minutes,"
                + " subscribers_gained FROM analytics_days WHERE video_id = ? AND day >= ? ORDER BY day")) {
            ps.setString(1, videoId);
            ps.setString(2, firstDay.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = total.plus(figures(rs, 2));
                    long at = startOf(LocalDate.parse(rs.getString(1)).plusDays(1));
                    wanted.put(at, sample(at, total));
                }
            }
        }
        Map<Long, Sample> held = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT at, views, likes, comments, shares, watch_minutes"
                + " FROM samples WHERE video_id = ? AND source = ?")) {
            ps.setString(1, videoId);
            ps.setString(2, SOURCE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long watched = rs.getLong(6);
                    held.put(rs.getLong(1), new Sample(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.wasNull() ? null : watched));
                }
            }
        }
        int added = 0;
        int replaced = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO samples (video_id, at, source, views, likes,"
                + " comments, shares, watch_minutes, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE samples SET views = ?, likes = ?, comments = ?,"
                     + " shares = ?, watch_minutes = ?, stored_at = ? WHERE video_id = ? AND at = ? AND source = ?")) {
            for (Map.Entry<Long, Sample> e : wanted.entrySet()) {
                Sample s = e.getValue();
                Sample h = held.get(e.getKey());
                if (h == null) {
                    insert.setString(1, videoId);
                    insert.setLong(2, e.getKey());
                    insert.setString(3, SOURCE);
                    insert.setLong(4, s.views());
                    insert.setLong(5, s.likes());
                    insert.setLong(6, s.comments());
                    insert.setLong(7, s.shares());
                    insert.setLong(8, s.watchMinutes());
                    insert.setLong(9, now);
                    insert.executeUpdate();
                    added++;
                } else if (!h.equals(s)) {
                    update.setLong(1, s.views());
                    update.setLong(2, s.likes());
                    update.setLong(3, s.comments());
                    update.setLong(4, s.shares());
                    update.setLong(5, s.watchMinutes());
                    update.setLong(6, now);
                    update.setString(7, videoId);
                    update.setLong(8, e.getKey());
                    update.setString(9, SOURCE);
                    update.executeUpdate();
                    replaced++;
                }
            }
        }
        return new int[]{added, replaced};
    }

    private static int writeTraffic(Connection c, String videoId, List<TrafficRow> traffic) throws SQLException {
        int written = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT views FROM traffic_source_days WHERE video_id = ?"
                + " AND day = ? AND source = ?");
             PreparedStatement upsert = c.prepareStatement("INSERT INTO traffic_source_days (video_id, day, source,"
                     + " views) VALUES (?, ?, ?, ?) ON CONFLICT (video_id, day, source) DO UPDATE SET"
                     + " views = excluded.views")) {
            for (TrafficRow r : traffic) {
                read.setString(1, videoId);
                read.setString(2, r.day().toString());
                read.setString(3, r.source());
                Long held = null;
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        held = rs.getLong(1);
                    }
                }
                if (held != null && held == r.views()) {
                    continue;
                }
                upsert.setString(1, videoId);
                upsert.setString(2, r.day().toString());
                upsert.setString(3, r.source());
                upsert.setLong(4, r.views());
                upsert.executeUpdate();
                written++;
            }
        }
        return written;
    }

    /** The start of a Pacific-time day, as epoch millis: the end of the day before. */
    static long startOf(LocalDate day) {
        return day.atStartOfDay(ANALYTICS_ZONE).toInstant().toEpochMilli();
    }

    private static Sample sample(long at, DayFigures total) {
        return new Sample(Instant.ofEpochMilli(at), total.views(), total.likes(), total.comments(), total.shares(),
                total.watchMinutes());
    }

    private static DayFigures figures(ResultSet rs, int from) throws SQLException {
        return new DayFigures(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3),
                rs.getLong(from + 4), rs.getLong(from + 5));
    }

    private static void setFigures(PreparedStatement ps, int from, DayFigures f) throws SQLException {
        long[] v = f.values();
        for (int i = 0; i < v.length; i++) {
            ps.setLong(from + i, v[i]);
        }
    }
}
