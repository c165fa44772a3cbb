package org.zenome.store;

import java.time.Instant;

/** The record changed since it was read (another user or application instance); reload and retry. */
public class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String changedBy;
    private final transient Instant changedAt;

    public ConflictException(String message, String changedBy, Instant changedAt) {
        super(message);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who made the last change, null when unknown. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
