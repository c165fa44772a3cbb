package org.zenome.store;

import org.zenome.testing.StoreEngine;

/** FindingFilterTest on a real PostgreSQL server (the same tests, the other engine). */
class FindingFilterOnPostgresTest extends FindingFilterTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
