package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** TmbAndPresumedGermlineTest on a real PostgreSQL server (the same tests, the other engine). */
class TmbAndPresumedGermlineOnPostgresTest extends TmbAndPresumedGermlineTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
