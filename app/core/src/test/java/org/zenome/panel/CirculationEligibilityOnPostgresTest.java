package org.zenome.panel;

import org.zenome.testing.StoreEngine;

/** CirculationEligibilityTest on a real PostgreSQL server (the same tests, the other engine). */
class CirculationEligibilityOnPostgresTest extends CirculationEligibilityTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
