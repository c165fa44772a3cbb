package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** ReputableSourceSettingTest on a real PostgreSQL server (the same tests, the other engine). */
class ReputableSourceSettingOnPostgresTest extends ReputableSourceSettingTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
