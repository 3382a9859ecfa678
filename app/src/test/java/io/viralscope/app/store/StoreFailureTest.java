package io.viralscope.app.store;

import io.viralscope.app.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** A store that cannot be written: the sentence names the file or its folder, whoever runs the tests. */
class StoreFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String readOnlySentence(Path file) {
        return "The store " + file.toAbsolutePath() + " is read-only; Viralscope needs to write to its store (even a"
                + " report keeps detector results there), so make the file writable, or copy it and name the copy"
                + " with --db FILE.";
    }

    @Test
    void sqliteRefusingAWriteToAReadOnlyStoreIsSaidPlainly() throws Exception {
        // SQLite's own answer for a store it may only read, as on a read-only disk (root ignores file modes)
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLException refused;
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO videos (video_id, first_seen_at) VALUES ('dQw4w9WgXcQ', 0)"));
        }
        StoreException e = StoreFailure.of(file.toAbsolutePath(), "written", refused, Store.BUSY_WAIT);
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo(readOnlySentence(file));
    }

    @Test
    void aReadOnlyStoreFileIsRefusedWhenOpened() throws Exception {
        Path file = dir.resolve("v.db");
        Store.open(file, CLOCK).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(file)).as("file modes bind this user (they do not bind root)").isFalse();
        assertThatThrownBy(() -> Store.open(file, CLOCK))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(readOnlySentence(file));
    }

    @Test
    void aStoreInAReadOnlyFolderIsRefusedWithTheFolderNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shelf"));
        Path file = folder.resolve("v.db");
        Store.open(file, CLOCK).close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(folder)).as("file modes bind this user (they do not bind root)").isFalse();
            assertThatThrownBy(() -> Store.open(file, CLOCK))
                    .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                    .hasMessage("The folder " + folder.toAbsolutePath() + " of the store " + file.toAbsolutePath()
                            + " is read-only; SQLite keeps its journal files beside the store, so make the folder"
                            + " writable, or move the store and name it with --db FILE.");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
