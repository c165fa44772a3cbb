package org.zenome.cli;

import java.io.Console;
import java.nio.file.Path;
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

    /**
     * The SQLite store's file, for the commands that copy the store's files (backup, restore). A server location
     * is refused (exit code 2): the server is backed up with pg_dump, or copied to a file with {@code db copy}.
     */
    Path path() {
        String where = location();
        if (StoreOpener.isServer(where)) {
            throw new IllegalArgumentException(org.zenome.store.postgres.PostgresCaseStore.redact(where)
                    + " is a PostgreSQL server: zenome backup and restore copy the files of a SQLite store. Back the "
                    + "server up with pg_dump -Fc and restore it with pg_restore (README, PostgreSQL for a "
                    + "department), or make a self-contained SQLite copy with zenome db copy --from URL --to FILE");
        }
        return Path.of(where);
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
