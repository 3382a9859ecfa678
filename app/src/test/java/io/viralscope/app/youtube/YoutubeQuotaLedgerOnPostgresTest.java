package io.viralscope.app.youtube;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link YoutubeQuotaLedgerTest} on a PostgreSQL store. */
class YoutubeQuotaLedgerOnPostgresTest extends YoutubeQuotaLedgerTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
