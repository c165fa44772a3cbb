package org.zenome.store;

/**
 * The passphrase given for an encrypted backup or an encrypted store is not the one it was written with; nothing was
 * changed.
 */
public class WrongPassphraseException extends BackupInvalidException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String message) {
        super(message);
    }
}
