package io.viralscope.app.youtube;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link YoutubeOverlappingRunsTest} on a PostgreSQL store. */
class YoutubeOverlappingRunsOnPostgresTest extends YoutubeOverlappingRunsTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
