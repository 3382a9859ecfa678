package io.viralscope.app.youtube;

import io.viralscope.app.store.Store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The quota units spent per day of YouTube's quota clock, kept in the store so that every run sharing it (cron
 * {@code poll}, {@code watch}) counts against one daily budget that is never exceeded. A unit is reserved
 * before each request is sent, in one statement, so two runs cannot both take the last unit and a crash after
 * sending can only over-count. YouTube's quota resets at midnight Pacific time (America/Los_Angeles, so 07:00 or
 * 08:00 UTC depending on daylight saving time).
 */
public final class QuotaLedger {

    /** The time zone of YouTube's quota day. */
    public static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /** Units one {@code videos.list} request costs, whatever its parts and however many ids (up to 50). */
    public static final int UNITS_PER_VIDEOS_LIST = 1;

    private final Store store;
    private final Clock clock;
    private final int dailyBudget;

    /**
     * @param store       where the ledger lives
     * @param clock       the one clock
     * @param dailyBudget units that may be spent per Pacific-time day
     */
    public QuotaLedger(Store store, Clock clock, int dailyBudget) {
        this.store = store;
        this.clock = clock;
        this.dailyBudget = dailyBudget;
    }

    /** The units that may be spent per day. */
    public int dailyBudget() {
        return dailyBudget;
    }

    /** Today's date on YouTube's quota clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PACIFIC);
    }

    /** The next reset: the coming midnight, Pacific time. */
    public Instant nextReset() {
        return today().plusDays(1).atStartOfDay(PACIFIC).toInstant();
    }

    /**
     * Reserves the units of one {@code videos.list} request.
     *
     * @return false, reserving nothing, when the budget cannot cover it or YouTube said today's quota is used up
     */
    public boolean tryReserve() {
        String day = today().toString();
        return store.inTransaction(c -> {
            try (PreparedStatement ensure = c.prepareStatement(
                    "INSERT INTO quota_ledger (day, units_used, calls) VALUES (?, 0, 0) ON CONFLICT DO NOTHING");
                 PreparedStatement take = c.prepareStatement("UPDATE quota_ledger SET units_used = units_used + ?,"
                         + " calls = calls + 1 WHERE day = ? AND units_used + ? <= ? AND exhausted_at IS NULL")) {
                ensure.setString(1, day);
                ensure.executeUpdate();
                take.setInt(1, UNITS_PER_VIDEOS_LIST);
                take.setString(2, day);
                take.setInt(3, UNITS_PER_VIDEOS_LIST);
                take.setInt(4, dailyBudget);
                return take.executeUpdate() == 1;
            }
        });
    }

    /** Records that YouTube answered {@code quotaExceeded}: no request is sent again before the reset. */
    public void markExhausted() {
        String day = today().toString();
        long now = clock.millis();
        store.inTransaction(c -> {
            try (PreparedStatement ensure = c.prepareStatement(
                    "INSERT INTO quota_ledger (day, units_used, calls) VALUES (?, 0, 0) ON CONFLICT DO NOTHING");
                 PreparedStatement mark = c.prepareStatement(
                         "UPDATE quota_ledger SET exhausted_at = COALESCE(exhausted_at, ?) WHERE day = ?")) {
                ensure.setString(1, day);
                ensure.executeUpdate();
                mark.setLong(1, now);
                mark.setString(2, day);
                mark.executeUpdate();
            }
            return null;
        });
    }

    /** Today's figures. */
    public Usage usage() {
        LocalDate day = today();
        List<Usage> rows = store.query("SELECT units_used, calls, exhausted_at FROM quota_ledger WHERE day = ?",
                rs -> {
                    int units = rs.getInt(1);
                    int calls = rs.getInt(2);
                    long exhausted = rs.getLong(3);
                    Instant exhaustedAt = rs.wasNull() ? null : Instant.ofEpochMilli(exhausted);
                    return new Usage(day, units, calls, dailyBudget, exhaustedAt, nextReset());
                }, day.toString());
        return rows.isEmpty() ? new Usage(day, 0, 0, dailyBudget, null, nextReset()) : rows.get(0);
    }

    /**
     * One day of the ledger.
     *
     * @param day         the Pacific-time date
     * @param unitsUsed   units spent
     * @param calls       requests sent
     * @param budget      units allowed
     * @param exhaustedAt when YouTube said the quota was used up, or {@code null}
     * @param resetAt     when the next day begins
     */
    public record Usage(LocalDate day, int unitsUsed, int calls, int budget, Instant exhaustedAt, Instant resetAt) {

        /** Units left today (0 once YouTube said the quota is used up). */
        public int remaining() {
            return exhaustedAt != null ? 0 : Math.max(0, budget - unitsUsed);
        }
    }
}
