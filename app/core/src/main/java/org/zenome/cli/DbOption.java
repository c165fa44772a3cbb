package org.zenome.cli;

import java.io.Console;
import java.util.Optional;
import org.zenome.store.CaseStore;
import org.zenome.store.jdbc.StoreOpener;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option shared by the sub-commands: a file is the embedded SQLite store, a
 * {@code jdbc:postgresql://} URL the department's server (password from ~/.pgpass or asked for, never an option).
 */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Case database: a file (SQLite) or jdbc:postgresql://HOST[:PORT]/DB (default: $ZENOME_DB, "
                    + "else db.url of the admin configuration, else zenome.db in the user data directory).")
    String db;

    /** The store location: an absolute file path or a jdbc:postgresql:// URL. */
    String location() {
        return StoreOpener.resolve(db);
    }

    CaseStore open() {
        return StoreOpener.open(location(), DbOption::askPassword);
    }

    /** The database password at the console (not echoed); none without a console. */
    static Optional<char[]> askPassword(String user, String where) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("PostgreSQL password for %s at %s: ", user, where));
    }
}
