package org.zenome.classification;

/** What the reviewer did with a criterion. Only accepted calls count towards a class. */
public enum CallStatus {
    /** The reviewer applied the criterion. */
    ACCEPTED,
    /** The reviewer looked at the criterion (usually a suggestion) and decided it does not apply. */
    REJECTED,
    /** Proposed by the suggestion engine, not yet reviewed; never counted (suggestions need a reviewer's click). */
    SUGGESTED
}
