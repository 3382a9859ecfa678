package io.viralscope.app.ingest;

import io.viralscope.app.store.StoreLocation;
import io.viralscope.app.store.TestPostgres;

/** {@link ImporterTest} on a PostgreSQL store: the staged import through temporary tables. */
class ImporterOnPostgresTest extends ImporterTest {

    @Override
    StoreLocation newStore(String fileName) {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
