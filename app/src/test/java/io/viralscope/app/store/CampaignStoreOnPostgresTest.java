package io.viralscope.app.store;

/** {@link CampaignStoreTest} on a PostgreSQL database. */
class CampaignStoreOnPostgresTest extends CampaignStoreTest {

    @Override
    StoreLocation storeLocation() {
        return TestPostgres.emptyDatabaseFor(getClass());
    }
}
