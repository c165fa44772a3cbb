package org.zenome.audit;

import java.util.Objects;

/**
 * A clinically relevant act to record: what was done to which entity, with its state before and after
 * (canonical JSON text, null when there is none).
 *
 * @param action     e.g. {@code case.import}, {@code vote.record}, {@code case.sign-off}
 * @param entityType e.g. {@code case}, {@code meeting}, {@code decision}
 * @param caseId     the case the act concerns, null for acts on no case (users, meetings)
 */
public record AuditEvent(String action, String entityType, String entityId, String caseId, String before,
                         String after) {
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }
}
