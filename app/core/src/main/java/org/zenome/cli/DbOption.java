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
        String where = location();
        if (!StoreOpener.isServer(where)) {
            unlock(Path.of(where));
        }
        return StoreOpener.open(where, DbOption::askPassword);
    }

    /**
     * Unlocks an encrypted SQLite store for this command: the passphrase from the file {@code ZENOME_PASSPHRASE_FILE}
     * names (first line; for scripts and scheduled jobs, the file readable by that account only), else asked at the
     * terminal. Without either the store stays locked and opening it fails with a message saying so.
     */
    static void unlock(Path database) {
        if (!org.zenome.store.sqlite.SqliteKeyring.needsPassphrase(database)) {
            return;
        }
        String file = System.getenv(ENV_PASSPHRASE_FILE);
        if ((file == null || file.isBlank()) && System.console() == null) {
            return; // SqliteCaseStore refuses the locked store with the words to say what is needed
        }
        char[] p = BackupPassphrase.read(file == null || file.isBlank() ? null : Path.of(file), false,
                "Passphrase of the encrypted case store " + database + ": ");
        try {
            org.zenome.store.sqlite.SqliteKeyring.unlock(database, p);
        } finally {
            java.util.Arrays.fill(p, '\0');
        }
    }

    /** The environment variable naming the file that holds an encrypted store's passphrase. */
    static final String ENV_PASSPHRASE_FILE = "ZENOME_PASSPHRASE_FILE";

    /** The database password at the console (not echoed); none without a console. */
    static Optional<char[]> askPassword(String user, String where) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("PostgreSQL password for %s at %s: ", user, where));
    }
}
