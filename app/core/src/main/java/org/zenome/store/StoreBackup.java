package org.zenome.store;

import java.nio.file.Path;

/**
 * Backups of a case store: a folder holding a consistent copy of everything the store keeps (for SQLite the
 * database and the per-case findings files), its checksums and a manifest. Taken while the application runs;
 * each backup is checked (database integrity, audit chain) before it counts as written, and again before a
 * restore. See docs/adr/backup-and-restore.md.
 */
public interface StoreBackup {

    /**
     * Writes a backup into {@code folder}, which must not exist yet. Nothing is left behind when it fails
     * (a half-written backup is removed, the store is only read).
     *
     * @return what the backup holds
     * @throws StoreException naming the problem (no space left, no permission, damaged store)
     */
    default BackupManifest create(Path folder) {
        return create(folder, "");
    }

    /**
     * As {@link #create(Path)}, recording who made the backup ({@link BackupManifest#madeBy()}).
     */
    BackupManifest create(Path folder, String madeBy);

    /**
     * Checks a backup without changing anything: every file against its checksum, the database's integrity and
     * the audit chain.
     *
     * @throws BackupInvalidException when it is not a complete, sound backup that this version can restore
     */
    BackupManifest verify(Path folder);

    /**
     * Replaces the store with the backup after checking it. A store that holds changes the backup lacks (a longer
     * or different audit log) or that cannot be read is only replaced with {@code overwriteNewer}; the replaced
     * store is always kept beside it ({@link RestoreResult#previous()}).
     *
     * @throws BackupInvalidException when the backup is damaged or from a newer version
     * @throws NewerStoreException    when the store is newer than the backup and {@code overwriteNewer} is false
     */
    RestoreResult restore(Path folder, boolean overwriteNewer);
}
