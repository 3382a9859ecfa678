package io.viralscope.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * Everything the store does differently on SQLite and on PostgreSQL, in one place (docs/architecture.md#store-dialects).
 * The rest of the store's SQL is written once, in the subset both understand: {@code INSERT ... ON CONFLICT},
 * {@code RETURNING}, {@code IS NOT DISTINCT FROM}, epoch milliseconds in integer columns.
 */
public enum Dialect {

    /** One file; SQLite lets one connection write at a time, so a write transaction takes that lock first. */
    SQLITE {
        @Override
        void begin(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        void commit(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        }

        @Override
        void rollback(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            }
        }

        @Override
        String migrationSql(String sql) {
            return sql;
        }

        @Override
        String claimSql(int ids) {
            return "UPDATE videos SET claimed_at = ?, claimed_by = ? WHERE video_id IN (" + placeholders(ids)
                    + ") AND " + CLAIMABLE + " RETURNING video_id";
        }

        @Override
        void lockForImport(Connection c) {
            // BEGIN IMMEDIATE already holds the one write lock
        }

        @Override
        public boolean claimsOfOneMachine() {
            return true;
        }
    },

    /**
     * A server shared by several machines: transactions are the driver's, writers run side by side (pollers claim
     * rows with {@code FOR UPDATE SKIP LOCKED}), and imports take a transaction-scoped advisory lock so that the
     * check for differing samples and the write stay together, as SQLite's write lock keeps them.
     */
    POSTGRESQL {
        @Override
        void begin(Connection c) throws SQLException {
            c.setAutoCommit(false);
        }

        @Override
        void commit(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
        }

        @Override
        void rollback(Connection c) throws SQLException {
            c.rollback();
            c.setAutoCommit(true);
        }

        /**
         * The migrations are written for SQLite, whose INTEGER holds 64 bits, whose REAL is a double and whose BLOB
         * holds bytes; here they are BIGINT, DOUBLE PRECISION and BYTEA, and WITHOUT ROWID (a storage choice of
         * SQLite's) has no equivalent.
         */
        @Override
        String migrationSql(String sql) {
            String out = INTEGER.matcher(sql).replaceAll("BIGINT");
            out = REAL.matcher(out).replaceAll("DOUBLE PRECISION");
            out = BLOB.matcher(out).replaceAll("BYTEA");
            return WITHOUT_ROWID.matcher(out).replaceAll(")");
        }

        @Override
        String claimSql(int ids) {
            // rows another poller is claiming right now are skipped rather than waited for
            return "UPDATE videos SET claimed_at = ?, claimed_by = ? WHERE video_id IN (SELECT video_id FROM videos"
                    + " WHERE video_id IN (" + placeholders(ids) + ") AND " + CLAIMABLE
                    + " FOR UPDATE SKIP LOCKED) RETURNING video_id";
        }

        @Override
        void lockForImport(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            }
        }

        @Override
        public boolean claimsOfOneMachine() {
            return false;
        }
    };

    private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
    private static final Pattern REAL = Pattern.compile("\\bREAL\\b");
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");
    private static final Pattern WITHOUT_ROWID = Pattern.compile("\\)\\s*WITHOUT ROWID");

    /** The advisory lock key imports take on PostgreSQL ("VSIMPORT" in ASCII): any constant shared by all runs. */
    private static final long IMPORT_LOCK = 0x5653494D504F5254L;

    /**
     * A video no run fetched within the interval (first parameter: the cutoff) and no live claim holds (second:
     * the instant before which a claim has expired).
     */
    private static final String CLAIMABLE = "(last_fetched_at IS NULL OR last_fetched_at <= ?)"
            + " AND (claimed_at IS NULL OR claimed_at <= ?)";

    /** Starts a write transaction. */
    abstract void begin(Connection c) throws SQLException;

    abstract void commit(Connection c) throws SQLException;

    abstract void rollback(Connection c) throws SQLException;

    /** A migration's SQL, as written in {@code db/migration}, in this dialect. */
    abstract String migrationSql(String sql);

    /**
     * The statement claiming {@code ids} videos: parameters claimed_at, claimed_by, the ids, the fetch cutoff and
     * the claim expiry; it returns the ids claimed.
     */
    abstract String claimSql(int ids);

    /** Inside a write transaction: keeps other imports out until it ends. */
    abstract void lockForImport(Connection c) throws SQLException;

    /**
     * True when every run sharing the store is on this machine, so a claim can name its process and a claim of a
     * process that is gone can be voided at once. Otherwise claims name a run and only expire.
     */
    public abstract boolean claimsOfOneMachine();

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
