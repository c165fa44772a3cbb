package org.zenome.panel;

import org.zenome.testing.StoreEngine;

/** PanelRecordTest on a real PostgreSQL server (the same tests, the other engine). */
class PanelRecordOnPostgresTest extends PanelRecordTest {
    @Override
    StoreEngine engine() {
        return StoreEngine.POSTGRESQL;
    }
}
