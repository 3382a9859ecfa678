package io.viralscope.app.youtube;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link YoutubePollRoundTest} on a PostgreSQL store. */
class YoutubePollRoundOnPostgresTest extends YoutubePollRoundTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
