package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** InterpretationCarryOverTest on a real PostgreSQL server (the same tests, the other engine). */
class InterpretationCarryOverOnPostgresTest extends InterpretationCarryOverTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
