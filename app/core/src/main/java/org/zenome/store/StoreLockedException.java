package org.zenome.store;

/** The store is encrypted and this process has not been given its passphrase; nothing was opened. */
public class StoreLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message);
    }
}
