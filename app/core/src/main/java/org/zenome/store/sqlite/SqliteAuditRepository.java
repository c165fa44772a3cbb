package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.zenome.audit.AuditChain;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditVerification;
import org.zenome.store.AuditRepository;
import org.zenome.store.StoreException;

/**
 * The audit log in the main database. Entries are appended inside the transaction of the act they record
 * ({@link #append(Connection, String, AuditEvent)}), so an act and its entry commit or roll back together.
 */
final class SqliteAuditRepository implements AuditRepository {
    private static final String COLUMNS = "seq, at, actor, action, entity_type, entity_id, case_id, before_state, "
            + "after_state, prev_hash, hash";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteAuditRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public AuditEntry append(String actor, AuditEvent event) {
        return store.inTransaction("record the audit entry", c -> append(c, actor, event));
    }

    /** Appends within the caller's (immediate) transaction. */
    static AuditEntry append(Connection c, String actor, AuditEvent e) throws SQLException {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audited act needs the user who did it");
        }
        long seq = 1;
        String prev = AuditChain.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id=1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        Instant at = Instant.now();
        String hash = AuditChain.hash(prev, AuditChain.canonical(seq, at, actor, e.action(), e.entityType(),
                e.entityId(), e.caseId(), e.before(), e.after()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, at.toString());
            ps.setString(3, actor);
            ps.setString(4, e.action());
            ps.setString(5, e.entityType());
            ps.setString(6, e.entityId());
            ps.setString(7, e.caseId());
            ps.setString(8, e.before());
            ps.setString(9, e.after());
            ps.setString(10, prev);
            ps.setString(11, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_head (id, seq, hash) VALUES (1,?,?) ON CONFLICT (id) DO UPDATE SET seq=excluded.seq, "
                + "hash=excluded.hash")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, at, actor, e.action(), e.entityType(), e.entityId(), e.caseId(), e.before(),
                e.after(), prev, hash);
    }

    /** The newest entry about a case (who changed it last, for conflict messages). */
    static AuditEntry lastForCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM audit_entry WHERE case_id=? ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    @Override
    public List<AuditEntry> list(String caseId, String actor, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1=1");
        List<String> args = new ArrayList<>();
        if (caseId != null) {
            sql.append(" AND case_id=?");
            args.add(caseId);
        }
        if (actor != null) {
            sql.append(" AND actor=?");
            args.add(actor);
        }
        if (from != null) {
            sql.append(" AND at>=?");
            args.add(from.toString());
        }
        if (to != null) {
            sql.append(" AND at<?");
            args.add(to.toString());
        }
        sql.append(" ORDER BY seq");
        return store.reading("read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public java.util.Optional<AuditEntry> entry(long seq) {
        return store.reading("read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry WHERE seq=?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(readLenient(rs)) : java.util.Optional.<AuditEntry>empty();
                }
            }
        });
    }

    @Override
    public java.util.Optional<AuditEntry> entryWithHash(String hash) {
        return store.reading("read the audit log", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM audit_entry WHERE hash=? ORDER BY seq LIMIT 1")) {
                ps.setString(1, hash.toLowerCase(java.util.Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(readLenient(rs)) : java.util.Optional.<AuditEntry>empty();
                }
            }
        });
    }

    @Override
    public AuditVerification verify() {
        // one read transaction: a consistent snapshot even while another instance appends
        return store.inTransaction("verify the audit log", c -> {
            long headSeq = 0;
            String headHash = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id=1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    headSeq = rs.getLong(1);
                    headHash = rs.getString(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                Iterable<AuditEntry> rows = () -> new Iterator<>() {
                    private Boolean hasNext;

                    @Override
                    public boolean hasNext() {
                        if (hasNext == null) {
                            try {
                                hasNext = rs.next();
                            } catch (SQLException e) {
                                throw new StoreException(store.location() + ": cannot read the audit log: "
                                        + e.getMessage(), e);
                            }
                        }
                        return hasNext;
                    }

                    @Override
                    public AuditEntry next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        hasNext = null;
                        try {
                            return readLenient(rs);
                        } catch (SQLException e) {
                            throw new StoreException(store.location() + ": unreadable audit entry: "
                                    + e.getMessage(), e);
                        }
                    }
                };
                return AuditChain.verify(rows, headSeq, headHash);
            }
        });
    }

    /** As {@link #read} but an unreadable time becomes {@link Instant#MIN}, so the hash check reports the entry. */
    private static AuditEntry readLenient(ResultSet rs) throws SQLException {
        Instant at;
        try {
            at = Instant.parse(rs.getString(2));
        } catch (RuntimeException e) {
            at = Instant.MIN;
        }
        return new AuditEntry(rs.getLong(1), at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }
}
