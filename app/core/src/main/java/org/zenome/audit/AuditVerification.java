package org.zenome.audit;

/**
 * Result of checking the audit chain.
 *
 * @param entries      entries checked and found sound (before the first broken one)
 * @param firstBroken  sequence number of the first broken entry, 0 when intact or not known (a recorded head
 *                     hash found nowhere in the log)
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

    /** The head (last sequence number and hash) of an intact chain. */
    public AuditAnchor head() {
        if (!intact() || entries == 0) {
            throw new IllegalStateException(intact() ? "the audit log is empty" : "the audit log is broken");
        }
        return new AuditAnchor(entries, headHash);
    }

    /**
     * The result of checking an intact chain against an anchor recorded outside the database, given the entry
     * found at the anchor's sequence number (or, without one, carrying its hash).
     */
    public static AuditVerification againstAnchor(AuditVerification chain, AuditAnchor anchor,
                                                  java.util.Optional<AuditEntry> found) {
        if (!chain.intact()) {
            return chain;
        }
        if (anchor.seq() > 0) {
            if (found.isEmpty()) {
                return broken(chain.entries(), chain.entries() + 1, "the recorded head is entry " + anchor.seq()
                        + " but the log ends at entry " + chain.entries() + ": entries "
                        + (chain.entries() + 1) + (anchor.seq() > chain.entries() + 1 ? "-" + anchor.seq() : "")
                        + " were removed (truncated)");
            }
            if (!found.get().hash().equalsIgnoreCase(anchor.hash())) {
                return broken(chain.entries(), anchor.seq(), "entry " + anchor.seq() + " no longer carries the "
                        + "recorded head hash " + anchor.hash() + ": the log was rewritten at or before entry "
                        + anchor.seq());
            }
            return chain;
        }
        if (found.isEmpty()) {
            return broken(chain.entries(), 0, "the recorded head hash " + anchor.hash()
                    + " is in none of the " + chain.entries() + " entries: the log was truncated or rewritten "
                    + "after it was recorded");
        }
        return chain;
    }
}
