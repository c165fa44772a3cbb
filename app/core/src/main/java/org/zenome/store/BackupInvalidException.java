package org.zenome.store;

/** A backup folder that is not a complete, sound backup this version can restore; the message names the file. */
public class BackupInvalidException extends StoreException {
    private static final long serialVersionUID = 1L;

    public BackupInvalidException(String message) {
        super(message);
    }

    public BackupInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
