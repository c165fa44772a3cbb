package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zenome.audit.AuditEntry;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.domain.CaseStatus;
import org.zenome.panel.CaseReview;
import org.zenome.panel.Decision;
import org.zenome.panel.DiscussionNote;
import org.zenome.panel.NoteKind;
import org.zenome.panel.Outcome;
import org.zenome.panel.PanelRole;
import org.zenome.panel.RecommendedAction;
import org.zenome.panel.StatusChange;
import org.zenome.panel.Vote;
import org.zenome.panel.VoteValue;
import org.zenome.store.CaseLockedException;
import org.zenome.store.ConflictException;
import org.zenome.store.ReviewRepository;
import org.zenome.store.StoreException;

/** The panel record of the cases in the main database. */
final class SqliteReviewRepository implements ReviewRepository {
    private static final String REVIEW_COLUMNS = "case_id, number, conclusion, summary, opened_at, opened_by, "
            + "amendment_reason, signed_by, signed_at, meeting_id, signed_audit_seq, signed_audit_hash";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteReviewRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    // ---- reads ----

    @Override
    public Optional<CaseReview> current(String caseId) {
        return store.reading("read the case review", c -> current(c, caseId));
    }

    static Optional<CaseReview> current(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS
                + " FROM case_review WHERE case_id=? ORDER BY number DESC LIMIT 1")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readReview(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<CaseReview> versions(String caseId) {
        return store.reading("read the case review", c -> {
            List<CaseReview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS
                    + " FROM case_review WHERE case_id=? ORDER BY number")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readReview(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<DiscussionNote> notes(String caseId, int version) {
        return store.reading("read the discussion", c -> {
            List<DiscussionNote> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, finding_ref, meeting_id, kind, author, at, text "
                    + "FROM discussion_note WHERE case_id=? AND review_version=? ORDER BY id")) {
                ps.setString(1, caseId);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long m = rs.getLong(3);
                        out.add(new DiscussionNote(rs.getLong(1), caseId, version, rs.getString(2),
                                rs.wasNull() ? null : m, NoteKind.valueOf(rs.getString(4)), rs.getString(5),
                                Instant.parse(rs.getString(6)), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Vote> votes(String caseId, int version) {
        return store.reading("read the votes", c -> votes(c, caseId, version, null, null));
    }

    private static List<Vote> votes(Connection c, String caseId, int version, String findingRef, Long attendeeId)
            throws SQLException {
        List<Vote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.finding_ref, v.meeting_id, v.attendee_id, "
                + "a.name, a.role, v.value, v.recorded_by, v.at FROM vote v JOIN attendee a ON a.id=v.attendee_id "
                + "WHERE v.case_id=? AND v.review_version=? AND (? IS NULL OR v.finding_ref=?) "
                + "AND (? IS NULL OR v.attendee_id=?) ORDER BY v.finding_ref, v.id")) {
            ps.setString(1, caseId);
            ps.setInt(2, version);
            ps.setString(3, findingRef);
            ps.setString(4, findingRef);
            if (attendeeId == null) {
                ps.setNull(5, java.sql.Types.INTEGER);
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setLong(5, attendeeId);
                ps.setLong(6, attendeeId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Vote(rs.getLong(1), caseId, version, rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5), PanelRole.valueOf(rs.getString(6)), VoteValue.valueOf(rs.getString(7)),
                            rs.getString(8), Instant.parse(rs.getString(9))));
                }
            }
        }
        return out;
    }

    @Override
    public List<Decision> decisions(String caseId, int version) {
        return store.reading("read the decisions", c -> decisions(c, caseId, version));
    }

    private static List<Decision> decisions(Connection c, String caseId, int version) throws SQLException {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, finding_ref, finding_label, classification, "
                + "evidence, outcome, rationale, meeting_id, recorded_by, at FROM decision WHERE case_id=? "
                + "AND review_version=? ORDER BY id")) {
            ps.setString(1, caseId);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long m = rs.getLong(8);
                    Long meeting = rs.wasNull() ? null : m;
                    out.add(new Decision(id, caseId, version, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Outcome.valueOf(rs.getString(6)), rs.getString(7), actions(c, id),
                            meeting, rs.getString(9), Instant.parse(rs.getString(10))));
                }
            }
        }
        return out;
    }

    private static List<RecommendedAction> actions(Connection c, long decisionId) throws SQLException {
        List<RecommendedAction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, detail, evidence_level FROM recommended_action "
                + "WHERE decision_id=? ORDER BY position")) {
            ps.setLong(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecommendedAction(org.zenome.panel.ActionKind.valueOf(rs.getString(1)),
                            rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    @Override
    public List<StatusChange> statusHistory(String caseId) {
        return store.reading("read the status history", c -> {
            List<StatusChange> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status, at, by_user FROM case_status_history "
                    + "WHERE case_id=? ORDER BY id")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StatusChange(caseId, CaseStatus.valueOf(rs.getString(1)),
                                Instant.parse(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean isLocked(String caseId) {
        return store.reading("read the case review", c -> current(c, caseId).map(CaseReview::signed).orElse(false));
    }

    // ---- writes ----

    @Override
    public DiscussionNote addNote(String actor, long expectedVersion, String caseId, String findingRef, Long meetingId,
                                  NoteKind kind, String text) {
        requireText(text, "the note");
        return store.inTransaction("record the note", c -> {
            int v = openForWriting(c, actor, expectedVersion, caseId);
            Instant now = Instant.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO discussion_note (case_id, review_version, "
                    + "finding_ref, meeting_id, kind, author, at, text) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, caseId);
                ps.setInt(2, v);
                ps.setString(3, findingRef);
                setLong(ps, 4, meetingId);
                ps.setString(5, kind.name());
                ps.setString(6, actor);
                ps.setString(7, now.toString());
                ps.setString(8, text);
                ps.executeUpdate();
                id = generated(ps);
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent(kind == NoteKind.PROPOSAL ? "discussion.proposal"
                    : "discussion.note", "finding", findingRef, caseId, null, AuditJson.of("version", v, "meeting",
                    meetingId, "text", text)));
            return new DiscussionNote(id, caseId, v, findingRef, meetingId, kind, actor, now, text);
        });
    }

    @Override
    public Vote recordVote(String actor, long expectedVersion, String caseId, String findingRef, long meetingId,
                           long attendeeId, VoteValue value) {
        return store.inTransaction("record the vote", c -> {
            int v = openForWriting(c, actor, expectedVersion, caseId);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM attendee a JOIN agenda_item g ON "
                    + "g.meeting_id=a.meeting_id WHERE a.id=? AND a.meeting_id=? AND g.case_id=?")) {
                ps.setLong(1, attendeeId);
                ps.setLong(2, meetingId);
                ps.setString(3, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("attendee " + attendeeId + " does not attend meeting "
                                + meetingId + " or case " + caseId + " is not on its agenda");
                    }
                }
            }
            List<Vote> before = votes(c, caseId, v, findingRef, attendeeId);
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote (case_id, review_version, finding_ref, "
                    + "meeting_id, attendee_id, value, recorded_by, at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT "
                    + "(case_id, review_version, finding_ref, attendee_id) DO UPDATE SET value=excluded.value, "
                    + "meeting_id=excluded.meeting_id, recorded_by=excluded.recorded_by, at=excluded.at")) {
                ps.setString(1, caseId);
                ps.setInt(2, v);
                ps.setString(3, findingRef);
                ps.setLong(4, meetingId);
                ps.setLong(5, attendeeId);
                ps.setString(6, value.name());
                ps.setString(7, actor);
                ps.setString(8, now.toString());
                ps.executeUpdate();
            }
            Vote after = votes(c, caseId, v, findingRef, attendeeId).get(0);
            SqliteAuditRepository.append(c, actor, new AuditEvent("vote.record", "finding", findingRef, caseId,
                    before.isEmpty() ? null : AuditJson.of("attendee", attendeeId, "vote", before.get(0).value()),
                    AuditJson.of("version", v, "meeting", meetingId, "attendee", attendeeId, "name",
                            after.attendeeName(), "role", after.attendeeRole(), "vote", value)));
            return after;
        });
    }

    @Override
    public Decision recordDecision(String actor, long expectedVersion, String caseId, String findingRef,
                                   String label, String klass, String evid, Outcome outcome,
                                   String rationale, List<RecommendedAction> actions, Long meetingId) {
        requireText(rationale, "the rationale");
        return store.inTransaction("record the decision", c -> {
            int v = openForWriting(c, actor, expectedVersion, caseId);
            Decision before = decisions(c, caseId, v).stream().filter(d -> d.findingRef().equals(findingRef))
                    .findFirst().orElse(null);
            String findingLabel = label != null ? label : before != null ? before.findingLabel() : "";
            String classification = klass != null ? klass : before != null ? before.classification() : "";
            String evidence = evid != null ? evid : before != null ? before.evidence() : "";
            if (before != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM decision WHERE id=?")) {
                    ps.setLong(1, before.id());
                    ps.executeUpdate();
                }
            }
            Instant now = Instant.now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision (case_id, review_version, finding_ref, "
                    + "finding_label, classification, evidence, outcome, rationale, meeting_id, recorded_by, at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, caseId);
                ps.setInt(2, v);
                ps.setString(3, findingRef);
                ps.setString(4, nz(findingLabel));
                ps.setString(5, nz(classification));
                ps.setString(6, nz(evidence));
                ps.setString(7, outcome.name());
                ps.setString(8, rationale);
                setLong(ps, 9, meetingId);
                ps.setString(10, actor);
                ps.setString(11, now.toString());
                ps.executeUpdate();
                id = generated(ps);
            }
            insertActions(c, id, actions);
            Decision after = new Decision(id, caseId, v, findingRef, findingLabel, classification, evidence, outcome,
                    rationale, actions, meetingId, actor, now);
            SqliteAuditRepository.append(c, actor, new AuditEvent("decision.record", "finding", findingRef, caseId,
                    before == null ? null : state(before), state(after)));
            moveStatusIfBefore(c, actor, caseId, CaseStatus.DISCUSSED);
            return after;
        });
    }

    private static void insertActions(Connection c, long decisionId, List<RecommendedAction> actions)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recommended_action (decision_id, position, kind, "
                + "detail, evidence_level) VALUES (?,?,?,?,?)")) {
            int i = 0;
            for (RecommendedAction a : actions) {
                ps.setLong(1, decisionId);
                ps.setInt(2, ++i);
                ps.setString(3, a.kind().name());
                ps.setString(4, a.detail());
                ps.setString(5, a.evidenceLevel());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String state(Decision d) {
        return AuditJson.of("version", d.reviewVersion(), "finding", d.findingLabel(), "classification",
                d.classification(), "evidence", d.evidence(), "outcome", d.outcome(), "rationale", d.rationale(),
                "actions", d.actions().stream().map(RecommendedAction::toString).toList(), "meeting", d.meetingId());
    }

    @Override
    public CaseReview conclude(String actor, long expectedVersion, String caseId, String conclusion, String summary) {
        return store.inTransaction("record the conclusion", c -> {
            int v = openForWriting(c, actor, expectedVersion, caseId);
            CaseReview before = current(c, caseId).orElseThrow();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE case_review SET conclusion=?, summary=? WHERE case_id=? AND number=?")) {
                ps.setString(1, nz(conclusion));
                ps.setString(2, nz(summary));
                ps.setString(3, caseId);
                ps.setInt(4, v);
                ps.executeUpdate();
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent("case.conclusion", "case", caseId, caseId,
                    AuditJson.of("version", v, "conclusion", before.conclusion(), "summary", before.summary()),
                    AuditJson.of("version", v, "conclusion", nz(conclusion), "summary", nz(summary))));
            return current(c, caseId).orElseThrow();
        });
    }

    @Override
    public CaseReview signOff(String actor, long expectedVersion, String caseId, long meetingId) {
        return store.inTransaction("sign the case off", c -> {
            int v = openForWriting(c, actor, expectedVersion, caseId);
            if (decisions(c, caseId, v).isEmpty()) {
                throw new IllegalArgumentException("case " + caseId + " has no decision in version " + v
                        + "; record the panel's decisions before signing off");
            }
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE case_review SET signed_by=?, signed_at=?, meeting_id=? WHERE case_id=? AND number=?")) {
                ps.setString(1, actor);
                ps.setString(2, now.toString());
                ps.setLong(3, meetingId);
                ps.setString(4, caseId);
                ps.setInt(5, v);
                ps.executeUpdate();
            }
            AuditEntry signed = SqliteAuditRepository.append(c, actor, new AuditEvent("case.sign-off", "case", caseId,
                    caseId, null, AuditJson.of("version", v, "meeting", meetingId, "signedAt", now)));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE case_review SET signed_audit_seq=?, signed_audit_hash=? WHERE case_id=? AND number=?")) {
                ps.setLong(1, signed.seq());
                ps.setString(2, signed.hash());
                ps.setString(3, caseId);
                ps.setInt(4, v);
                ps.executeUpdate();
            }
            moveStatus(c, actor, caseId, CaseStatus.SIGNED_OFF);
            return current(c, caseId).orElseThrow();
        });
    }

    @Override
    public CaseReview amend(String actor, long expectedVersion, String caseId, String reason) {
        requireText(reason, "the reason for the amendment");
        return store.inTransaction("amend the case", c -> {
            checkCase(c, caseId, expectedVersion);
            CaseReview cur = current(c, caseId).orElse(null);
            if (cur == null || !cur.signed()) {
                throw new IllegalArgumentException("case " + caseId + " is not signed off; it can be edited without "
                        + "an amendment");
            }
            int next = cur.number() + 1;
            insertReview(c, caseId, next, cur.conclusion(), cur.summary(), actor, reason);
            // the new version starts from the signed decisions; the signed version itself stays as it was
            for (Decision d : decisions(c, caseId, cur.number())) {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision (case_id, review_version, "
                        + "finding_ref, finding_label, classification, evidence, outcome, rationale, meeting_id, "
                        + "recorded_by, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, caseId);
                    ps.setInt(2, next);
                    ps.setString(3, d.findingRef());
                    ps.setString(4, d.findingLabel());
                    ps.setString(5, d.classification());
                    ps.setString(6, d.evidence());
                    ps.setString(7, d.outcome().name());
                    ps.setString(8, d.rationale());
                    setLong(ps, 9, d.meetingId());
                    ps.setString(10, d.recordedBy());
                    ps.setString(11, d.at().toString());
                    ps.executeUpdate();
                    id = generated(ps);
                }
                insertActions(c, id, d.actions());
            }
            touch(c, caseId);
            SqliteAuditRepository.append(c, actor, new AuditEvent("case.amend", "case", caseId, caseId,
                    AuditJson.of("version", cur.number(), "signedBy", cur.signedBy(), "signedAt", cur.signedAt()),
                    AuditJson.of("version", next, "reason", reason)));
            moveStatus(c, actor, caseId, CaseStatus.AMENDED);
            return current(c, caseId).orElseThrow();
        });
    }

    @Override
    public void setStatus(String actor, long expectedVersion, String caseId, CaseStatus status) {
        store.inTransaction("change the case status", c -> {
            checkCase(c, caseId, expectedVersion);
            boolean locked = current(c, caseId).map(CaseReview::signed).orElse(false);
            if (status == CaseStatus.SIGNED_OFF || status == CaseStatus.AMENDED) {
                throw new IllegalArgumentException("status " + status + " is set by signing off or amending the case");
            }
            if (status == CaseStatus.REPORTED && !locked) {
                throw new IllegalArgumentException("case " + caseId + " is not signed off; a report is issued only "
                        + "for a signed case");
            }
            if (locked && status != CaseStatus.REPORTED) {
                throw lockedException(c, caseId);
            }
            touch(c, caseId);
            moveStatus(c, actor, caseId, status);
            return null;
        });
    }

    // ---- helpers shared with the other repositories ----

    static Optional<String> caseStatus(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM patient_case WHERE case_id=?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Moves the case to {@code status}, records it in the history and the audit log. */
    static void moveStatus(Connection c, String actor, String caseId, CaseStatus status) throws SQLException {
        String before = caseStatus(c, caseId).orElseThrow(() -> new StoreException("no case " + caseId));
        if (before.equals(status.name())) {
            return;
        }
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE patient_case SET status=?, updated_at=? WHERE case_id=?")) {
            ps.setString(1, status.name());
            ps.setString(2, now);
            ps.setString(3, caseId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_status_history (case_id, status, at, by_user) VALUES (?,?,?,?)")) {
            ps.setString(1, caseId);
            ps.setString(2, status.name());
            ps.setString(3, now);
            ps.setString(4, actor);
            ps.executeUpdate();
        }
        SqliteAuditRepository.append(c, actor, new AuditEvent("case.status", "case", caseId, caseId,
                AuditJson.of("status", before), AuditJson.of("status", status)));
    }

    private static void moveStatusIfBefore(Connection c, String actor, String caseId, CaseStatus status)
            throws SQLException {
        CaseStatus now = CaseStatus.valueOf(caseStatus(c, caseId).orElseThrow());
        if (now.ordinal() < status.ordinal() || now == CaseStatus.AMENDED) {
            moveStatus(c, actor, caseId, status);
        }
    }

    /** Checks the case exists and has not changed since the caller read it. */
    private void checkCase(Connection c, String caseId, long expectedVersion) throws SQLException {
        long version;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM patient_case WHERE case_id=?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no case " + caseId + " in " + store.location());
                }
                version = rs.getLong(1);
            }
        }
        if (expectedVersion >= 0 && version != expectedVersion) {
            AuditEntry last = SqliteAuditRepository.lastForCase(c, caseId);
            String who = last == null ? null : last.actor();
            Instant when = last == null ? null : last.at();
            throw new ConflictException("case " + caseId + " was changed" + (who == null ? "" : " by " + who + " at "
                    + when) + " after you opened it; reload the case and enter your change again", who, when);
        }
    }

    /** Checks the case is writable (exists, unchanged, not signed), opens version 1 if needed, bumps the version. */
    private int openForWriting(Connection c, String actor, long expectedVersion, String caseId) throws SQLException {
        checkCase(c, caseId, expectedVersion);
        Optional<CaseReview> cur = current(c, caseId);
        if (cur.isPresent() && cur.get().signed()) {
            throw lockedException(c, caseId);
        }
        int v;
        if (cur.isEmpty()) {
            insertReview(c, caseId, 1, "", "", actor, null);
            v = 1;
        } else {
            v = cur.get().number();
        }
        touch(c, caseId);
        return v;
    }

    /**
     * Refuses a write to a signed-off case from another repository's write path (the case by its row id): the
     * classification, somatic records, TMB and annotations a signed review rests on change only after an
     * amendment.
     */
    static void requireUnlocked(Connection c, long casePk) throws SQLException {
        String caseId = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM patient_case WHERE id=?")) {
            ps.setLong(1, casePk);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    caseId = rs.getString(1);
                }
            }
        }
        if (caseId != null && current(c, caseId).map(CaseReview::signed).orElse(false)) {
            throw lockedException(c, caseId);
        }
    }

    private static CaseLockedException lockedException(Connection c, String caseId) throws SQLException {
        CaseReview r = current(c, caseId).orElseThrow();
        return new CaseLockedException(caseId, "case " + caseId + " is signed off (version " + r.number() + " by "
                + r.signedBy() + " at " + r.signedAt() + ") and read-only; amend it with a reason to change it");
    }

    private static void insertReview(Connection c, String caseId, int number, String conclusion, String summary,
                                     String actor, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_review (case_id, number, conclusion, summary, "
                + "opened_at, opened_by, amendment_reason) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, caseId);
            ps.setInt(2, number);
            ps.setString(3, conclusion);
            ps.setString(4, summary);
            ps.setString(5, Instant.now().toString());
            ps.setString(6, actor);
            ps.setString(7, reason);
            ps.executeUpdate();
        }
    }

    private static void touch(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE patient_case SET version=version+1, updated_at=? WHERE case_id=?")) {
            ps.setString(1, Instant.now().toString());
            ps.setString(2, caseId);
            ps.executeUpdate();
        }
    }

    private static CaseReview readReview(ResultSet rs) throws SQLException {
        long m = rs.getLong(10);
        Long meeting = rs.wasNull() ? null : m;
        long seq = rs.getLong(11);
        String hash = rs.getString(12);
        return new CaseReview(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9) == null ? null : Instant.parse(rs.getString(9)), meeting,
                hash == null || seq < 1 ? null : new org.zenome.audit.AuditAnchor(seq, hash));
    }

    private static long generated(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }
}
