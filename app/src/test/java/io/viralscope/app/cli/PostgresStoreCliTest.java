package io.viralscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.viralscope.app.Json;
import io.viralscope.app.plugins.PluginJarBuilder;
import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI on a PostgreSQL store: the same answers as on SQLite, a URL never taken for a file, and one sentence
 * for each way a server can refuse.
 */
class PostgresStoreCliTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;
    private Path plugins;
    private StoreLocation.PostgresDatabase db;

    @BeforeEach
    void pluginsAndAnEmptyDatabase() throws IOException {
        db = TestPostgres.emptyDatabaseFor(getClass());
        plugins = Files.createDirectories(dir.resolve("plugins"));
        // reads every stored fact of a series: counts, unknown likes, title, publication instant
        new PluginJarBuilder("reader").requires(">=1.4.0 & <2.0.0").source("t.r.Reader", """
                package t.r;
                import io.viralscope.api.*;
                public class Reader implements Detector {
                  public String id() { return "reader"; }
                  public String version() { return "1.0.0"; }
                  public String description() { return "Reads the series back."; }
                  public Detection detect(VideoSeries s, DetectorContext c) {
                    long likes = 0, unknown = 0;
                    for (Sample x : s.samples()) { if (x.likes() == null) unknown++; else likes += x.likes(); }
                    DailyGrid g = c.grid(s);
                    return Detection.ok(this).summary(s.title()).metric("samples", s.samples().size())
                        .metric("last_views", s.samples().get(s.samples().size() - 1).views())
                        .metric("likes", likes).metric("unknown_likes", unknown).metric("days", g.size())
                        .metric("start", g.start().getEpochSecond()).build(); }
                }
                """, true).writeTo(plugins, "reader.jar");
    }

    private YoutubeCli.Result run(String store, String... args) {
        return YoutubeCli.run(Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), dir,
                List.of("--db", store, "--plugins-dir", plugins.toString()), args);
    }

    /** Four videos over 40 days, some likes unknown, titles that need escaping, two files that overlap. */
    private List<Path> csvFiles() throws IOException {
        StringBuilder a = new StringBuilder("video_id,timestamp,view_count,like_count,comment_count,title,published_at\n");
        StringBuilder b = new StringBuilder("video_id,timestamp,view_count,like_count,comment_count,title,published_at\n");
        String[] ids = {"dQw4w9WgXcQ", "9bZkp7q19f0", "kJQP7kiw5Fk", "JGwWNGJdvx8"};
        String[] titles = {"Rick", "\"Gangnam\"\tStyle", "Despacito \\ ñ", "Shape, of \"You\""};
        for (int v = 0; v < ids.length; v++) {
            for (int d = 0; d < 40; d++) {
                long views = (long) (1000 * (v + 1) * Math.log1p(d + 1.0) * (d + 1));
                String likes = (d + v) % 7 == 0 ? "" : Long.toString(views / 20);
                String row = ids[v] + "," + LocalDate.parse("2026-03-01").plusDays(d) + "," + views + "," + likes
                        + "," + views / 100 + ",\"" + titles[v].replace("\"", "\"\"") + "\",2026-02-2" + v + "\n";
                (d < 25 ? a : b).append(row);
                if (d >= 20 && d < 25) {
                    b.append(row); // the second file repeats five days of the first
                }
            }
        }
        return List.of(Files.writeString(dir.resolve("a.csv"), a), Files.writeString(dir.resolve("b.csv"), b));
    }

    @Test
    void anImportAndAReportGiveTheSameJsonOnSqliteAndPostgresql() throws IOException {
        List<Path> csv = csvFiles();
        String sqlite = dir.resolve("v.db").toString();
        String pg = db.url();

        YoutubeCli.Result importedSqlite = run(sqlite, "import", csv.get(0).toString(), csv.get(1).toString());
        YoutubeCli.Result importedPg = run(pg, "import", csv.get(0).toString(), csv.get(1).toString());
        assertThat(importedPg.exit()).as(importedPg.err()).isZero();
        assertThat(importedPg.out().replace(db.toString(), "STORE"))
                .isEqualTo(importedSqlite.out().replace(sqlite, "STORE"));
        // again: every sample is already present
        assertThat(run(pg, "import", csv.get(1).toString()).out().replace(db.toString(), "STORE"))
                .isEqualTo(run(sqlite, "import", csv.get(1).toString()).out().replace(sqlite, "STORE"));

        JsonNode fromSqlite = report(sqlite);
        JsonNode fromPg = report(pg);
        assertThat(fromPg.get("videos")).hasSize(4);
        assertThat(fromPg).isEqualTo(fromSqlite);
        // a second report reads the detections back from the results table, on both
        JsonNode again = report(pg);
        assertThat(again).isEqualTo(report(sqlite));
        assertThat(again.get("videos")).isEqualTo(fromSqlite.get("videos"));
    }

    /** The JSON report without what depends on the moment and the machine (when made, how long it took). */
    private JsonNode report(String store) throws IOException {
        YoutubeCli.Result r = run(store, "report", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        ObjectNode report = (ObjectNode) Json.MAPPER.readTree(r.out());
        report.remove("generated_at");
        ((ObjectNode) report.get("run")).remove("elapsed_ms");
        return report;
    }

    @Test
    void aUrlIsNeverTakenForAFileName() {
        YoutubeCli.Result r = run(db.url(), "track", "list");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Path.of("jdbc:postgresql:")).doesNotExist();
        assertThat(dir.resolve("jdbc:postgresql:")).doesNotExist();
    }

    @Test
    void anUnreachableServerIsNamedWithExitThreeAndThePasswordIsNeverShown() {
        YoutubeCli.Result r = run("jdbc:postgresql://127.0.0.1:1/vs?user=analyst&password=s3cret-Pa55", "report");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("The PostgreSQL server 127.0.0.1:1 cannot be reached; check that it is running"
                + " and that the store URL names the right host and port.\n");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        String url = "jdbc:postgresql://localhost:" + TestPostgres.port() + "/nosuchdb?user=postgres";

        YoutubeCli.Result r = run(url, "report");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("There is no database nosuchdb on the PostgreSQL server localhost:"
                + TestPostgres.port() + "; create it (createdb nosuchdb) or name another with --db URL.\n");
    }

    @Test
    void aWrongPasswordIsOneSentenceWithoutThePassword() {
        TestPostgres.roleWithPassword("analyst", "right-one");
        String url = "jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres?user=analyst&password=wr0ng-0ne"
                + "&ApplicationName=vs";

        YoutubeCli.Result r = run(url, "report");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The PostgreSQL server localhost:" + TestPostgres.port() + " refused the user"
                + " name or password for jdbc:postgresql://localhost:" + TestPostgres.port()
                + "/postgres?user=analyst&ApplicationName=vs; give them as the driver expects (the URL's user and"
                + " password parameters, or a line in ~/.pgpass).\n");
        assertThat(r.err() + r.out()).doesNotContain("wr0ng");
    }

    @Test
    void aPasswordFileServesAsTheDriverReadsItAndAUserWithoutRightsIsToldSo() throws IOException, SQLException {
        TestPostgres.roleWithPassword("analyst", "right-one");
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE"); // no tables yet: the analyst is to create them
            s.execute("CREATE SCHEMA public");
        }
        String name = db.url().replaceAll(".*/([^/?]+)\\?.*", "$1");
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "localhost:" + TestPostgres.port() + ":" + name
                + ":analyst:right-one\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        // the driver's own setting for the file (PGPASSFILE in the environment, or ~/.pgpass)
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        String url = "jdbc:postgresql://localhost:" + TestPostgres.port() + "/" + name + "?user=analyst";
        try {
            YoutubeCli.Result refused = run(url, "track", "list");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).isEqualTo("The PostgreSQL user of " + url + " may not create or change"
                    + " Viralscope's tables there; have the database's owner grant it (GRANT ALL ON SCHEMA public TO"
                    + " the user), or name another database with --db URL.\n");

            try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
                s.execute("GRANT ALL ON SCHEMA public TO analyst");
            }
            YoutubeCli.Result r = run(url, "track", "list");
            assertThat(r.exit()).as(r.err()).isZero();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void theDatabaseOfAnotherApplicationIsRefusedAndLeftUntouched() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers VALUES (1, 'Ada')");
        }

        YoutubeCli.Result r = run(db.url(), "track", "add", "dQw4w9WgXcQ");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The PostgreSQL database " + db + " holds tables of another application and no"
                + " Viralscope schema history, so Viralscope leaves it untouched; name an empty database (or a"
                + " Viralscope one) with --db URL.\n");
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(table_name, ',') FROM information_schema.tables"
                     + " WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("customers");
        }
    }

    @Test
    void aSchemaOfItsOwnServesBesideAnotherApplicationsTables() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("CREATE SCHEMA viralscope");
        }

        YoutubeCli.Result r = run(db.url() + "&currentSchema=viralscope", "track", "add", "dQw4w9WgXcQ");

        assertThat(r.exit()).as(r.err()).isZero();
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_schema, COUNT(*) FROM information_schema.tables"
                     + " WHERE table_schema IN ('public', 'viralscope') GROUP BY table_schema ORDER BY 1")) {
            rs.next();
            assertThat(rs.getString(1) + "=" + rs.getInt(2)).isEqualTo("public=1");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("viralscope");
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(9);
        }
    }
}
