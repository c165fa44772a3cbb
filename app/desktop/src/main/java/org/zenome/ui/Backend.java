package org.zenome.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.zenome.store.CaseStore;
import org.zenome.ui.importer.ImportService;

/** The core services the desktop application is built on; {@link CoreBackend} is the real one. */
public interface Backend {

    /** Opens (creating and migrating if needed) the case database. Runs on the worker. */
    CaseStore open(Path database) throws Exception;

    /**
     * Opens the store at a location: a file path, or a {@code jdbc:postgresql://} URL whose password, when no
     * password file has it, {@code prompt} asks for. Runs on the worker.
     */
    default CaseStore open(String location, org.zenome.store.postgres.PgCredentials.Prompt prompt) throws Exception {
        return open(Path.of(location));
    }

    /** Whether the store at {@code database} is encrypted and not yet unlocked in this process. */
    default boolean needsPassphrase(Path database) {
        return false;
    }

    /**
     * Unlocks the encrypted store at {@code database} with the administrator's passphrase. Runs on the worker.
     *
     * @throws org.zenome.store.WrongPassphraseException when it is not the store's passphrase
     */
    default void unlock(Path database, char[] passphrase) {
        throw new UnsupportedOperationException("this build opens no encrypted store");
    }

    ImportService importService(CaseStore store);

    /** The import service whose imports are audited under the user {@code actor} supplies. */
    default ImportService importService(CaseStore store, java.util.function.Supplier<String> actor) {
        return importService(store);
    }

    /** The demo data generator, when the build has one. */
    Optional<DemoCaseProvider> demoCases();

    /** Backups of the store at {@code database} (scheduled copies), when its engine has them here. */
    default Optional<org.zenome.store.StoreBackup> backups(Path database) {
        return Optional.empty();
    }

    /** Reports of the open store (preview, issue, versions), when the build has them. */
    default Optional<org.zenome.ui.report.ReportBackend> reports(CaseStore store) {
        return Optional.empty();
    }
}
