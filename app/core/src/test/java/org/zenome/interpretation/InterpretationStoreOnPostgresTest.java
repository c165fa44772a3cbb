package org.zenome.interpretation;

import org.zenome.testing.StoreEngine;

/** InterpretationStoreTest on a real PostgreSQL server (the same tests, the other engine). */
class InterpretationStoreOnPostgresTest extends InterpretationStoreTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
