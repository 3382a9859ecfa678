package io.viralscope.app.youtube;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.viralscope.app.config.Settings;
import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TrackingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A store in a temporary folder, simulated time, and a WireMock server answering like YouTube. */
abstract class YoutubePollTestBase {

    static final String KEY = "AIzaPollTestKey-0123456789-abcdefghijk";
    /** 2026-11-25 10:00 UTC is 02:00 Pacific time (PST). */
    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(FakeApiHolder.API)).build();

    @TempDir
    Path dir;

    YoutubeTestClock clock;
    StoreLocation location;
    Store store;
    TrackingStore tracking;
    YoutubeFakeApi fake;

    @BeforeEach
    void openStore() {
        clock = new YoutubeTestClock(START);
        FakeApiHolder.CLOCK.set(clock);
        fake = FakeApiHolder.API;
        fake.reset();
        fake.counts((id, at) -> new YoutubeFakeApi.Counts(1000 + Duration.between(START, at).toMinutes(), 10L, 1L));
        location = storeLocation();
        store = Store.open(location, clock);
        tracking = new TrackingStore(store, clock);
    }

    /** Where each test's store lives: a file here; a fresh PostgreSQL database in the *OnPostgresTest classes. */
    StoreLocation storeLocation() {
        return StoreLocation.file(dir.resolve("test.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Answers every videos.list request through the fake API. */
    void answerLikeYouTube() {
        wm.stubFor(get(urlPathEqualTo(YoutubeFixtures.VIDEOS_PATH))
                .willReturn(aResponse().withTransformers(YoutubeFakeApi.NAME)));
    }

    static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(String.format("vid%08d", i));
        }
        return out;
    }

    Settings.YouTube settings(int dailyQuota, int parallel, int attempts) {
        return new Settings.YouTube(wm.baseUrl() + "/", null, dailyQuota, Duration.ofMinutes(5), Duration.ofSeconds(2),
                parallel, new Settings.Retry(attempts, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(5)), Duration.ofMinutes(15), 30, "");
    }

    PollRound round(Settings.YouTube s) {
        return round(s, new RecentFetches(s.minPollInterval(), clock), new StopSignal());
    }

    PollRound round(Settings.YouTube s, RecentFetches recent, StopSignal stop) {
        return new PollRound(tracking, new QuotaLedger(store, clock, s.dailyQuota()),
                VideosClient.create(s.rootUrl(), ApiKey.of(KEY), s.requestTimeout()), recent, s, clock, clock, stop,
                new SplittableRandom(7));
    }

    QuotaLedger ledger(int budget) {
        return new QuotaLedger(store, clock, budget);
    }

    /** The fake API is registered once with the static WireMock server; each test sets its clock. */
    static final class FakeApiHolder {
        static final DelegatingClock CLOCK = new DelegatingClock();
        static final YoutubeFakeApi API = new YoutubeFakeApi(CLOCK, (id, at) -> new YoutubeFakeApi.Counts(0, null, null));
    }

    /** A clock that reads the current test's clock. */
    static final class DelegatingClock extends java.time.Clock {
        private volatile java.time.Clock target = java.time.Clock.systemUTC();

        void set(java.time.Clock c) {
            target = c;
        }

        @Override
        public java.time.ZoneId getZone() {
            return target.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return target.withZone(zone);
        }

        @Override
        public Instant instant() {
            return target.instant();
        }
    }
}
