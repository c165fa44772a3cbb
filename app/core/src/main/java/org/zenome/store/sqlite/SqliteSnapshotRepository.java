package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zenome.domain.CaseSnapshot;
import org.zenome.store.SnapshotRepository;
import org.zenome.store.StoreException;

/** Genome browser pictures of a case, in the main database (table case_snapshot). */
final class SqliteSnapshotRepository implements SnapshotRepository {
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteSnapshotRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public long save(long casePk, CaseSnapshot s) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_snapshot (case_pk, locus, format, width, "
                    + "height, created_at, content) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, casePk);
                ps.setString(2, s.locus());
                ps.setString(3, s.format());
                ps.setInt(4, s.width());
                ps.setInt(5, s.height());
                ps.setString(6, (s.created() == null ? Instant.now() : s.created()).toString());
                ps.setBytes(7, s.content());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot save the snapshot: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<CaseSnapshot> list(long casePk) {
        Connection c = store.main();
        synchronized (c) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, locus, format, width, height, created_at, content "
                    + "FROM case_snapshot WHERE case_pk=? ORDER BY id")) {
                ps.setLong(1, casePk);
                List<CaseSnapshot> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseSnapshot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), Instant.parse(rs.getString(6)), rs.getBytes(7)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException(store.location() + ": cannot read the snapshots: " + e.getMessage(), e);
            }
        }
    }
}
