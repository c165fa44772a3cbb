package org.zenome.cli;

import java.nio.file.Path;
import org.zenome.testing.StoreEngine;

/** The panel commands with {@code --db jdbc:postgresql://...} on a real PostgreSQL server. */
class PanelCommandsOnPostgresTest extends PanelCommandsTest {
    @Override
    String location(Path dir, String name) {
        return StoreEngine.url(dir, name) + "?user=postgres";
    }
}
