package io.viralscope.app.store;

import io.viralscope.api.Sample;
import io.viralscope.api.VideoSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's SQL on SQLite; {@link StoreOnPostgresTest} runs the same tests on PostgreSQL. */
class StoreTest {

    private static final String ID = "dQw4w9WgXcQ";
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    StoreLocation location;

    @BeforeEach
    void placeStore() {
        location = storeLocation();
    }

    /** Where each test's store lives: a new file in a folder still to be made. */
    StoreLocation storeLocation() {
        return StoreLocation.file(dir.resolve("sub/dir/v.db"));
    }

    Store open() {
        return Store.open(location, CLOCK);
    }

    @Test
    void samplesAreUniquePerVideoInstantAndSource() {
        try (Store store = open()) {
            List<NewSample> samples = List.of(
                    new NewSample(ID, new Sample(T0, 10, 1L, null, null), "csv"),
                    new NewSample(ID, new Sample(T0.plusSeconds(86_400), 20, 2L, null, null), "csv"));
            assertThat(store.addSamples(List.of(new VideoMetadata(ID, "Title", null)), samples)).isEqualTo(2);
            assertThat(store.addSamples(List.of(), samples)).isZero();
            assertThat(store.addSamples(List.of(),
                    List.of(new NewSample(ID, new Sample(T0, 11, null, null, null), "api")))).isEqualTo(1);

            VideoSeries s = store.series(ID);
            assertThat(s.title()).isEqualTo("Title");
            // the API reading wins over the import at the same instant; unknown likes stay unknown
            assertThat(s.samples()).extracting(Sample::views).containsExactly(11L, 20L);
            assertThat(s.samples().get(0).likes()).isNull();
            assertThat(store.video(ID)).hasValueSatisfying(v -> {
                assertThat(v.sampleCount()).isEqualTo(3);
                assertThat(v.lastSampleAt()).isEqualTo(T0.plusSeconds(86_400));
            });
        }
    }

    @Test
    void readInBatchesTheApiReadingStillWinsOverStudioAndImportsAtTheSameInstant() {
        try (Store store = open()) {
            // in key order the sources come api, csv, studio: the batch read must still end with the API's
            store.addSamples(List.of(new VideoMetadata(ID, "Title", null)), List.of(
                    new NewSample(ID, Sample.ofViews(T0, 10), "csv"),
                    new NewSample(ID, Sample.ofViews(T0, 12), "studio"),
                    new NewSample(ID, Sample.ofViews(T0, 11), "api"),
                    new NewSample(ID, Sample.ofViews(T0.plusSeconds(86_400), 30), "studio"),
                    new NewSample(ID, Sample.ofViews(T0.plusSeconds(86_400), 29), "csv"),
                    new NewSample(ID, Sample.ofViews(T0.plusSeconds(2 * 86_400), 40), "csv")));
            Store.StoredVideo batch = store.storedVideos(List.of(ID)).get(ID);
            assertThat(batch.series().samples()).extracting(Sample::views).containsExactly(11L, 30L, 40L);
            assertThat(batch.series().samples()).isEqualTo(store.series(ID).samples());
            assertThat(batch.sources()).isEqualTo(Map.of("api", 1, "csv", 3, "studio", 2));
        }
    }

    @Test
    void survivesReopeningAndKeepsMetadataUnlessNewValuesAreGiven() {
        try (Store store = open()) {
            store.addSamples(List.of(new VideoMetadata(ID, "First", T0)),
                    List.of(new NewSample(ID, Sample.ofViews(T0, 1), "csv")));
            store.addSamples(List.of(new VideoMetadata(ID, "", null)), List.of());
        }
        try (Store store = open()) {
            assertThat(store.video(ID)).hasValueSatisfying(v -> {
                assertThat(v.title()).isEqualTo("First");
                assertThat(v.publishedAt()).isEqualTo(T0);
            });
            if (store.dialect() == Dialect.SQLITE) {
                assertThat(store.query("PRAGMA journal_mode", rs -> rs.getString(1))).containsExactly("wal");
            }
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (Store store = open()) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                c.createStatement().execute("INSERT INTO videos (video_id, first_seen_at) VALUES ('aaaaaaaaaaa', 0)");
                throw new IllegalStateException("crash in the middle");
            })).hasMessage("crash in the middle");
            assertThat(store.videos()).isEmpty();
        }
    }

    @Test
    void resultsAreKeptByTheirFullKey() {
        try (Store store = open()) {
            ResultKey key = new ResultKey("d", "1.0.0", "s", "f");
            store.saveResults(java.util.Map.of(key, new byte[] {1, 2, 3}));
            assertThat(store.findResult(key)).hasValueSatisfying(row -> assertThat(row).containsExactly(1, 2, 3));
            assertThat(store.findResults(java.util.List.of(key, new ResultKey("d", "1.0.0", "s", "g"))))
                    .containsOnlyKeys(key);
            assertThat(store.findResult(new ResultKey("d", "1.0.1", "s", "f"))).isEmpty();
        }
    }
}
