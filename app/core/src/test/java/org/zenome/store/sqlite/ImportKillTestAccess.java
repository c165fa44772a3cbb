package org.zenome.store.sqlite;

import java.io.IOException;
import java.nio.file.Path;

/** The kill tests' VCF writer, for the PostgreSQL kill test in another package. */
public final class ImportKillTestAccess {
    private ImportKillTestAccess() {
    }

    public static Path writeVcf(Path file, int records) throws IOException {
        return ImportKillTest.writeVcf(file, records);
    }
}
