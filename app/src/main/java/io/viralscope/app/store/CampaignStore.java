package io.viralscope.app.store;

import io.viralscope.app.UserError;
import io.viralscope.app.campaign.Flight;
import io.viralscope.app.campaign.FlightDay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paid-media side of the store: campaigns and their flights, day by day. Each write is one transaction and
 * checks, under the write lock, what a flight must not do: lie outside the video's data, overlap a flight of the
 * same campaign on the same video, or change a campaign's currency. One problem and nothing is stored.
 */
public final class CampaignStore {

    private final Store store;
    private final Clock clock;
    /** Whether the store holds any flight or traffic source, asked once. */
    private Boolean anyPaidMedia;

    public CampaignStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Adds the flight days of one campaign, all or nothing.
     *
     * @param currency the ISO 4217 code of its spend, or {@code null} when it has none
     * @throws UserError when a flight lies outside its video's data, overlaps the campaign's other days on that
     *                   video, or the campaign already has another currency
     */
    public void add(String campaign, String currency, List<FlightDay> days) {
        Map<String, String> currencies = new java.util.HashMap<>();
        currencies.put(campaign, currency);
        addAll(currencies, days);
    }

    /**
     * Adds the flight days of several campaigns in one transaction: all or nothing.
     *
     * @param currencies each campaign's currency, where it has one
     * @throws UserError as {@link #add}
     */
    public void addAll(Map<String, String> currencies, List<FlightDay> days) {
        Map<String, List<FlightDay>> byCampaign = new TreeMap<>();
        days.forEach(d -> byCampaign.computeIfAbsent(d.campaign(), k -> new java.util.ArrayList<>()).add(d));
        store.inTransaction(c -> {
            for (Map.Entry<String, List<FlightDay>> e : byCampaign.entrySet()) {
                add(c, e.getKey(), currencies.get(e.getKey()), e.getValue());
            }
            return null;
        });
    }

    private void add(Connection c, String campaign, String currency, List<FlightDay> days) throws SQLException {
        {
            String known = currencyOf(c, campaign);
            boolean exists = campaignExists(c, campaign);
            if (exists && currency != null && known != null && !known.equals(currency)) {
                throw UserError.badInput("Campaign '" + campaign + "' is in " + known + ", not " + currency
                        + "; give its spend in " + known + " or name a new campaign.");
            }
            Map<String, LocalDate[]> byVideo = new TreeMap<>();
            for (FlightDay d : days) {
                byVideo.merge(d.videoId(), new LocalDate[] {d.day(), d.day()}, (a, b) -> new LocalDate[] {
                        a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            }
            for (Map.Entry<String, LocalDate[]> e : byVideo.entrySet()) {
                refuseOutsideData(c, campaign, e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
            if (!exists) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO campaigns (name, currency, created_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, campaign);
                    ps.setString(2, currency);
                    ps.setLong(3, clock.millis());
                    ps.executeUpdate();
                }
            } else if (known == null && currency != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE campaigns SET currency = ? WHERE name = ?")) {
                    ps.setString(1, currency);
                    ps.setString(2, campaign);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement taken = c.prepareStatement(
                    "SELECT 1 FROM campaign_days WHERE campaign = ? AND video_id = ? AND day = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO campaign_days (campaign, video_id, day,"
                         + " spend, impressions, paid_views) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (FlightDay d : days) {
                    taken.setString(1, campaign);
                    taken.setString(2, d.videoId());
                    taken.setString(3, d.day().toString());
                    try (ResultSet rs = taken.executeQuery()) {
                        if (rs.next()) {
                            throw UserError.badInput("Campaign '" + campaign + "' already has a flight on video "
                                    + d.videoId() + " on " + d.day() + "; flights of one campaign on one video must"
                                    + " not overlap (remove the campaign first: viralscope campaign remove "
                                    + campaign + ").");
                        }
                    }
                    insert.setString(1, campaign);
                    insert.setString(2, d.videoId());
                    insert.setString(3, d.day().toString());
                    setNullable(insert, 4, d.spend());
                    setNullable(insert, 5, d.impressions());
                    setNullable(insert, 6, d.paidViews());
                    insert.executeUpdate();
                }
            }
        }
    }

    /**
     * Stores daily views by traffic source, all in one transaction; a day and source already stored for a video is
     * replaced (a later export of the same days is the better count).
     *
     * @return the number of rows written
     */
    public int addTrafficSources(List<io.viralscope.app.campaign.TrafficSourceFile.Row> rows) {
        return store.inTransaction(c -> {
            try (PreparedStatement video = c.prepareStatement(
                    "INSERT INTO videos (video_id, first_seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING");
                 PreparedStatement ps = c.prepareStatement("INSERT INTO traffic_source_days (video_id, day, source,"
                         + " views) VALUES (?, ?, ?, ?) ON CONFLICT (video_id, day, source)"
                         + " DO UPDATE SET views = excluded.views")) {
                for (io.viralscope.app.campaign.TrafficSourceFile.Row r : rows) {
                    video.setString(1, r.videoId());
                    video.setLong(2, clock.millis());
                    video.executeUpdate();
                    ps.setString(1, r.videoId());
                    ps.setString(2, r.day().toString());
                    ps.setString(3, r.source());
                    ps.setLong(4, r.views());
                    ps.executeUpdate();
                }
            }
            return rows.size();
        });
    }

    /** The daily views by traffic source of {@code videoId}, by day then source. */
    public List<io.viralscope.api.TrafficSourceDay> trafficSources(String videoId) {
        return store.query("SELECT day, source, views FROM traffic_source_days WHERE video_id = ? ORDER BY day,"
                + " source", rs -> new io.viralscope.api.TrafficSourceDay(LocalDate.parse(rs.getString(1)),
                rs.getString(2), rs.getLong(3)), videoId);
    }

    /** Every campaign's flight on each video, by campaign and video. */
    public List<Flight> flights() {
        return store.query("SELECT d.campaign, d.video_id, MIN(d.day), MAX(d.day), COUNT(*), SUM(d.spend),"
                + " c.currency, SUM(d.impressions), SUM(d.paid_views), COUNT(d.spend), COUNT(d.impressions),"
                + " COUNT(d.paid_views) FROM campaign_days d JOIN campaigns c ON c.name = d.campaign"
                + " GROUP BY d.campaign, d.video_id ORDER BY d.campaign, d.video_id", rs -> new Flight(
                rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)),
                rs.getInt(5), rs.getInt(10) > 0 ? rs.getDouble(6) : null, rs.getString(7),
                rs.getInt(11) > 0 ? rs.getDouble(8) : null, rs.getInt(12) > 0 ? rs.getDouble(9) : null));
    }

    /** The flight days on {@code videoId}, by day then campaign. */
    public List<FlightDay> days(String videoId) {
        return store.query("SELECT campaign, video_id, day, spend, impressions, paid_views FROM campaign_days"
                + " WHERE video_id = ? ORDER BY day, campaign", rs -> new FlightDay(rs.getString(1), rs.getString(2),
                LocalDate.parse(rs.getString(3)), nullableDouble(rs, 4), nullableDouble(rs, 5),
                nullableDouble(rs, 6)), videoId);
    }

    /**
     * The flights on {@code videoId} as detectors receive them: one per campaign, from its first to its last day
     * on the video (days between without a row count 0), its stimulus the figure the rows give.
     */
    public List<io.viralscope.api.CampaignFlight> flightsOf(String videoId) {
        Map<String, List<FlightDay>> byCampaign = new TreeMap<>();
        days(videoId).forEach(d -> byCampaign.computeIfAbsent(d.campaign(), k -> new java.util.ArrayList<>()).add(d));
        Map<String, String> currencies = new TreeMap<>();
        store.query("SELECT name, currency FROM campaigns", rs -> currencies.put(rs.getString(1),
                rs.getString(2) == null ? "" : rs.getString(2)));
        List<io.viralscope.api.CampaignFlight> flights = new java.util.ArrayList<>();
        byCampaign.forEach((name, days) -> {
            LocalDate first = days.get(0).day();
            LocalDate last = days.get(days.size() - 1).day();
            io.viralscope.api.CampaignFlight.Stimulus kind = days.stream().anyMatch(d -> d.spend() != null)
                    ? io.viralscope.api.CampaignFlight.Stimulus.SPEND
                    : days.stream().anyMatch(d -> d.impressions() != null)
                    ? io.viralscope.api.CampaignFlight.Stimulus.IMPRESSIONS
                    : days.stream().anyMatch(d -> d.paidViews() != null)
                    ? io.viralscope.api.CampaignFlight.Stimulus.PAID_VIEWS
                    : io.viralscope.api.CampaignFlight.Stimulus.DAYS_ONLY;
            double[] daily = new double[(int) (last.toEpochDay() - first.toEpochDay()) + 1];
            for (FlightDay d : days) {
                Double v = switch (kind) {
                    case SPEND -> d.spend();
                    case IMPRESSIONS -> d.impressions();
                    case PAID_VIEWS -> d.paidViews();
                    case DAYS_ONLY -> 1.0;
                };
                daily[(int) (d.day().toEpochDay() - first.toEpochDay())] = v == null ? 0 : v;
            }
            String currency = currencies.getOrDefault(name, "");
            flights.add(new io.viralscope.api.CampaignFlight(name, kind, currency.isEmpty() ? null : currency, first,
                    java.util.Arrays.stream(daily).boxed().toList()));
        });
        flights.sort(java.util.Comparator.comparing(io.viralscope.api.CampaignFlight::first));
        return flights;
    }

    /**
     * {@code series} with its flights and traffic sources from the store (and the publication instant, asked for
     * only then): what the campaign detector reads. Two indexed queries a video; nothing changes for a video without
     * paid media.
     */
    public io.viralscope.api.VideoSeries withPaidMedia(io.viralscope.api.VideoSeries series,
                                                       java.util.function.Supplier<java.time.Instant> publishedAt) {
        if (anyPaidMedia == null) {
            anyPaidMedia = !store.query("SELECT 1 WHERE EXISTS (SELECT 1 FROM campaign_days) OR EXISTS (SELECT 1"
                    + " FROM traffic_source_days)", rs -> 1).isEmpty();
        }
        if (!anyPaidMedia) {
            return series; // most stores have none: no query a video
        }
        List<io.viralscope.api.CampaignFlight> flights = flightsOf(series.videoId());
        List<io.viralscope.api.TrafficSourceDay> sources = trafficSources(series.videoId());
        if (flights.isEmpty() && sources.isEmpty()) {
            return series;
        }
        return series.withPaidMedia(publishedAt.get(), flights, sources);
    }

    /** Removes a campaign and its flights; false when there is no such campaign. */
    public boolean remove(String campaign) {
        return store.inTransaction(c -> {
            try (PreparedStatement days = c.prepareStatement("DELETE FROM campaign_days WHERE campaign = ?");
                 PreparedStatement ps = c.prepareStatement("DELETE FROM campaigns WHERE name = ?")) {
                days.setString(1, campaign);
                days.executeUpdate();
                ps.setString(1, campaign);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static boolean campaignExists(Connection c, String campaign) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM campaigns WHERE name = ?")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String currencyOf(Connection c, String campaign) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT currency FROM campaigns WHERE name = ?")) {
            ps.setString(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A flight must share at least one day with the video's samples: the model reads the views around it. */
    private static void refuseOutsideData(Connection c, String campaign, String videoId, LocalDate first,
                                          LocalDate last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(at), MAX(at) FROM samples WHERE video_id = ?")) {
            ps.setString(1, videoId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                if (rs.wasNull()) {
                    throw UserError.badInput("The store holds no samples of video " + videoId + ", so its flight in"
                            + " campaign '" + campaign + "' cannot be read against its views; import or track the"
                            + " video first.");
                }
                LocalDate from = day(min);
                LocalDate to = day(rs.getLong(2));
                if (last.isBefore(from) || first.isAfter(to)) {
                    throw UserError.badInput("The flight of campaign '" + campaign + "' on video " + videoId + " ("
                            + first + " to " + last + ") lies outside the video's data (" + from + " to " + to
                            + "); import or track its counts over the flight first.");
                }
            }
        }
    }

    private static LocalDate day(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static void setNullable(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
