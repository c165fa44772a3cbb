package org.zenome.audit;

/**
 * Result of checking the audit chain.
 *
 * @param entries      entries checked and found sound (before the first broken one)
 * @param firstBroken  sequence number of the first broken entry, 0 when intact
 * @param problem      what is wrong there, null when intact
 * @param headHash     hash of the last entry when intact (to note down outside the database)
 */
public record AuditVerification(long entries, long firstBroken, String problem, String headHash) {
    public boolean intact() {
        return problem == null;
    }

    static AuditVerification intact(long entries, String headHash) {
        return new AuditVerification(entries, 0, null, headHash);
    }

    static AuditVerification broken(long entries, long firstBroken, String problem) {
        return new AuditVerification(entries, firstBroken, problem, null);
    }
}
