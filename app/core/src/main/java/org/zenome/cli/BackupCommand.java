package org.zenome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.zenome.config.Settings;
import org.zenome.store.BackupManifest;
import org.zenome.store.BackupSchedule;
import org.zenome.store.sqlite.SqliteStoreBackup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zenome backup}: a checked copy of the whole case store (database and findings files) in a new folder
 * {@code zenome-backup-<UTC time>} under {@code --to}; safe while the application is in use.
 */
@Command(name = "backup", description = {"Back up the case store (database and every case's findings files) into a "
        + "new folder zenome-backup-<UTC time> under --to, while Zenome may be in use; the copy is checked "
        + "(integrity, audit log) before it counts.",
        "Prints: backup<TAB>folder<TAB>cases<TAB>files<TAB>bytes<TAB>audit_entries (files and bytes of the "
                + "store's copy, before encryption)."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--to", paramLabel = "DIR", description = "Folder of the backups (default: the administrator's "
            + "backup.dir, else backups/ in the user data directory).")
    Path to;

    @Option(names = "--keep", paramLabel = "N", description = "Keep only the newest N backups in that folder "
            + "(default: keep all).")
    Integer keep;

    @Option(names = "--encrypt", description = "Encrypt the backup with a key derived from the administrator's "
            + "passphrase (Argon2id, AES-256-GCM); the passphrase is asked at the terminal or read from "
            + "--passphrase-file. Without the passphrase the backup cannot be restored.")
    boolean encrypt;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase of --encrypt from "
            + "the first line of FILE (keep it readable by its owner only). Never give a passphrase on the command line.")
    Path passphraseFile;

    @Override
    public Integer call() {
        if (keep != null && keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1: " + keep);
        }
        Path folder = to;
        if (folder == null) {
            Settings s = Settings.load();
            folder = s.admin().backupDirectory().orElse(s.dataDirectory().resolve("backups"));
        }
        if (passphraseFile != null && !encrypt) {
            throw new IllegalArgumentException("--passphrase-file is for --encrypt");
        }
        Path database = db.path().toAbsolutePath();
        DbOption.unlock(database); // an encrypted store is backed up encrypted, with its key file
        org.zenome.store.StoreBackup backups = new SqliteStoreBackup(database, ZenomeCli.version());
        org.zenome.store.EncryptedStoreBackup encrypted = null;
        if (encrypt) {
            char[] passphrase;
            try {
                passphrase = BackupPassphrase.read(passphraseFile, true);
            } catch (BackupPassphrase.Problem e) {
                spec.commandLine().getErr().println("zenome: " + e.getMessage());
                return e.exit;
            }
            encrypted = new org.zenome.store.EncryptedStoreBackup(backups, database.getParent(), passphrase, true);
            java.util.Arrays.fill(passphrase, '\0');
            backups = encrypted;
        }
        BackupSchedule schedule = new BackupSchedule(backups, folder,
                java.time.Duration.ofDays(1), keep == null ? 0 : keep, Clock.systemUTC());
        Path written;
        try {
            written = schedule.runNow("os:" + System.getProperty("user.name", ""));
        } finally {
            if (encrypted != null) {
                encrypted.close();
            }
        }
        BackupManifest m = BackupManifest.read(written.resolve(BackupManifest.FILE_NAME));
        PrintWriter out = spec.commandLine().getOut();
        out.println("backup\t" + written + "\t" + m.cases() + "\t" + m.files() + "\t" + m.bytes() + "\t"
                + m.auditEntries());
        out.flush();
        return ZenomeCli.OK;
    }
}
