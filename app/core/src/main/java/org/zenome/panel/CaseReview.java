package org.zenome.panel;

import java.time.Instant;

/**
 * One version of a case's panel review. A signed version is read-only; an amendment opens the next one.
 *
 * @param amendmentReason why this version was opened, null for version 1
 */
public record CaseReview(String caseId, int number, String conclusion, String summary, Instant openedAt,
                         String openedBy, String amendmentReason, String signedBy, Instant signedAt, Long meetingId) {
    public boolean signed() {
        return signedAt != null;
    }
}
