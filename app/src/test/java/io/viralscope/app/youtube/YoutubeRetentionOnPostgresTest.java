package io.viralscope.app.youtube;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link YoutubeRetentionTest} on a PostgreSQL store. */
class YoutubeRetentionOnPostgresTest extends YoutubeRetentionTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
