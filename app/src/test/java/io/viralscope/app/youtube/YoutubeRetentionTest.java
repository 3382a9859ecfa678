package io.viralscope.app.youtube;

import io.viralscope.api.Sample;
import io.viralscope.app.UserError;
import io.viralscope.app.config.ConfigLoader;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.NewSample;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TrackingStore;
import io.viralscope.app.store.VideoMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** YouTube API policy III.E.4: API-key samples go after 30 days unless a stated basis allows longer. */
class YoutubeRetentionTest {

    @TempDir
    Path dir;

    /** A new store ({@link YoutubeRetentionOnPostgresTest}: a PostgreSQL database). */
    StoreLocation storeLocation() {
        return StoreLocation.file(dir.resolve("r.db"));
    }

    @Test
    void purgesApiSamplesOlderThanTheRetentionAndKeepsImportedOnes() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-10-01T00:00:00Z"));
        try (Store store = Store.open(storeLocation(), clock)) {
            TrackingStore tracking = new TrackingStore(store, clock);
            Instant old = clock.instant();
            store.addSamples(List.of(new VideoMetadata("dQw4w9WgXcQ", "", null)), List.of(
                    new NewSample("dQw4w9WgXcQ", Sample.ofViews(old, 10), "api"),
                    new NewSample("dQw4w9WgXcQ", Sample.ofViews(old, 10), "studio"),
                    new NewSample("dQw4w9WgXcQ", Sample.ofViews(old, 10), "csv")));
            clock.advance(Duration.ofDays(20));
            store.addSamples(List.of(), List.of(new NewSample("dQw4w9WgXcQ", Sample.ofViews(clock.instant(), 20),
                    "api")));
            clock.advance(Duration.ofDays(10).plusSeconds(1));

            int purged = new RetentionPolicy(30, "").purge(tracking, clock);

            assertThat(purged).isEqualTo(1);
            assertThat(store.query("SELECT source, views FROM samples ORDER BY source, at",
                    rs -> rs.getString(1) + ":" + rs.getLong(2))).containsExactly("api:20", "csv:10", "studio:10");
        }
    }

    @Test
    void theDefaultIsThirtyDays() {
        Settings s = new ConfigLoader(dir).load(null);
        assertThat(s.youtube().retentionDays()).isEqualTo(30);
        assertThat(RetentionPolicy.of(s.youtube()).describe())
                .isEqualTo("API samples are kept 30 days (YouTube API policy III.E.4).");
    }

    @Test
    void longerRetentionWithoutABasisIsRefused() throws Exception {
        Path config = Files.writeString(dir.resolve("v.yaml"), "youtube:\n  retention-days: 90\n");

        UserError e = catchThrowableOfType(UserError.class, () -> new ConfigLoader(dir).load(config));

        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("Configuration key 'youtube.retention-days' in " + config + " is 90,"
                + " but YouTube's developer policies allow keeping API-key data 30 days; lower it to 30 or state the"
                + " basis for keeping it longer in youtube.retention-basis.");
    }

    @Test
    void longerRetentionWithAStatedBasisIsAccepted() throws Exception {
        Path config = Files.writeString(dir.resolve("v.yaml"), "youtube:\n  retention-days: 90\n"
                + "  retention-basis: written authorisation of the channel owner, 2026-11-02\n");

        Settings s = new ConfigLoader(dir).load(config);

        assertThat(RetentionPolicy.of(s.youtube()).describe()).isEqualTo("API samples are kept 90 days, beyond"
                + " YouTube's 30, on the stated basis: written authorisation of the channel owner, 2026-11-02.");
    }
}
