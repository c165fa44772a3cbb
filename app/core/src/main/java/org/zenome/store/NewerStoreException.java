package org.zenome.store;

/** A restore refused because the store holds work the backup lacks (or cannot be read); nothing was changed. */
public class NewerStoreException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NewerStoreException(String message) {
        super(message);
    }
}
