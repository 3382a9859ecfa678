package io.viralscope.app.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real PostgreSQL server for the store's tests: one embedded server per test JVM (its binaries come from the
 * Maven repository), started on first use and stopped when the JVM exits, and one database per test class,
 * emptied before each test.
 */
public final class TestPostgres {

    private static EmbeddedPostgres server;
    private static final Map<Class<?>, String> DATABASES = new HashMap<>();

    private TestPostgres() {
    }

    /**
     * The database of {@code testClass}, created on its first use and emptied on every call: what a test's
     * {@code @BeforeEach} asks for. A Viralscope schema is emptied by truncating its tables (migrating anew would
     * cost most of a short test's time); anything else a test left (another application's tables, a schema of its
     * own) is dropped whole.
     */
    public static synchronized StoreLocation.PostgresDatabase emptyDatabaseFor(Class<?> testClass) {
        String name = DATABASES.computeIfAbsent(testClass, c -> createDatabase(c.getSimpleName()));
        StoreLocation.PostgresDatabase db = database(name);
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            List<String> schemas = strings(s, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                    + " AND nspname NOT IN ('public', 'information_schema')");
            List<String> tables = strings(s, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'flyway_schema_history'");
            // a Viralscope schema: its history table beside the others, and no schema of a test's own
            boolean viralscope = schemas.isEmpty() && tables.size() < strings(s, "SELECT tablename FROM pg_tables"
                    + " WHERE schemaname = 'public'").size();
            if (viralscope && !tables.isEmpty()) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            } else if (!viralscope) {
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database " + name, e);
        }
        return db;
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The URL of database {@code name} on the test server, as the superuser (no password: trust). */
    public static synchronized StoreLocation.PostgresDatabase database(String name) {
        return new StoreLocation.PostgresDatabase("jdbc:postgresql://localhost:" + server().getPort() + "/" + name
                + "?user=postgres");
    }

    /** The port the test server listens on. */
    public static synchronized int port() {
        return server().getPort();
    }

    /** Runs {@code sql} as the superuser on the server's maintenance database. */
    public static synchronized void asSuperuser(String... sql) {
        try (Connection c = DriverManager.getConnection(database("postgres").url());
             Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean passwordsChecked;

    /**
     * Makes the server check passwords of every role but the superuser (the embedded server trusts everybody), and
     * creates role {@code name} with {@code password}: for tests of credentials.
     */
    public static synchronized void roleWithPassword(String name, String password) {
        if (!passwordsChecked) {
            try (Connection c = DriverManager.getConnection(database("postgres").url());
                 Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                java.nio.file.Files.writeString(java.nio.file.Path.of(rs.getString(1)), String.join("\n",
                        "local all all trust",
                        "host all postgres 127.0.0.1/32 trust",
                        "host all postgres ::1/128 trust",
                        "host all all 127.0.0.1/32 scram-sha-256",
                        "host all all ::1/128 scram-sha-256", ""));
                s.execute("SELECT pg_reload_conf()");
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("cannot make the test server check passwords", e);
            }
            passwordsChecked = true;
        }
        asSuperuser("DROP ROLE IF EXISTS " + name, "CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
    }

    private static String createDatabase(String className) {
        String name = "vs_" + className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.size();
        asSuperuser("CREATE DATABASE " + name);
        return name;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // the server's own log goes nowhere: a failing test shows the store's sentence, not postmaster's
                server = EmbeddedPostgres.builder().setOutputRedirector(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data folder is temporary
                }
            }));
        }
        return server;
    }
}
