package org.zenome.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zenome.audit.AuditAnchor;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditVerification;

/** The append-only, hash-chained audit log. */
public interface AuditRepository {

    /** Appends an entry in its own transaction (acts whose data is written elsewhere, e.g. an import). */
    AuditEntry append(String actor, AuditEvent event);

    /**
     * Entries in sequence order, filtered; null filters match everything.
     *
     * @param from inclusive, {@code to} exclusive
     */
    List<AuditEntry> list(String caseId, String actor, Instant from, Instant to);

    /** Checks the whole chain and its head. */
    AuditVerification verify();

    /** The entry with this sequence number. */
    default Optional<AuditEntry> entry(long seq) {
        return list(null, null, null, null).stream().filter(e -> e.seq() == seq).findFirst();
    }

    /** The entry carrying this hash. */
    default Optional<AuditEntry> entryWithHash(String hash) {
        return list(null, null, null, null).stream().filter(e -> e.hash().equalsIgnoreCase(hash)).findFirst();
    }

    /**
     * Checks the whole chain and that it still contains the entry {@code expected} recorded outside the
     * database: when the log was truncated before it, or rewritten at or before it (even with every hash
     * recomputed), the result is broken. A null anchor checks the chain only.
     */
    default AuditVerification verify(AuditAnchor expected) {
        AuditVerification v = verify();
        if (!v.intact() || expected == null) {
            return v;
        }
        return AuditVerification.againstAnchor(v, expected, expected.seq() > 0 ? entry(expected.seq())
                : entryWithHash(expected.hash()));
    }
}
