package org.zenome.store;

/**
 * An act another application instance recorded in the shared store (announced through its audit entry), so open
 * windows can refresh: who did what on which case.
 *
 * @param seq    the audit entry's sequence number
 * @param caseId the case, null for acts outside a case (users, meetings)
 * @param action the audit action (e.g. {@code case.vote}, {@code classification.criterion}, {@code case.sign-off})
 * @param actor  the user who did it
 */
public record StoreChange(long seq, String caseId, String action, String actor) {
}
