package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** InterpretationServiceTest on a real PostgreSQL server (the same tests, the other engine). */
class InterpretationServiceOnPostgresTest extends InterpretationServiceTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
