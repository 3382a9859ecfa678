package io.viralscope.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void theVersionsKnownWithoutFlywayAreTheMigrationFiles() throws Exception {
        Path folder = Path.of(SchemaMigration.class.getResource("/db/migration").toURI());
        List<String> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
        assertThat(SchemaMigration.VERSIONS).isEqualTo(versions);
    }

    @Test
    void onlyAStoreWithEveryMigrationAppliedIsCurrent() throws Exception {
        Path file = dir.resolve("v.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(SchemaMigration.current(c)).isFalse();
        }
        Store.open(file, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            assertThat(SchemaMigration.current(c)).isTrue();
            s.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '2'");
            assertThat(SchemaMigration.current(c)).isFalse();
            s.execute("UPDATE flyway_schema_history SET success = 1 WHERE version = '2'");
            s.execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT MAX(installed_rank)"
                    + " FROM flyway_schema_history)");
            assertThat(SchemaMigration.current(c)).isFalse();
        }
    }
}
