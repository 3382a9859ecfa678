package io.viralscope.app.ingest;

import io.viralscope.api.Sample;
import io.viralscope.app.UserError;
import io.viralscope.app.store.StoreException;
import io.viralscope.app.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports of files far bigger than one staging batch: the rows stream through the scratch database, repeats are
 * found across batches, and all or nothing still holds when the bad rows come last.
 */
class LargeImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "video_id,timestamp,view_count,like_count,comment_count,title,published_at\n";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    private Path scratch;
    private Store store;
    private Importer importer;

    @BeforeEach
    void open() throws IOException {
        store = Store.open(dir.resolve("v.db"), CLOCK);
        scratch = Files.createDirectories(dir.resolve("scratch"));
        importer = Importer.withBuiltInFormats(scratch);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("scratch databases are deleted").isEmpty();
        }
    }

    static String id(int video) {
        return String.format("vid%08d", video);
    }

    /** {@code videos} videos of {@code days} daily rows each, video by video, then {@code tail} as it is. */
    private Path generate(String name, int videos, int days, String tail) throws IOException {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int v = 0; v < videos; v++) {
                for (int d = 0; d < days; d++) {
                    long views = (v + 1L) * (d + 1L);
                    w.write(id(v) + "," + FIRST_DAY.plusDays(d) + "T00:00:00Z," + views + "," + views / 10 + ","
                            + (d % 7 == 0 ? "" : String.valueOf(views / 100)) + ",\"Video " + v + ", the title\","
                            + "2025-12-31T12:00:00Z\n");
                }
            }
            w.write(tail);
        }
        return f;
    }

    @Test
    void twoHundredThousandRowsImportWithEveryCountRight() throws IOException {
        Path f = generate("big.csv", 1_000, 200, "");

        ImportResult r = importer.importFiles(store, List.of(f), false);

        assertThat(r.rows()).isEqualTo(200_000);
        assertThat(r.added()).isEqualTo(200_000);
        assertThat(r.videos()).isEqualTo(1_000);
        assertThat(r.files()).singleElement().isEqualTo(new ParsedFile(f, "Viralscope CSV", 200_000, 200_000, 0));
        assertThat(store.query("SELECT COUNT(*) FROM samples", rs -> rs.getLong(1))).containsExactly(200_000L);
        List<Sample> last = store.series(id(999)).samples();
        assertThat(last).hasSize(200);
        assertThat(last.get(199)).isEqualTo(new Sample(Instant.parse("2026-07-19T00:00:00Z"), 200_000, 20_000L,
                2_000L, null));
        assertThat(last.get(7).comments()).isNull();
        assertThat(store.video(id(500))).hasValueSatisfying(v -> {
            assertThat(v.title()).isEqualTo("Video 500, the title");
            assertThat(v.publishedAt()).isEqualTo(Instant.parse("2025-12-31T12:00:00Z"));
        });
    }

    @Test
    void badRowsAtTheEndOfABigFileLeaveTheStoreUntouchedAndAreListedInLineOrder() throws IOException {
        int good = 50_000;
        // line 2 holds video 0's first day; a repeat of it with other counts is only found when its batch is
        // staged, after the bad id on the next line was already reported
        Path f = generate("late.csv", 250, 200, id(0) + ",2026-01-01T00:00:00Z,999,,,,\n"
                + "short,2026-01-02,5,,,,\n"
                + id(1) + ",2026-01-02,-1,,,,\n");

        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::describe).containsExactly(
                            "late.csv:" + (good + 2) + ": column 'timestamp': video vid00000000 already has a row at"
                                    + " 2026-01-01T00:00:00Z (line 2) with different counts",
                            "late.csv:" + (good + 3) + ": column 'video_id': 'short' is not a YouTube video id (11"
                                    + " characters: letters, digits, - and _)",
                            "late.csv:" + (good + 4) + ": column 'view_count': '-1' is negative; counts are whole"
                                    + " numbers >= 0");
                    assertThat(e.unlisted()).isZero();
                    assertThat(e.getMessage()).isEqualTo("Nothing was imported: 3 rows have errors (listed above);"
                            + " fix them, or run again with --skip-invalid to import the 50000 good rows.");
                });
        assertThat(store.videos()).isEmpty();
        assertThat(store.query("SELECT COUNT(*) FROM samples", rs -> rs.getLong(1))).containsExactly(0L);

        ImportResult skipping = importer.importFiles(store, List.of(f), true);
        assertThat(skipping.added()).isEqualTo(good);
        assertThat(skipping.skipped()).hasSize(3);
        assertThat(store.series(id(0)).samples().get(0).views()).isEqualTo(1);
    }

    @Test
    void aRepeatedRowWithTheSameCountsInALaterBatchIsHarmless() throws IOException {
        Path f = generate("repeat.csv", 30, 100, id(0) + ",2026-01-01T00:00:00Z,1,0,,\"Video 0, the title\",\n");

        ImportResult r = importer.importFiles(store, List.of(f), false);

        assertThat(r.rows()).isEqualTo(3_001);
        assertThat(r.added()).isEqualTo(3_000);
        assertThat(r.alreadyPresent()).isEqualTo(1);
        // the repeat's empty publication keeps the one its video's earlier rows gave
        assertThat(store.publishedAt(id(0))).contains(Instant.parse("2025-12-31T12:00:00Z"));
    }

    @Test
    void onlyTheFirstThousandErrorsAreListedButEveryBadRowIsCounted() throws IOException {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            bad.append("bad").append(i).append(",2026-01-01,1,,,,\n");
        }
        Path f = generate("many.csv", 10, 10, bad.toString());

        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> {
                    assertThat(e.errors()).hasSize(RowErrors.LISTED);
                    assertThat(e.errors().get(0).line()).isEqualTo(102);
                    assertThat(e.unlisted()).isEqualTo(500);
                    assertThat(e.getMessage()).startsWith("Nothing was imported: 1500 rows have errors");
                });
        assertThat(InvalidRowsException.unlistedLine(500))
                .isEqualTo("... and 500 more errors, not listed (an import lists its first 1000).");

        ImportResult r = importer.importFiles(store, List.of(f), true);
        assertThat(r.added()).isEqualTo(100);
        assertThat(r.skipped()).hasSize(RowErrors.LISTED);
        assertThat(r.unlistedSkipped()).isEqualTo(500);
    }

    @Test
    void aDiskFullInTheMiddleOfTheWriteRollsEverythingBack() throws IOException {
        Path f = generate("full.csv", 100, 200, "");
        long pages = store.query("PRAGMA page_count", rs -> rs.getLong(1)).get(0);
        // SQLite refuses to grow the file past this many pages, as it would on a full disk
        store.query("PRAGMA max_page_count = " + (pages + 40), rs -> rs.getLong(1));

        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOf(StoreException.class)
                .hasMessage("The disk holding the store " + store.file() + " is full; free some space and run the"
                        + " command again.");

        store.query("PRAGMA max_page_count = 1000000000", rs -> rs.getLong(1));
        assertThat(store.videos()).isEmpty();
        assertThat(store.query("SELECT COUNT(*) FROM samples", rs -> rs.getLong(1))).containsExactly(0L);
        assertThat(importer.importFiles(store, List.of(f), false).added()).isEqualTo(20_000);
    }

    @Test
    void aScratchFileThatRunsOutOfRoomIsOneSentenceAndImportsNothing() throws IOException {
        Path f = generate("room.csv", 100, 200, "");
        Importer cramped = new Importer(Importer.builtInFormats(), scratch, 50);

        assertThatThrownBy(() -> cramped.importFiles(store, List.of(f), false))
                .isInstanceOf(UserError.class)
                .hasMessage("The disk holding " + scratch.toAbsolutePath() + " is full: an import checks its rows in a"
                        + " scratch file there, which needs about as much space as the files; free some space, or"
                        + " name another folder with the JVM option -Djava.io.tmpdir=FOLDER, and import again."
                        + " Nothing was imported.");
        assertThat(store.videos()).isEmpty();
    }

    @Test
    void aBadByteOrAnUnclosedQuoteDeepInABigFileIsStillOneSentence() throws IOException {
        Path latin1 = generate("latin1.csv", 100, 100, "");
        Files.write(latin1, (id(0) + ",2026-06-01,1,,,caf\u00e9,\n").getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> importer.importFiles(store, List.of(latin1), true))
                .hasMessage("File " + latin1 + " is not UTF-8 text; save it as UTF-8 CSV and import again.");

        Path unclosed = generate("unclosed.csv", 100, 100, id(0) + ",2026-06-01,1,,,\"never closed,\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(unclosed), true))
                .hasMessage("File " + unclosed + " is not valid CSV: the quoted cell that starts on line 10002 is"
                        + " never closed; check quoting: a quote inside a quoted cell must be doubled.");
        assertThat(store.videos()).isEmpty();
    }

    @Test
    void aScratchFolderThatCannotBeWrittenIsOneSentence() throws IOException {
        Path f = generate("small.csv", 1, 1, "");
        Path nowhere = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> Importer.withBuiltInFormats(nowhere).importFiles(store, List.of(f), false))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("An import checks its rows in a scratch file in " + nowhere + ", which"
                        + " cannot be created there (")
                .hasMessageEndingWith("); make that folder writable, or name another with the JVM option"
                        + " -Djava.io.tmpdir=FOLDER.");
        assertThat(store.videos()).isEmpty();
    }

    @Test
    void aBigStudioExportAccumulatesEachVideosDaysAcrossBatches() throws IOException {
        Path f = dir.resolve("Chart data.csv");
        List<String> lines = new ArrayList<>();
        lines.add("Date,Content,Video title,Video publish time,Views,Likes");
        int videos = 40;
        int days = 120;
        // days newest first, as a spreadsheet sort might leave them: accumulation must not depend on row order
        for (int d = days - 1; d >= 0; d--) {
            for (int v = 0; v < videos; v++) {
                lines.add(FIRST_DAY.plusDays(d) + "," + id(v) + ",T" + v + ",\"Jan 1, 2026\"," + (v + 1) + ",1");
            }
        }
        Files.write(f, lines, StandardCharsets.UTF_8);

        ImportResult r = importer.importFiles(store, List.of(f), false);

        assertThat(r.rows()).isEqualTo(videos * days);
        assertThat(r.added()).isEqualTo(videos * days);
        List<Sample> s = store.series(id(39)).samples();
        assertThat(s).hasSize(days);
        assertThat(s.get(days - 1)).isEqualTo(new Sample(Instant.parse("2026-05-01T07:00:00Z"), 40L * days,
                (long) days, null, null));
        assertThat(store.video(id(3)).orElseThrow().title()).isEqualTo("T3");
    }
}
