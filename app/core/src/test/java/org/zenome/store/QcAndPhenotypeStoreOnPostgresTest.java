package org.zenome.store;

import org.zenome.testing.StoreEngine;

/** QcAndPhenotypeStoreTest on a real PostgreSQL server (the same tests, the other engine). */
class QcAndPhenotypeStoreOnPostgresTest extends QcAndPhenotypeStoreTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
