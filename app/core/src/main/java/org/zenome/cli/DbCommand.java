package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zenome.importer.InvalidInputException;
import org.zenome.store.CaseStore;
import org.zenome.store.jdbc.JdbcCaseStore;
import org.zenome.store.jdbc.StoreCopy;
import org.zenome.store.jdbc.StoreOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zenome db}: moving a department's case store between SQLite and PostgreSQL. */
@Command(name = "db", description = "Case store administration.", subcommands = {DbCommand.Copy.class,
    DbCommand.Encrypt.class, DbCommand.Decrypt.class, DbCommand.Passphrase.class})
final class DbCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ZenomeCli.USAGE;
    }

    @Command(name = "copy", description = {
        "Copy a whole case store into a new, empty one: a SQLite file to a PostgreSQL server or back.",
        "Afterwards the row count of every table, the findings of every case and the audit chain are verified;",
        "prints TSV: table, source_rows, target_rows (findings as findings:CASE), then the audit result."})
    static final class Copy implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The store to copy.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "FILE|URL",
                description = "The new store (an empty PostgreSQL database, or a SQLite file that does not exist yet).")
        String to;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String source = StoreOpener.resolve(from);
            String target = StoreOpener.resolve(to);
            if (source.equals(target)) {
                throw new IllegalArgumentException("--from and --to name the same store: " + source);
            }
            if (!StoreOpener.isServer(source) && !Files.isRegularFile(Path.of(source))) {
                throw new InvalidInputException(Path.of(source), 0, "no such case database");
            }
            if (!StoreOpener.isServer(target) && Files.exists(Path.of(target))) {
                throw new InvalidInputException(Path.of(target), 0, "already exists; db copy writes a new store only "
                        + "(nothing was changed)");
            }
            if (!StoreOpener.isServer(source)) {
                DbOption.unlock(Path.of(source));
            }
            StoreCopy.Result r;
            try (CaseStore a = StoreOpener.open(source, DbOption::askPassword)) {
                boolean created = !StoreOpener.isServer(target);
                try (CaseStore b = StoreOpener.open(target, DbOption::askPassword)) {
                    r = StoreCopy.copy((JdbcCaseStore) a, (JdbcCaseStore) b);
                } catch (RuntimeException e) {
                    if (created) {
                        deleteNewStore(Path.of(target));
                    }
                    throw e;
                }
            }
            out.println("table\tsource_rows\ttarget_rows");
            for (Map.Entry<String, long[]> e : r.tables().entrySet()) {
                out.println(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
            }
            for (Map.Entry<String, long[]> e : r.findings().entrySet()) {
                out.println("findings:" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
            }
            out.println("audit\t" + (r.audit().intact() ? "intact" : "BROKEN") + "\t" + r.audit().entries());
            out.flush();
            if (!r.verified()) {
                err.println("zenome: the copy in " + target + " does not match " + source
                        + " (see the counts above); do not use it");
                return r.audit().intact() ? ZenomeCli.FAILURE : ZenomeCli.AUDIT_BROKEN;
            }
            err.println("zenome: copied and verified: " + r.tables().size() + " tables, " + r.findings().size()
                    + " cases, audit chain intact (" + r.audit().entries() + " entries)");
            if (!StoreOpener.isServer(source) && org.zenome.store.sqlite.StoreKeyFile.exists(Path.of(source))
                    && !StoreOpener.isServer(target)) {
                err.println("zenome: note: the copy " + target + " is not encrypted; encrypt it with zenome db encrypt "
                        + "--db " + target);
            }
            return ZenomeCli.OK;
        }

        private static void deleteNewStore(Path db) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
                } catch (java.io.IOException ignored) {
                    // reported by the caller's exception
                }
            }
            Path findings = db.resolveSibling(db.getFileName() + ".findings");
            if (Files.isDirectory(findings)) {
                try (var files = Files.list(findings)) {
                    files.forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (java.io.IOException ignored) {
                            // left behind
                        }
                    });
                    Files.deleteIfExists(findings);
                } catch (java.io.IOException ignored) {
                    // left behind
                }
            }
        }
    }

    private static final String PASSPHRASE_FILE = "Read the passphrase from the first line of FILE (readable by its "
            + "owner only; never a passphrase on the command line); default: the file ZENOME_PASSPHRASE_FILE names, "
            + "else it is asked at the terminal.";

    /** The SQLite store of {@code --db}: a server is a usage error (exit 2), a missing file invalid input (3). */
    static Path sqliteFile(DbOption db, String command) throws InvalidInputException {
        String where = db.location();
        if (StoreOpener.isServer(where)) {
            throw new IllegalArgumentException("zenome db " + command + " works on a SQLite store; a PostgreSQL server "
                    + "is encrypted by its own disk and TLS settings");
        }
        Path database = Path.of(where);
        if (!Files.isRegularFile(database)) {
            throw new InvalidInputException(database, 0, "no such case database");
        }
        return database;
    }

    /** {@code file}, else the file {@code ZENOME_PASSPHRASE_FILE} names, else null (asked at the terminal). */
    static Path orEnvironment(Path file) {
        String env = System.getenv(DbOption.ENV_PASSPHRASE_FILE);
        return file != null ? file : env != null && !env.isBlank() ? Path.of(env) : null;
    }

    @Command(name = "encrypt", description = {
        "Encrypt a SQLite case store at rest (SQLite3 Multiple Ciphers, ChaCha20-Poly1305) with a random key wrapped",
        "under a key derived from the administrator's passphrase (Argon2id); the key file FILE.key is written beside",
        "the database. Every SQLite file of the store is rewritten; nobody else may have the store open.",
        "Afterwards every command and the desktop ask for the passphrase (or read ZENOME_PASSPHRASE_FILE).",
        "Prints TSV: encrypted, database, files, bytes."})
    static final class Encrypt implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DbOption db;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = PASSPHRASE_FILE)
        Path passphraseFile;

        @Override
        public Integer call() throws Exception {
            Path database = sqliteFile(db, "encrypt");
            char[] p = BackupPassphrase.read(orEnvironment(passphraseFile), true, "New passphrase of the case store: ");
            org.zenome.store.sqlite.StoreEncryption.Result r;
            try {
                r = org.zenome.store.sqlite.StoreEncryption.encrypt(database, p);
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("encrypted\t" + r.database() + "\t" + r.files() + "\t" + r.bytes());
            out.flush();
            spec.commandLine().getErr().println("zenome: encrypted " + r.files() + " files; keep the passphrase in "
                    + "the hospital's password safe (without it and " + r.database().getFileName()
                    + ".key the store cannot be read). Backups made before now are not encrypted: make a new one.");
            return ZenomeCli.OK;
        }
    }

    @Command(name = "decrypt", description = {
        "Turn an encrypted SQLite case store back into a plain one (the passphrase is checked first).",
        "Prints TSV: decrypted, database, files, bytes."})
    static final class Decrypt implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DbOption db;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = PASSPHRASE_FILE)
        Path passphraseFile;

        @Override
        public Integer call() throws Exception {
            Path database = sqliteFile(db, "decrypt");
            char[] p = BackupPassphrase.read(orEnvironment(passphraseFile), false, "Passphrase of the case store: ");
            org.zenome.store.sqlite.StoreEncryption.Result r;
            try {
                r = org.zenome.store.sqlite.StoreEncryption.decrypt(database, p);
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("decrypted\t" + r.database() + "\t" + r.files() + "\t" + r.bytes());
            return ZenomeCli.OK;
        }
    }

    @Command(name = "passphrase", description = {
        "Change the passphrase of an encrypted SQLite case store: the store's key is rewrapped under the new",
        "passphrase (the database is not rewritten). The current passphrase is asked first."})
    static final class Passphrase implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        DbOption db;
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = PASSPHRASE_FILE)
        Path passphraseFile;
        @Option(names = "--new-passphrase-file", paramLabel = "FILE",
                description = "Read the new passphrase from the first line of FILE; without it it is asked twice.")
        Path newFile;

        @Override
        public Integer call() throws Exception {
            Path database = sqliteFile(db, "passphrase");
            char[] old = BackupPassphrase.read(orEnvironment(passphraseFile), false,
                    "Current passphrase of the case store: ");
            char[] fresh = null;
            try {
                fresh = BackupPassphrase.read(newFile, true, "New passphrase of the case store: ");
                org.zenome.store.sqlite.StoreEncryption.changePassphrase(database, old, fresh);
            } finally {
                java.util.Arrays.fill(old, '\0');
                if (fresh != null) {
                    java.util.Arrays.fill(fresh, '\0');
                }
            }
            spec.commandLine().getOut().println("passphrase\t" + database + "\tchanged");
            return ZenomeCli.OK;
        }
    }
}
