package io.viralscope.app.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.Scanner;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings a store's schema up to date with Flyway, safely when several Viralscope processes open a new store at
 * the same moment. Flyway takes no lock on SQLite, so two processes could both find the store empty and both
 * create its tables; here the whole migration runs as one {@code BEGIN IMMEDIATE} transaction on the store's
 * own connection, so SQLite's write lock (with the connection's busy timeout) makes the second process wait and
 * then find the schema already current. An up-to-date store, the usual case, is only read.
 */
final class SchemaMigration {

    private static final String HISTORY_TABLE = "flyway_schema_history";

    /**
     * Migration 2's opening comment once cited a document outside the repository; only the comment changed.
     * Flyway's checksum covers comments, so a store migrated before carries the old one and would be refused:
     * it is accepted by recording the new checksum (the SQL applied is the same).
     */
    static final int V2_CHECKSUM_BEFORE_COMMENT_EDIT = -21922289;
    static final int V2_CHECKSUM = -1474011147;

    private SchemaMigration() {
    }

    /**
     * Migrates the store on {@code connection} (in autocommit mode) to the newest schema.
     *
     * @throws StoreException when the file holds another program's database or a schema of a newer Viralscope
     * @throws SQLException   when SQLite fails (busy beyond the timeout, read-only, corrupt...)
     */
    static void migrate(Connection connection, Path file) throws SQLException {
        acceptEditedComment(connection);
        if (current(connection)) {
            return;
        }
        Flyway flyway = Flyway.configure().dataSource(new OneConnection(connection))
                .locations("classpath:db/migration").loggers("slf4j").load();
        refuseNewerSchema(flyway.info(), file);
        if (flyway.info().pending().length == 0) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                if (!hasTable(connection, HISTORY_TABLE) && hasOtherTables(connection)) {
                    throw new StoreException(file + " is an SQLite database of another program, not a Viralscope"
                            + " store; name your store with --db FILE, or a new file to start one.", null);
                }
                // under the write lock: a process that got here first has already migrated, and Flyway sees it
                refuseNewerSchema(flyway.info(), file);
                flyway.migrate();
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /**
     * The versions of the migrations this Viralscope carries, in order; {@code SchemaMigrationTest} checks them
     * against the files in {@code db/migration}.
     */
    static final java.util.List<String> VERSIONS = java.util.List.of("1", "2", "3", "4", "5", "6");

    /**
     * Whether the store has every migration this Viralscope carries applied, successfully, and no other: the usual
     * case, told by one query, without starting Flyway (whose loading and classpath scan are most of the time a
     * command takes to open a store). Anything else (a new, older, newer or damaged schema history) goes to Flyway.
     */
    static boolean current(Connection connection) throws SQLException {
        if (!hasTable(connection, HISTORY_TABLE)) {
            return false;
        }
        java.util.List<String> applied = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + HISTORY_TABLE
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        }
        return applied.equals(VERSIONS);
    }

    /** Records migration 2's new checksum in a store migrated before its comment was edited (a read otherwise). */
    private static void acceptEditedComment(Connection connection) throws SQLException {
        if (!hasTable(connection, HISTORY_TABLE)) {
            return;
        }
        String where = " WHERE version = '2' AND checksum = " + V2_CHECKSUM_BEFORE_COMMENT_EDIT;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM " + HISTORY_TABLE + where)) {
            if (!rs.next()) {
                return; // the usual case: no write, so a read-only store still opens for reading
            }
        }
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE " + HISTORY_TABLE + " SET checksum = " + V2_CHECKSUM + where);
        }
    }

    /**
     * Migrates a PostgreSQL store with the same migrations, translated by {@link Dialect#POSTGRESQL}. Flyway locks
     * a PostgreSQL database itself (an advisory lock), so several processes opening a new store wait for each
     * other; a database of another application (tables, but no Viralscope schema history) is refused untouched.
     *
     * @param connection the store's connection, for the checks; Flyway opens its own with the same URL
     */
    static void migratePostgres(Connection connection, StoreLocation.PostgresDatabase db) throws SQLException {
        if (!hasPostgresTable(connection, HISTORY_TABLE) && hasOtherPostgresTables(connection)) {
            throw new StoreException("The PostgreSQL database " + db + " holds tables of another application and no"
                    + " Viralscope schema history, so Viralscope leaves it untouched; name an empty database (or a"
                    + " Viralscope one) with --db URL.", null);
        }
        if (!hasPostgresTable(connection, HISTORY_TABLE) && !mayCreateTables(connection)) {
            // refused at once: Flyway would retry creating its history table for ten seconds first
            throw StoreFailure.postgresWithoutRights(db, null);
        }
        FluentConfiguration config = Flyway.configure().dataSource(new Connecting(db.url()))
                .locations("classpath:db/migration").loggers("slf4j");
        Flyway flyway = config.resourceProvider(new Translated(
                new Scanner<>(JavaMigration.class, config, config.getLocations()), Dialect.POSTGRESQL)).load();
        refuseNewerSchema(flyway.info(), db);
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
    }

    private static boolean hasPostgresTable(Connection c, String name) throws SQLException {
        return anyRow(c, "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name = ?", name);
    }

    private static boolean mayCreateTables(Connection c) throws SQLException {
        return anyRow(c, "SELECT 1 WHERE current_schema() IS NOT NULL"
                + " AND has_schema_privilege(current_schema(), 'CREATE')");
    }

    private static boolean hasOtherPostgresTables(Connection c) throws SQLException {
        return anyRow(c, "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()");
    }

    private static void refuseNewerSchema(MigrationInfoService info, Object file) {
        Optional<MigrationInfo> newest = Arrays.stream(info.applied())
                .filter(m -> m.getState().name().startsWith("FUTURE") && m.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (newest.isPresent()) {
            String known = Arrays.stream(info.all()).filter(m -> !m.getState().name().startsWith("FUTURE")
                    && m.getVersion() != null).map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
            throw new StoreException("The store " + file + " was written by a newer Viralscope (store schema "
                    + newest.get().getVersion().getVersion() + "; this one knows up to " + known + "); use that"
                    + " version, or name another store with --db " + (file instanceof StoreLocation.PostgresDatabase ? "URL" : "FILE") + ".", null);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        return anyRow(c, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name);
    }

    private static boolean hasOtherTables(Connection c) throws SQLException {
        return anyRow(c, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    }

    /** Whether {@code sql}, with {@code params} bound in order, returns a row: the one shape of every probe here. */
    private static boolean anyRow(Connection c, String sql, String... params) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The migrations of {@code db/migration} as Flyway finds them, their SQL read in {@code dialect}. Flyway's own
     * scanner (an internal class, so tied to the pinned Flyway version) finds them; only their text changes.
     */
    private record Translated(ResourceProvider scanned, Dialect dialect) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            LoadableResource r = scanned.getResource(name);
            return r == null ? null : new TranslatedResource(r, dialect);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return scanned.getResources(prefix, suffixes).stream()
                    .<LoadableResource>map(r -> new TranslatedResource(r, dialect)).toList();
        }
    }

    private static final class TranslatedResource extends LoadableResource {
        private final LoadableResource original;
        private final Dialect dialect;

        TranslatedResource(LoadableResource original, Dialect dialect) {
            this.original = original;
            this.dialect = dialect;
        }

        @Override
        public Reader read() {
            StringBuilder sql = new StringBuilder();
            char[] buf = new char[8192];
            try (Reader in = original.read()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    sql.append(buf, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new StringReader(dialect.migrationSql(sql.toString()));
        }

        @Override
        public String getAbsolutePath() {
            return original.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return original.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getRelativePath() {
            return original.getRelativePath();
        }
    }

    /** Connections to a PostgreSQL URL, for Flyway (which opens its own, and locks the database through them). */
    private record Connecting(String url) implements ConnectionsOnly {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }
    }

    /**
     * Hands Flyway the store's connection inside the migration transaction: Flyway's own begin, commit, rollback
     * and close become no-ops, so everything it does commits (or rolls back) with the outer transaction.
     */
    private record OneConnection(Connection connection) implements ConnectionsOnly {

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "close", "commit", "rollback", "setAutoCommit" -> null;
                        case "isClosed" -> false;
                        case "getAutoCommit" -> true;
                        default -> {
                            try {
                                yield method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    });
        }
    }

    /** A data source that only hands out connections: what Flyway asks of one, with the rest of the interface inert. */
    private interface ConnectionsOnly extends DataSource {

        @Override
        default Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        default PrintWriter getLogWriter() {
            return null;
        }

        @Override
        default void setLogWriter(PrintWriter out) {
        }

        @Override
        default void setLoginTimeout(int seconds) {
        }

        @Override
        default int getLoginTimeout() {
            return 0;
        }

        @Override
        default Logger getParentLogger() {
            return Logger.getLogger("io.viralscope.app.store");
        }

        @Override
        default <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        default boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
