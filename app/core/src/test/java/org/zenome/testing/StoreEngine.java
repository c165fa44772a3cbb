package org.zenome.testing;

import java.nio.file.Path;
import org.zenome.store.CaseStore;
import org.zenome.store.postgres.PostgresCaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/** The two engines the repository tests run on. */
public enum StoreEngine {
    /** A real SQLite file {@code dir/name}. */
    SQLITE,
    /** A database of its own on the tests' real PostgreSQL server, named after {@code dir/name}. */
    POSTGRESQL;

    /** Opens the store {@code name} of a test (the same arguments open the same store again). */
    public CaseStore open(Path dir, String name) {
        if (this == SQLITE) {
            return SqliteCaseStore.open(dir.resolve(name));
        }
        return PostgresCaseStore.open(url(dir, name), PostgresServer.superuser());
    }

    /** The JDBC URL of a test's PostgreSQL store. */
    public static String url(Path dir, String name) {
        return PostgresServer.database(dir.toAbsolutePath().resolve(name).toString());
    }
}
