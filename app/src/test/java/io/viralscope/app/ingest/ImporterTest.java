package io.viralscope.app.ingest;

import io.viralscope.api.Sample;
import io.viralscope.app.UserError;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private Importer importer;

    @BeforeEach
    void open() {
        store = Store.open(newStore("v.db"), CLOCK);
        importer = Importer.withBuiltInFormats();
    }

    /** A new, empty store for the test: a file here ({@link ImporterOnPostgresTest}: a PostgreSQL database). */
    StoreLocation newStore(String fileName) {
        return StoreLocation.file(dir.resolve(fileName));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void importsColumnsInAnyOrderWithUnknownCountsKeptUnknown() throws IOException {
        Path f = csv("a.csv", """
                title,view_count,timestamp,video_id,like_count,comment_count,share_count,published_at
                "Hello, world",100,2026-03-01,dQw4w9WgXcQ,5,,,2026-02-28T10:00:00+02:00
                "Hello, world",150,2026-03-02T06:30:00Z,dQw4w9WgXcQ,,3,1,
                """);
        ImportResult r = importer.importFiles(store, List.of(f), false);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.videos()).isEqualTo(1);
        List<Sample> s = store.series("dQw4w9WgXcQ").samples();
        assertThat(s.get(0)).isEqualTo(new Sample(Instant.parse("2026-03-01T00:00:00Z"), 100, 5L, null, null));
        assertThat(s.get(1)).isEqualTo(new Sample(Instant.parse("2026-03-02T06:30:00Z"), 150, null, 3L, 1L));
        assertThat(store.video("dQw4w9WgXcQ")).hasValueSatisfying(v -> {
            assertThat(v.title()).isEqualTo("Hello, world");
            assertThat(v.publishedAt()).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
        });
    }

    @Test
    void reimportingChangesNothing() throws IOException {
        Path f = csv("a.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\ndQw4w9WgXcQ,2026-03-02,2\n");
        assertThat(importer.importFiles(store, List.of(f), false).added()).isEqualTo(2);
        ImportResult again = importer.importFiles(store, List.of(f), false);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(2);
        assertThat(store.series("dQw4w9WgXcQ").size()).isEqualTo(2);
    }

    @Test
    void reimportingDifferentCountsIsReportedNotSilentlyDropped() throws IOException {
        Path first = csv("a.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,100\n");
        Path corrected = csv("b.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,150\n"
                + "dQw4w9WgXcQ,2026-03-02,200\n");
        importer.importFiles(store, List.of(first), false);
        assertThatThrownBy(() -> importer.importFiles(store, List.of(corrected), false)).isInstanceOf(UserError.class)
                .hasMessage("Nothing was imported: 1 sample differs from what the store already holds for the same"
                        + " video, instant and source (video dQw4w9WgXcQ at 2026-03-01T00:00:00Z: the store has 100"
                        + " views, this import 150 views); the store keeps what it stored first, so give corrections"
                        + " their own timestamp, or run again with --skip-invalid to import the rest.");
        assertThat(store.series("dQw4w9WgXcQ").size()).isEqualTo(1);

        Path oneComment = csv("c.csv", "video_id,timestamp,view_count,like_count,comment_count\n"
                + "dQw4w9WgXcQ,2026-03-01,1,1,1\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(oneComment), false))
                .hasMessageContaining("the store has 100 views, this import 1 view, 1 like, 1 comment);");

        ImportResult r = importer.importFiles(store, List.of(corrected), true);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.alreadyPresent()).isZero();
        assertThat(r.differing()).hasSize(1);
        assertThat(store.series("dQw4w9WgXcQ").samples()).extracting(Sample::views).containsExactly(100L, 200L);
    }

    @Test
    void ofTwoImportsOfDifferingCountsStartedTogetherTheSecondIsRefusedAsIfAlone() throws Exception {
        int videos = 500;
        StringBuilder low = new StringBuilder("video_id,timestamp,view_count\n");
        StringBuilder high = new StringBuilder("video_id,timestamp,view_count\n");
        for (int i = 0; i < videos; i++) {
            String id = String.format("vid%08d", i);
            low.append(id).append(",2026-03-01,").append(100 + i).append('\n');
            high.append(id).append(",2026-03-01,").append(200 + i).append('\n');
        }
        List<Path> files = List.of(csv("low.csv", low.toString()), csv("high.csv", high.toString()));
        for (int attempt = 0; attempt < 3; attempt++) {
            StoreLocation db = newStore("race-" + attempt + ".db");
            Store.open(db, CLOCK).close();
            // two stores on one file: two connections, as two processes would have
            List<ImportBatch> batches = List.of(importer.read(List.of(files.get(0)), false),
                    importer.read(List.of(files.get(1)), false));
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<ImportResult>> runs = new ArrayList<>();
            try {
                for (ImportBatch batch : batches) {
                    runs.add(pool.submit(() -> {
                        try (Store own = Store.open(db, CLOCK)) {
                            together.await();
                            return importer.write(own, batch);
                        }
                    }));
                }
                List<ImportResult> won = new ArrayList<>();
                List<Throwable> refused = new ArrayList<>();
                for (Future<ImportResult> run : runs) {
                    try {
                        won.add(run.get(60, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        refused.add(e.getCause());
                    }
                }
                // the loser must not say "0 new samples ... already present"
                assertThat(won).extracting(ImportResult::added).containsExactly(videos);
                assertThat(refused).singleElement().isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("Nothing was imported: 500 samples differ from what the"
                            + " store already holds for the same video, instant and source (video vid00000000 at"
                            + " 2026-03-01T00:00:00Z: the store has ");
                });
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void everyBadRowIsNamedByFileLineAndColumnAndNothingIsImported() throws IOException {
        Path f = csv("bad.csv", """
                video_id,timestamp,view_count,like_count,title
                dQw4w9WgXcQ,2026-03-01,10,1,ok
                short,2026-03-02,11,1,"a title
                spanning two lines"
                dQw4w9WgXcQ,2026-03-03T00:00:00,12,1,no zone
                dQw4w9WgXcQ,2026-03-04,-5,x,negative
                dQw4w9WgXcQ,2026-03-05,,1,empty
                """);
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::describe).containsExactly(
                            "bad.csv:3: column 'video_id': 'short' is not a YouTube video id (11 characters:"
                                    + " letters, digits, - and _)",
                            "bad.csv:5: column 'timestamp': '2026-03-03T00:00:00' is not an ISO-8601 instant with"
                                    + " Z or an offset (such as 2026-03-01T12:00:00Z) nor a date (2026-03-01)",
                            "bad.csv:6: column 'view_count': '-5' is negative; counts are whole numbers >= 0",
                            "bad.csv:6: column 'like_count': 'x' is not a whole number >= 0",
                            "bad.csv:7: column 'view_count': is empty; give the cumulative count as a whole"
                                    + " number >= 0");
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("Nothing was imported: 4 rows have errors (listed above);"
                            + " fix them, or run again with --skip-invalid to import the 1 good row.");
                });
        assertThat(store.videos()).isEmpty();
    }

    @Test
    void skipInvalidImportsTheGoodRowsAndListsTheSkippedOnes() throws IOException {
        Path f = csv("mixed.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\nbad,2026-03-02,2\n");
        ImportResult r = importer.importFiles(store, List.of(f), true);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.skipped()).extracting(RowError::describe).containsExactly(
                "mixed.csv:3: column 'video_id': 'bad' is not a YouTube video id (11 characters: letters, digits,"
                        + " - and _)");
    }

    @Test
    void aFileOutsideTheSchemaSaysWhichColumnsAreMissing() throws IOException {
        Path f = csv("other.csv", "video_id,views\ndQw4w9WgXcQ,1\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false)).isInstanceOf(UserError.class)
                .hasMessage("File " + f + " is not in Viralscope's CSV schema nor a YouTube Studio export: missing"
                        + " columns timestamp, view_count (found: video_id, views).");
    }

    @Test
    void missingEmptyAndNonUtf8FilesAreOneSentenceEach() throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(missing), false))
                .hasMessage("File " + missing + " does not exist; check the path.");
        Path empty = csv("empty.csv", "");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(empty), false))
                .hasMessage("File " + empty + " is empty; a CSV file needs a header row.");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "video_id,timestamp,view_count,title\ndQw4w9WgXcQ,2026-03-01,1,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.importFiles(store, List.of(latin1), false))
                .hasMessage("File " + latin1 + " is not UTF-8 text; save it as UTF-8 CSV and import again.");
    }

    @Test
    void anErrorInOneFileKeepsEveryFileOut() throws IOException {
        Path good = csv("good.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\n");
        Path bad = csv("bad.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,yesterday,1\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(good, bad), false))
                .isInstanceOf(InvalidRowsException.class);
        assertThat(store.videos()).isEmpty();
    }

    @Test
    void conflictingDuplicateRowsAreErrors() throws IOException {
        Path f = csv("dup.csv", "video_id,timestamp,view_count\ndQw4w9WgXcQ,2026-03-01,1\ndQw4w9WgXcQ,2026-03-01,2\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors().get(0).describe())
                        .isEqualTo("dup.csv:3: column 'timestamp': video dQw4w9WgXcQ already has a row at"
                                + " 2026-03-01T00:00:00Z (line 2) with different counts"));
    }

    @Test
    void outOfRangeValuesAreRowErrorsNotCrashes() throws IOException {
        Path f = csv("far.csv", "video_id,timestamp,view_count,published_at\n"
                + "dQw4w9WgXcQ,+999999999-03-01T00:00:00Z,1,\n"
                + "dQw4w9WgXcQ,2026-03-01,10000000000000000000,\n"
                + "dQw4w9WgXcQ,2026-03-02,1,0001-01-01\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors())
                        .extracting(RowError::describe).containsExactly(
                                "far.csv:2: column 'timestamp': '+999999999-03-01T00:00:00Z' lies outside the years"
                                        + " 2005 to 2099; check the year",
                                "far.csv:3: column 'view_count': '10000000000000000000' is too large; counts go up"
                                        + " to 9223372036854775807",
                                "far.csv:4: column 'published_at': '0001-01-01' lies outside the years 2005 to"
                                        + " 2099; check the year"));
    }

    @Test
    void aStudioExportWithImpossibleDailyViewsIsARowError() throws IOException {
        Path f = csv("Chart data.csv", "Date,Content,Video title,Video publish time,Views\n"
                + "2026-03-01,dQw4w9WgXcQ,t,\"Mar 1, 2026\",9000000000000000000\n"
                + "2026-03-02,dQw4w9WgXcQ,t,\"Mar 1, 2026\",9000000000000000000\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors().get(0).describe())
                        .startsWith("Chart data.csv:2: column 'Views': '9000000000000000000' is more views in one day"
                                + " than any video has had (at most 1000000000000)"));
    }

    @Test
    void aStudioExportWithDailyViewsBeyondAnyNumberSaysTooManyNotNotANumber() throws IOException {
        Path f = csv("Chart data.csv", "Date,Content,Video title,Video publish time,Views\n"
                + "2026-03-01,dQw4w9WgXcQ,t,\"Mar 1, 2026\",10000000000000000000\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors().get(0).describe())
                        .isEqualTo("Chart data.csv:2: column 'Views': '10000000000000000000' is more views in one day"
                                + " than any video has had (at most 1000000000000) (video dQw4w9WgXcQ's days from"
                                + " 2026-03-01 are left out, since their cumulative counts would miss this row)"));
    }

    @Test
    void aColumnGivenTwiceIsRefused() throws IOException {
        Path f = csv("twice.csv", "video_id,timestamp,view_count,view_count\ndQw4w9WgXcQ,2026-03-01,1,2\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false)).isInstanceOf(UserError.class)
                .hasMessage("File " + f + " has the column 'view_count' twice (columns 3 and 4); keep one of them.");
    }

    @Test
    void aUserFileWithADateColumnIsNotMistakenForAStudioExport() throws IOException {
        Path f = csv("mine.csv", "date,views\n2026-03-01,1\n");
        assertThatThrownBy(() -> importer.importFiles(store, List.of(f), false))
                .hasMessage("File " + f + " looks like a YouTube Studio export without a Content (video) column:"
                        + " in Studio's Advanced mode choose the Content dimension and export again (your own CSV needs"
                        + " the columns video_id, timestamp, view_count; found: date, views).");
    }

    @Test
    void importsTheReal2017TrendingSample() throws IOException {
        Path f = dir.resolve("trending.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/viralscope/app/demo/trending-2017-us-sample.csv")) {
            Files.copy(in, f);
        }
        ImportResult r = importer.importFiles(store, List.of(f), false);
        assertThat(r.rows()).isEqualTo(644);
        assertThat(r.videos()).isEqualTo(136);
        assertThat(r.added()).isEqualTo(644);
        assertThat(store.series("-6Zc8Co2H3w").samples().get(0).comments()).isEqualTo(7498L);
    }
}
