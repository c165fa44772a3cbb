package org.zenome.phenotype;

import org.zenome.testing.StoreEngine;

/** GeneRankingStoreTest on a real PostgreSQL server (the same tests, the other engine). */
class GeneRankingStoreOnPostgresTest extends GeneRankingStoreTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
