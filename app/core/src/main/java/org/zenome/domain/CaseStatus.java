package org.zenome.domain;

/** Life cycle of a case, from sample receipt to the returned report. */
public enum CaseStatus {
    RECEIVED,
    DATA_READY,
    UNDER_REVIEW,
    ON_AGENDA,
    DISCUSSED,
    SIGNED_OFF,
    REPORTED,
    AMENDED
}
