package org.zenome.classification;

/** Where a confirmatory test stands. */
public enum ConfirmationStatus {
    NOT_ORDERED,
    ORDERED,
    /** The test confirmed the finding. */
    CONFIRMED,
    /** The test did not confirm the finding. */
    NOT_CONFIRMED
}
