package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zenome.store.BackupInvalidException;
import org.zenome.store.BackupManifest;
import org.zenome.store.RestoreResult;
import org.zenome.store.sqlite.SqliteStoreBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zenome restore}: checks a backup (checksums, integrity, audit log) and puts it in place of the case store;
 * the replaced store is kept beside it. A store with work the backup lacks is replaced only with {@code --force}.
 */
@Command(name = "restore", description = {"Check a backup folder (every file's SHA-256, database integrity, audit "
        + "log) and restore it as the case store; an encrypted backup (backup --encrypt) asks for its passphrase (or "
        + "--passphrase-file) and is refused, exit 3, when the passphrase is wrong or a file was altered; a store "
        + "in use (Zenome open) is refused. The replaced store is kept as "
        + "<db>.before-restore-<time>. Exit 3 when the backup is damaged or incomplete, 1 when the store holds work "
        + "the backup lacks (repeat with --force to replace it anyway).",
        "Prints: restored<TAB>backup<TAB>created<TAB>cases<TAB>audit_entries<TAB>previous (or checked<TAB>... "
                + "with --verify-only)."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--force", description = "Replace the store even when it holds work the backup lacks or cannot "
            + "be read.")
    boolean force;

    @Option(names = "--verify-only", description = "Only check the backup; change nothing.")
    boolean verifyOnly;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "For an encrypted backup: read the "
            + "passphrase from the first line of FILE (else it is asked at the terminal).")
    Path passphraseFile;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup folder (zenome-backup-<time>).")
    Path backup;

    @Override
    public Integer call() {
        SqliteStoreBackup sqliteBackups = new SqliteStoreBackup(db.path(), ZenomeCli.version());
        org.zenome.store.StoreBackup backups = sqliteBackups;
        PrintWriter out = spec.commandLine().getOut();
        if (!org.zenome.store.EncryptedStoreBackup.isEncrypted(backup) && sqliteBackups.needsPassphrase(backup)) {
            // the backup of an encrypted store: its passphrase (the store's when the backup was made)
            String env = System.getenv(DbOption.ENV_PASSPHRASE_FILE);
            Path file = passphraseFile != null ? passphraseFile
                    : env != null && !env.isBlank() ? Path.of(env) : null;
            char[] p = BackupPassphrase.read(file, false, "Passphrase of the encrypted store in " + backup + ": ");
            try {
                SqliteStoreBackup.unlock(backup, p);
            } finally {
                java.util.Arrays.fill(p, '\0');
            }
        }
        org.zenome.store.EncryptedStoreBackup encrypted = null;
        if (org.zenome.store.EncryptedStoreBackup.isEncrypted(backup)) {
            char[] passphrase;
            try {
                passphrase = BackupPassphrase.read(passphraseFile, false);
            } catch (BackupPassphrase.Problem e) {
                spec.commandLine().getErr().println("zenome: " + e.getMessage());
                return e.exit;
            }
            Path parent = db.path().toAbsolutePath().getParent();
            encrypted = new org.zenome.store.EncryptedStoreBackup(backups, parent, passphrase, false);
            java.util.Arrays.fill(passphrase, '\0');
            backups = encrypted;
        } else if (passphraseFile != null && !org.zenome.store.sqlite.StoreKeyFile.exists(
                backup.toAbsolutePath().resolve(SqliteStoreBackup.DATABASE))) {
            throw new IllegalArgumentException(backup + " is not an encrypted backup; --passphrase-file is not needed");
        }
        try {
            if (verifyOnly) {
                BackupManifest m = backups.verify(backup);
                out.println("checked\t" + backup + "\t" + m.created() + "\t" + m.cases() + "\t" + m.auditEntries());
                out.flush();
                return ZenomeCli.OK;
            }
            RestoreResult r = backups.restore(backup, force);
            out.println("restored\t" + backup + "\t" + r.backup().created() + "\t" + r.backup().cases() + "\t"
                    + r.backup().auditEntries() + "\t" + (r.previous() == null ? "" : r.previous()));
            out.flush();
            return ZenomeCli.OK;
        } catch (BackupInvalidException e) {
            spec.commandLine().getErr().println("zenome: " + e.getMessage());
            return ZenomeCli.INVALID_INPUT;
        } finally {
            if (encrypted != null) {
                encrypted.close();
            }
        }
    }
}
