package org.zenome.audit;

import java.time.Instant;

/** One entry of the audit log as stored: the event, who did it when, and its place in the hash chain. */
public record AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
                         String caseId, String before, String after, String prevHash, String hash) {
}
