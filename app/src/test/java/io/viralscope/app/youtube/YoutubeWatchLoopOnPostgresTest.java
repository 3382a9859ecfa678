package io.viralscope.app.youtube;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link YoutubeWatchLoopTest} on a PostgreSQL store. */
class YoutubeWatchLoopOnPostgresTest extends YoutubeWatchLoopTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
