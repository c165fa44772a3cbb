package org.zenome.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.zenome.store.NoteDraftRepository;

/** Note drafts in the main database (table note_draft); each save is one small transaction. */
final class SqliteNoteDraftRepository implements NoteDraftRepository {
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteNoteDraftRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public void save(String username, String caseId, String findingRef, String text, Instant at) {
        store.inTransaction("save the note draft", c -> {
            if (text == null || text.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM note_draft WHERE username=? AND case_id=? AND finding_ref=?")) {
                    ps.setString(1, username);
                    ps.setString(2, caseId);
                    ps.setString(3, findingRef);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_draft (username, case_id, finding_ref, "
                    + "text, updated_at) VALUES (?,?,?,?,?) ON CONFLICT (username, case_id, finding_ref) "
                    + "DO UPDATE SET text=excluded.text, updated_at=excluded.updated_at")) {
                ps.setString(1, username);
                ps.setString(2, caseId);
                ps.setString(3, findingRef);
                ps.setString(4, text);
                ps.setString(5, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> find(String username, String caseId, String findingRef) {
        return store.reading("read the note draft", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT text FROM note_draft WHERE username=? AND case_id=? AND finding_ref=?")) {
                ps.setString(1, username);
                ps.setString(2, caseId);
                ps.setString(3, findingRef);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
