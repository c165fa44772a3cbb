package org.zenome.audit;

import java.util.Locale;

/**
 * A point of the audit chain recorded outside the database (in a hospital log book, on a signed report): the
 * sequence number of an entry and its hash. A later check that finds the same hash at the same place proves
 * that nothing up to that entry was changed, deleted or re-ordered since, even by someone who recomputed every
 * hash in the database; a log that lost the entry was truncated.
 *
 * @param seq  sequence number of the entry, 0 when only the hash was noted
 * @param hash SHA-256 of the entry (64 lower-case hex digits)
 */
public record AuditAnchor(long seq, String hash) {

    public AuditAnchor {
        if (seq < 0) {
            throw new IllegalArgumentException("a negative sequence number");
        }
        if (hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("'" + hash + "' is not an audit hash (64 hexadecimal digits)");
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** {@code HASH} or {@code SEQ:HASH} as {@link #toString()} writes it. */
    public static AuditAnchor parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new AuditAnchor(0, t);
        }
        long seq;
        try {
            seq = Long.parseLong(t.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not an audit head (HASH or SEQ:HASH)");
        }
        if (seq < 1) {
            throw new IllegalArgumentException("'" + t + "': audit entries are numbered from 1");
        }
        return new AuditAnchor(seq, t.substring(colon + 1).strip());
    }

    public static AuditAnchor of(AuditEntry e) {
        return new AuditAnchor(e.seq(), e.hash());
    }

    /** {@code SEQ:HASH}, or the hash alone when the sequence number is unknown. */
    @Override
    public String toString() {
        return seq == 0 ? hash : seq + ":" + hash;
    }
}
