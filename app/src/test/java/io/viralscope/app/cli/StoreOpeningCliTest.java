package io.viralscope.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Which commands create a store, and what a person sees when the store named by --db is not one. */
class StoreOpeningCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private YoutubeCli.Result run(Path db, String... args) {
        return YoutubeCli.run(CLOCK, Map.of("YOUTUBE_API_KEY", "AIzaStoreTestKey-0123456789"), home,
                List.of("--db", db.toString(), "--plugins-dir", home.toString()), args);
    }

    @Test
    void commandsThatOnlyUseAStoreSayAMistypedOneDoesNotExistAndCreateNothing() {
        Path typo = home.resolve("viralscpoe.db");
        for (String[] command : new String[][]{{"report"}, {"track", "list"}, {"track", "remove", "dQw4w9WgXcQ"},
                {"quota"}, {"poll"}, {"watch", "--for", "1h"}}) {
            YoutubeCli.Result r = run(typo, command);

            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo("There is no store at " + typo
                    + "; import or track videos first, or name the store with --db FILE.\n");
            assertThat(typo).as(String.join(" ", command)).doesNotExist();
        }
    }

    @Test
    void anImportThatFailsCreatesNoStoreAndOneThatSucceedsDoes() throws IOException {
        Path typo = home.resolve("new/viralscpoe.db");
        Path bad = Files.writeString(home.resolve("bad.csv"), "video_id,timestamp,view_count\nnope,2026-03-01,1\n");

        YoutubeCli.Result failed = run(typo, "import", bad.toString());
        YoutubeCli.Result missing = run(typo, "import", home.resolve("missing.csv").toString());

        assertThat(failed.exit()).isEqualTo(2);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("File " + home.resolve("missing.csv") + " does not exist; check the"
                + " path.\n");
        assertThat(home.resolve("new")).doesNotExist();

        Path good = Files.writeString(home.resolve("good.csv"), "video_id,timestamp,view_count\n"
                + "dQw4w9WgXcQ,2026-03-01,1\n");
        assertThat(run(typo, "import", good.toString()).exit()).isZero();
        assertThat(typo).isRegularFile();
    }

    @Test
    void aTrackAddWithABadIdCreatesNoStore() {
        Path typo = home.resolve("viralscpoe.db");

        assertThat(run(typo, "track", "add", "not-an-id").exit()).isEqualTo(2);
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFolderGivenAsTheStoreIsNamedAsAFolder() throws IOException {
        Path folder = Files.createDirectories(home.resolve("data"));

        YoutubeCli.Result r = run(folder, "report");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(folder + " is not a file but a folder or device; name the store file with"
                + " --db FILE.\n");
    }

    @Test
    void aFileThatIsNotAStoreIsSaidPlainlyWithoutLibraryWording() throws IOException {
        Path notes = Files.writeString(home.resolve("notes.txt"), "shopping list: milk, eggs ".repeat(40));

        YoutubeCli.Result r = run(notes, "report");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(notes.toAbsolutePath() + " is not a Viralscope store (it is not an SQLite"
                + " database); name your store with --db FILE, or a new file to start one.\n");
        assertThat(r.err()).doesNotContain("SQLITE_", "Flyway", "baseline");
    }

    @Test
    void aReportOnAReadOnlyStoreSaysTheStoreIsReadOnly() throws IOException {
        Path db = home.resolve("v.db");
        Path good = Files.writeString(home.resolve("good.csv"), "video_id,timestamp,view_count\n"
                + "dQw4w9WgXcQ,2026-03-01,1\n");
        assertThat(run(db, "import", good.toString()).exit()).isZero();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(db)).as("file modes bind this user (they do not bind root)").isFalse();

        YoutubeCli.Result r = run(db, "report", "--format", "csv");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("The store " + db + " is read-only; Viralscope needs to write to its store"
                + " (even a report keeps detector results there), so make the file writable, or copy it and name"
                + " the copy with --db FILE.\n");
    }
}
