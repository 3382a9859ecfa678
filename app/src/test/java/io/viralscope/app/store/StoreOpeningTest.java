package io.viralscope.app.store;

import io.viralscope.api.Sample;
import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening a store: several at once, while another process writes, and files that are not a current store. */
class StoreOpeningTest {

    private static final String ID = "dQw4w9WgXcQ";
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aStoreMigratedBeforeMigrationTwosCommentWasEditedStillOpens() throws Exception {
        Path file = dir.resolve("old.db");
        Store.open(file, CLOCK).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = "
                    + SchemaMigration.V2_CHECKSUM_BEFORE_COMMENT_EDIT + " WHERE version = '2'");
        }

        try (Store store = Store.open(file, CLOCK)) {
            assertThat(store.addSamples(List.of(), List.of(new NewSample(ID, Sample.ofViews(T0, 1), "csv"))))
                    .isEqualTo(1);
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '2'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigration.V2_CHECKSUM);
        }
    }

    @Test
    void theRecordedChecksumIsMigrationTwosAsShipped() {
        org.flywaydb.core.api.MigrationInfo v2 = java.util.Arrays.stream(org.flywaydb.core.Flyway.configure()
                        .dataSource("jdbc:sqlite:" + dir.resolve("info.db"), null, null)
                        .locations("classpath:db/migration").load().info().all())
                .filter(m -> m.getVersion().getVersion().equals("2")).findFirst().orElseThrow();
        assertThat(v2.getChecksum()).as("V2__tracking_quota.sql is applied in existing stores: never edit it")
                .isEqualTo(SchemaMigration.V2_CHECKSUM);
    }

    @Test
    void manyOpeningsOfANewStoreAtOnceAllSucceedAndMigrateOnce() throws Exception {
        int openers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            // the race is rare: -DargLine=-Dstress.rounds=300 repeats it (before the WAL-switch retry, round 17 failed)
            for (int round = 0; round < Integer.getInteger("stress.rounds", 5); round++) {
                Path file = dir.resolve("new-" + round + ".db");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    int n = i;
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (Store store = Store.open(file, CLOCK)) {
                            return store.addSamples(List.of(),
                                    List.of(new NewSample(ID, Sample.ofViews(T0.plusSeconds(n), n), "csv")));
                        }
                    }));
                }
                start.countDown();
                for (Future<Integer> f : opened) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(1);
                }
                try (Store store = Store.open(file, CLOCK)) {
                    assertThat(store.series(ID).size()).isEqualTo(openers);
                    assertThat(store.query("SELECT version FROM flyway_schema_history WHERE success = 1"
                            + " ORDER BY installed_rank", rs -> rs.getString(1)))
                            .containsExactlyElementsOf(SchemaMigration.VERSIONS).contains("6");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriterWaitsForAnotherProcessesWriteToFinish() throws Exception {
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement();
             Store store = Store.open(file, CLOCK, Duration.ofSeconds(30))) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO videos (video_id, first_seen_at) VALUES ('9bZkp7q19f0', 0)");
            Thread finish = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    s.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            finish.start();
            assertThat(store.addSamples(List.of(), List.of(new NewSample(ID, Sample.ofViews(T0, 1), "csv"))))
                    .isEqualTo(1);
            finish.join();
            assertThat(store.videos()).hasSize(2);
        }
    }

    @Test
    void aWriteLockHeldBeyondTheWaitNamesAnotherViralscopeProcess() throws Exception {
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement();
             Store store = Store.open(file, CLOCK, Duration.ofMillis(200))) {
            s.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> store.addSamples(List.of(),
                    List.of(new NewSample(ID, Sample.ofViews(T0, 1), "csv"))))
                    .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                    .hasMessage("Another Viralscope process is writing to the store " + file.toAbsolutePath()
                            + " and did not finish within 200ms; run this command again when it is done.");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aTextFileIsNotAStore() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not sqlite, just some text that is long enough ".repeat(20));
        assertThatThrownBy(() -> Store.open(junk, CLOCK))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(junk.toAbsolutePath() + " is not a Viralscope store (it is not an SQLite database);"
                        + " name your store with --db FILE, or a new file to start one.");
    }

    @Test
    void anotherProgramsDatabaseIsNotAStoreAndIsLeftAsItWas() throws Exception {
        Path theirs = dir.resolve("theirs.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + theirs);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        assertThatThrownBy(() -> Store.open(theirs, CLOCK))
                .hasMessage(theirs.toAbsolutePath() + " is an SQLite database of another program, not a Viralscope"
                        + " store; name your store with --db FILE, or a new file to start one.");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + theirs);
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'");
            assertThat(rs.getString(1)).isEqualTo("invoices");
        }
    }

    @Test
    void aStoreOfANewerViralscopeIsRefusedNotDowngraded() throws Exception {
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 1, '', 1, 1)");
        }
        assertThatThrownBy(() -> Store.open(file, CLOCK))
                .hasMessage("The store " + file.toAbsolutePath() + " was written by a newer Viralscope (store schema"
                        + " 99; this one knows up to 6); use that version, or name another store with --db FILE.");
    }

    @Test
    void aDamagedStoreIsCalledDamaged() throws Exception {
        Path file = dir.resolve("v.db");
        try (Store store = Store.open(file, CLOCK)) {
            store.addSamples(List.of(), List.of(new NewSample(ID, Sample.ofViews(T0, 1), "csv")));
            store.query("PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1));
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            // the schema table's page, after the 100-byte file header: the header still says SQLite
            f.seek(100);
            f.write(new byte[4000]);
        }
        assertThatThrownBy(() -> Store.open(file, CLOCK))
                .hasMessage("The store " + file.toAbsolutePath() + " is damaged (SQLite finds it malformed);"
                        + " restore it from a backup, or start a new store with --db FILE.");
    }

    @Test
    void aStoreWhoseSchemaHistoryWasTamperedWithIsRefusedWithoutFlywayWording() throws Exception {
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");
            s.execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT MAX(installed_rank)"
                    + " FROM flyway_schema_history)");
        }
        assertThatThrownBy(() -> Store.open(file, CLOCK))
                .hasMessage("The store " + file.toAbsolutePath() + " has a history of schema changes this Viralscope"
                        + " does not recognise, so it cannot be brought up to date; name another store with --db FILE"
                        + " (set VIRALSCOPE_DEBUG=1 to see the details).");
    }
}
