package org.zenome.importer;

/** Receives progress from an import and may cancel it. Called from the import thread. */
public interface ImportListener {

    /** Progress, called a few times per second at most. */
    void progress(ImportProgress progress);

    /** Polled by the importer; true makes the import stop and roll back. */
    default boolean cancelled() {
        return false;
    }

    ImportListener NONE = p -> { };
}
