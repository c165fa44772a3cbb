package org.zenome.store;

/**
 * The file given as the case store is not a store this version can use: not an SQLite file, another program's
 * database, a database written by a newer Zenome, or a damaged or cut-short file. Bad input (exit 3 on the command
 * line), not a failure of Zenome; nothing was changed. The message names the file and the problem.
 */
public class InvalidStoreException extends StoreException {
    private static final long serialVersionUID = 1L;

    public InvalidStoreException(String message) {
        super(message);
    }

    public InvalidStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
