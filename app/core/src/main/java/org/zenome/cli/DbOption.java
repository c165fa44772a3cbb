package org.zenome.cli;

import java.nio.file.Path;
import org.zenome.store.StoreLocations;
import org.zenome.store.sqlite.SqliteCaseStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the sub-commands. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Case database (default: $ZENOME_DB, else zenome.db in the user data directory).")
    String db;

    Path path() {
        return StoreLocations.resolve(db);
    }

    SqliteCaseStore open() {
        return SqliteCaseStore.open(path());
    }
}
