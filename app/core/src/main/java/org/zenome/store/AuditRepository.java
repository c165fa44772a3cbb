package org.zenome.store;

import java.time.Instant;
import java.util.List;
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
}
