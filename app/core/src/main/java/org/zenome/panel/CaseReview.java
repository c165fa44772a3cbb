package org.zenome.panel;

import java.time.Instant;
import org.zenome.audit.AuditAnchor;

/**
 * One version of a case's panel review. A signed version is read-only; an amendment opens the next one.
 *
 * @param amendmentReason why this version was opened, null for version 1
 * @param signedAudit     the audit entry that recorded the sign-off (printed on the report, to check the log
 *                        against later with {@code audit verify --expect-head}), null while not signed
 */
public record CaseReview(String caseId, int number, String conclusion, String summary, Instant openedAt,
                         String openedBy, String amendmentReason, String signedBy, Instant signedAt, Long meetingId,
                         AuditAnchor signedAudit) {

    public CaseReview(String caseId, int number, String conclusion, String summary, Instant openedAt,
                      String openedBy, String amendmentReason, String signedBy, Instant signedAt, Long meetingId) {
        this(caseId, number, conclusion, summary, openedAt, openedBy, amendmentReason, signedBy, signedAt, meetingId,
                null);
    }

    public boolean signed() {
        return signedAt != null;
    }
}
