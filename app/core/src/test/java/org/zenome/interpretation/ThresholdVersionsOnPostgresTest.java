package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** ThresholdVersionsTest on a real PostgreSQL server (the same tests, the other engine). */
class ThresholdVersionsOnPostgresTest extends ThresholdVersionsTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
