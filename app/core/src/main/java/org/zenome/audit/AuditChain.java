package org.zenome.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The hash chain of the audit log. Each entry's hash is SHA-256 over the previous entry's hash and the
 * entry's canonical content (sequence number, time, user, action, entity, case, before, after), each field
 * length-prefixed so that no two different entries share a canonical form. Changing, deleting, inserting or
 * reordering entries breaks the chain at the first entry touched; removing the newest entries is caught by
 * the separately kept head (last sequence number and hash).
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The canonical content of an entry (without its hashes). */
    public static String canonical(long seq, Instant at, String actor, String action, String entityType,
                                   String entityId, String caseId, String before, String after) {
        StringBuilder b = new StringBuilder(256);
        field(b, Long.toString(seq));
        field(b, at.toString());
        field(b, actor);
        field(b, action);
        field(b, entityType);
        field(b, entityId);
        field(b, caseId);
        field(b, before);
        field(b, after);
        return b.toString();
    }

    private static void field(StringBuilder b, String v) {
        if (v == null) {
            b.append("-;");
        } else {
            b.append(v.length()).append(':').append(v).append(';');
        }
    }

    /** SHA-256 (hex) of the previous hash and the canonical content. */
    public static String hash(String prevHash, String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            md.update((byte) '\n');
            md.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The hash an entry must carry given the hash before it. */
    public static String hashOf(AuditEntry e, String prevHash) {
        return hash(prevHash, canonical(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.caseId(), e.before(), e.after()));
    }

    /**
     * Verifies entries in sequence order against the recorded head.
     *
     * @param headSeq  last sequence number recorded in the head, 0 when none
     * @param headHash hash recorded in the head, null when none
     */
    public static AuditVerification verify(Iterable<AuditEntry> entries, long headSeq, String headHash) {
        String prev = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return AuditVerification.broken(count, e.seq(), e.seq() > expectedSeq
                        ? "entries " + expectedSeq + (e.seq() - 1 > expectedSeq ? "-" + (e.seq() - 1) : "")
                          + " are missing before entry " + e.seq()
                        : "entry " + e.seq() + " is out of sequence (expected " + expectedSeq + ")");
            }
            if (!Objects.equals(e.prevHash(), prev)) {
                return AuditVerification.broken(count, e.seq(), "entry " + e.seq()
                        + " does not follow the entry before it (previous hash differs)");
            }
            if (!Objects.equals(hashOf(e, prev), e.hash())) {
                return AuditVerification.broken(count, e.seq(), "entry " + e.seq()
                        + " was altered (its content does not match its hash)");
            }
            prev = e.hash();
            expectedSeq++;
            count++;
        }
        long last = expectedSeq - 1;
        if (headHash == null && last > 0) {
            return AuditVerification.broken(count, last, "the chain head is missing (last entry " + last + ")");
        }
        if (headHash != null && (headSeq != last || !headHash.equals(last == 0 ? headHash : prev))) {
            long first = Math.min(headSeq, last) + 1;
            return AuditVerification.broken(count, headSeq > last ? first : last, headSeq > last
                    ? "entries " + first + (headSeq > first ? "-" + headSeq : "") + " are missing at the end of the log"
                    : "the chain head does not match entry " + last);
        }
        return AuditVerification.intact(count, prev);
    }

    /** Convenience for a list. */
    public static AuditVerification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        return verify((Iterable<AuditEntry>) entries, headSeq, headHash);
    }
}
