package io.viralscope.app.youtube;

import io.viralscope.app.store.Store;
import io.viralscope.app.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The quota day is YouTube's: midnight to midnight in Pacific time, with daylight saving time. */
class YoutubeQuotaLedgerTest {

    @TempDir
    Path dir;

    /** A new store for each test ({@link YoutubeQuotaLedgerOnPostgresTest}: a PostgreSQL database). */
    StoreLocation storeLocation() {
        return StoreLocation.file(dir.resolve("q.db"));
    }

    @Test
    void theDayAndTheResetFollowPacificTimeAcrossDaylightSavingTime() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T07:59:00Z"));
        try (Store store = Store.open(storeLocation(), clock)) {
            QuotaLedger ledger = new QuotaLedger(store, clock, 10);
            assertThat(ledger.today()).isEqualTo(LocalDate.parse("2026-11-24")); // 23:59 PST
            assertThat(ledger.nextReset()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));

            clock.advance(Duration.ofMinutes(1));
            assertThat(ledger.today()).isEqualTo(LocalDate.parse("2026-11-25"));

            YoutubeTestClock summer = new YoutubeTestClock(Instant.parse("2026-07-01T12:00:00Z"));
            assertThat(new QuotaLedger(store, summer, 10).nextReset())
                    .isEqualTo(Instant.parse("2026-07-02T07:00:00Z")); // PDT: UTC-7
        }
    }

    @Test
    void reservesUpToTheBudgetThenRefusesUntilTheNextPacificDay() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T20:00:00Z"));
        try (Store store = Store.open(storeLocation(), clock)) {
            QuotaLedger ledger = new QuotaLedger(store, clock, 3);
            assertThat(ledger.tryReserve()).isTrue();
            assertThat(ledger.tryReserve()).isTrue();
            assertThat(ledger.tryReserve()).isTrue();
            assertThat(ledger.tryReserve()).isFalse();
            assertThat(ledger.usage().unitsUsed()).isEqualTo(3);
            assertThat(ledger.usage().remaining()).isZero();

            clock.advance(Duration.ofHours(12)); // 2026-11-26 08:00 UTC = 00:00 PST
            assertThat(ledger.tryReserve()).isTrue();
            assertThat(ledger.usage().unitsUsed()).isEqualTo(1);
        }
    }

    @Test
    void aQuotaReportedExhaustedByYouTubeBlocksEvenWithBudgetLeft() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T20:00:00Z"));
        try (Store store = Store.open(storeLocation(), clock)) {
            QuotaLedger ledger = new QuotaLedger(store, clock, 10_000);
            ledger.tryReserve();
            ledger.markExhausted();

            assertThat(ledger.tryReserve()).isFalse();
            QuotaLedger.Usage u = ledger.usage();
            assertThat(u.exhaustedAt()).isEqualTo(clock.instant());
            assertThat(u.remaining()).isZero();
            assertThat(QuotaText.today(u)).isEqualTo("quota today: 1 of 10,000 units used and YouTube reported the"
                    + " quota used up at 2026-11-25 20:00 UTC, resets at 2026-11-26 08:00 UTC (midnight Pacific time)");
        }
    }

    @Test
    void twoStoreConnectionsShareOneBudget() {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T20:00:00Z"));
        StoreLocation shared = storeLocation();
        try (Store a = Store.open(shared, clock); Store b = Store.open(shared, clock)) {
            QuotaLedger la = new QuotaLedger(a, clock, 2);
            QuotaLedger lb = new QuotaLedger(b, clock, 2);
            assertThat(la.tryReserve()).isTrue();
            assertThat(lb.tryReserve()).isTrue();
            assertThat(la.tryReserve()).isFalse();
            assertThat(lb.tryReserve()).isFalse();
        }
    }

    @Test
    void runsReservingAtTheSameMomentNeverSpendMoreThanTheBudget() throws Exception {
        YoutubeTestClock clock = new YoutubeTestClock(Instant.parse("2026-11-25T20:00:00Z"));
        StoreLocation shared = storeLocation();
        try (Store a = Store.open(shared, clock); Store b = Store.open(shared, clock)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Boolean>> tries = new java.util.ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    QuotaLedger ledger = new QuotaLedger(i % 2 == 0 ? a : b, clock, 50);
                    tries.add(pool.submit(ledger::tryReserve));
                }
                int granted = 0;
                for (java.util.concurrent.Future<Boolean> t : tries) {
                    granted += t.get() ? 1 : 0;
                }
                assertThat(granted).isEqualTo(50);
                assertThat(new QuotaLedger(a, clock, 50).usage().unitsUsed()).isEqualTo(50);
                assertThat(new QuotaLedger(b, clock, 50).usage().calls()).isEqualTo(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
