package io.viralscope.app.store;

/** {@link StoreTest} on a PostgreSQL database. */
class StoreOnPostgresTest extends StoreTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
