package org.zenome.store;

/**
 * The database was written by a newer version of Zenome (its schema is beyond what this version knows): nothing is
 * wrong with the file, this version cannot use it. A separate type so that the desktop can say what to do (install
 * that version) rather than "restore a backup".
 */
public class NewerSchemaException extends InvalidStoreException {
    private static final long serialVersionUID = 1L;

    public NewerSchemaException(String message) {
        super(message);
    }
}
