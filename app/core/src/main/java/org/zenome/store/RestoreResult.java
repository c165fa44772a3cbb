package org.zenome.store;

import java.nio.file.Path;

/**
 * A finished restore.
 *
 * @param backup   what was restored
 * @param previous where the replaced store was moved (its database; its findings folder beside it), null when
 *                 there was none
 */
public record RestoreResult(BackupManifest backup, Path previous) {
}
