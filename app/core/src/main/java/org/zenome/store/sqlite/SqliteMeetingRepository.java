package org.zenome.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.audit.AuditEvent;
import org.zenome.audit.AuditJson;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.Attendee;
import org.zenome.panel.CirculationCheck;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.QuorumProblem;
import org.zenome.panel.QuorumResult;
import org.zenome.store.MeetingRepository;
import org.zenome.store.StoreException;

/** Meetings, agenda and attendance in the main database. */
final class SqliteMeetingRepository implements MeetingRepository {
    private static final String COLUMNS = "id, held_at, format, disease_area, title, chair, in_house_analysis, "
            + "quorum_rules_version, quorum_met, quorum_result, quorum_checked_at, created_by, created_at, version";
    private final org.zenome.store.jdbc.JdbcCaseStore store;

    SqliteMeetingRepository(org.zenome.store.jdbc.JdbcCaseStore store) {
        this.store = store;
    }

    @Override
    public Meeting create(String actor, LocalDateTime heldAt, MeetingFormat format, DiseaseArea area, String title,
                          String chair, boolean inHouseAnalysis) {
        return store.inTransaction("create the meeting", c -> {
            if (SqliteUserRepository.find(c, chair).isEmpty()) {
                throw new IllegalArgumentException("the chair '" + chair + "' is not a user of " + store.location());
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO panel_meeting (held_at, format, disease_area, "
                    + "title, chair, in_house_analysis, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, heldAt.toString());
                ps.setString(2, format.name());
                ps.setString(3, area.name());
                ps.setString(4, title == null ? "" : title);
                ps.setString(5, chair);
                ps.setInt(6, inHouseAnalysis ? 1 : 0);
                ps.setString(7, actor);
                ps.setString(8, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.create", "meeting", Long.toString(id), null,
                    null, AuditJson.of("heldAt", heldAt, "format", format, "diseaseArea", area, "title", title,
                            "chair", chair, "inHouseAnalysis", inHouseAnalysis)));
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<Meeting> find(long id) {
        return store.reading("read the meeting", c -> find(c, id));
    }

    static Optional<Meeting> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM panel_meeting WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Meeting> list() {
        return store.reading("list meetings", c -> query(c, "SELECT " + COLUMNS
                + " FROM panel_meeting ORDER BY held_at DESC, id DESC", null));
    }

    @Override
    public List<Meeting> forCase(String caseId) {
        return store.reading("list meetings", c -> query(c, "SELECT " + COLUMNS + " FROM panel_meeting WHERE id IN "
                + "(SELECT meeting_id FROM agenda_item WHERE case_id=?) ORDER BY held_at DESC, id DESC", caseId));
    }

    private static List<Meeting> query(Connection c, String sql, String arg) throws SQLException {
        List<Meeting> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(c, rs));
                }
            }
        }
        return out;
    }

    @Override
    public Meeting addToAgenda(String actor, long meetingId, String caseId, boolean paediatric,
                               boolean historySupplied, String treatingPhysician, String treatingPhysicianUser,
                               CirculationCheck circulation) {
        return store.inTransaction("put case " + caseId + " on the agenda", c -> {
            Meeting m = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            String status = SqliteReviewRepository.caseStatus(c, caseId).orElseThrow(() -> new StoreException(
                    "no case " + caseId + " in " + store.location()));
            if (m.agenda().stream().anyMatch(a -> a.caseId().equals(caseId))) {
                throw new IllegalArgumentException("case " + caseId + " is on the agenda of meeting " + meetingId
                        + " already");
            }
            checkUser(c, treatingPhysicianUser);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agenda_item (meeting_id, case_id, position, "
                    + "paediatric, history_supplied, treating_physician, treating_physician_user) "
                    + "VALUES (?,?,?,?,?,?,?)")) {
                ps.setLong(1, meetingId);
                ps.setString(2, caseId);
                ps.setInt(3, m.agenda().size() + 1);
                ps.setInt(4, paediatric ? 1 : 0);
                ps.setInt(5, historySupplied ? 1 : 0);
                ps.setString(6, blankToNull(treatingPhysician));
                ps.setString(7, blankToNull(treatingPhysicianUser));
                ps.executeUpdate();
            }
            bump(c, meetingId);
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.agenda.add", "meeting",
                    Long.toString(meetingId), caseId, null, AuditJson.of("caseId", caseId, "position",
                    m.agenda().size() + 1, "paediatric", paediatric, "historySupplied", historySupplied,
                    "treatingPhysician", blankToNull(treatingPhysician), "treatingPhysicianUser",
                    blankToNull(treatingPhysicianUser))));
            if (circulation != null) {
                writeCirculation(c, actor, meetingId, caseId, circulation, null);
            }
            CaseStatus s = CaseStatus.valueOf(status);
            if (s == CaseStatus.DATA_READY || s == CaseStatus.UNDER_REVIEW || s == CaseStatus.RECEIVED) {
                SqliteReviewRepository.moveStatus(c, actor, caseId, CaseStatus.ON_AGENDA);
            }
            return find(c, meetingId).orElseThrow();
        });
    }

    @Override
    public Meeting updateAgendaItem(String actor, long meetingId, String caseId, boolean paediatric,
                                    boolean historySupplied, String treatingPhysician, String treatingPhysicianUser,
                                    CirculationCheck circulation) {
        return store.inTransaction("change the agenda", c -> {
            Meeting m = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            AgendaItem before = m.agenda().stream().filter(a -> a.caseId().equals(caseId)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("case " + caseId + " is not on the agenda of meeting "
                            + meetingId));
            checkUser(c, treatingPhysicianUser);
            try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_item SET paediatric=?, history_supplied=?, "
                    + "treating_physician=?, treating_physician_user=? WHERE meeting_id=? AND case_id=?")) {
                ps.setInt(1, paediatric ? 1 : 0);
                ps.setInt(2, historySupplied ? 1 : 0);
                ps.setString(3, blankToNull(treatingPhysician));
                ps.setString(4, blankToNull(treatingPhysicianUser));
                ps.setLong(5, meetingId);
                ps.setString(6, caseId);
                ps.executeUpdate();
            }
            bump(c, meetingId);
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.agenda.change", "meeting",
                    Long.toString(meetingId), caseId, AuditJson.of("caseId", caseId, "paediatric",
                    before.paediatric(), "historySupplied", before.historySupplied(), "treatingPhysician",
                    before.treatingPhysician(), "treatingPhysicianUser", before.treatingPhysicianUser()),
                    AuditJson.of("caseId", caseId, "paediatric", paediatric, "historySupplied", historySupplied,
                    "treatingPhysician", blankToNull(treatingPhysician), "treatingPhysicianUser",
                    blankToNull(treatingPhysicianUser))));
            if (circulation != null) {
                writeCirculation(c, actor, meetingId, caseId, circulation, before.circulation());
            }
            return find(c, meetingId).orElseThrow();
        });
    }

    @Override
    public Meeting changeFormat(String actor, long meetingId, MeetingFormat format,
                                Map<String, CirculationCheck> checks) {
        return store.inTransaction("change the meeting format", c -> {
            Meeting m = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE panel_meeting SET format=?, version=version+1 "
                    + "WHERE id=?")) {
                ps.setString(1, format.name());
                ps.setLong(2, meetingId);
                ps.executeUpdate();
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.format", "meeting",
                    Long.toString(meetingId), null, AuditJson.of("format", m.format()), AuditJson.of("format",
                    format)));
            for (AgendaItem a : m.agenda()) {
                CirculationCheck check = checks.get(a.caseId());
                if (check != null) {
                    writeCirculation(c, actor, meetingId, a.caseId(), check, a.circulation());
                }
            }
            return find(c, meetingId).orElseThrow();
        });
    }

    @Override
    public void recordCirculation(String actor, long meetingId, String caseId, CirculationCheck check) {
        store.inTransaction("record the circulation check", c -> {
            Meeting m = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            AgendaItem before = m.agenda().stream().filter(a -> a.caseId().equals(caseId)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("case " + caseId + " is not on the agenda of meeting "
                            + meetingId));
            writeCirculation(c, actor, meetingId, caseId, check, before.circulation());
            bump(c, meetingId);
            return null;
        });
    }

    /** Stores a circulation check with the agenda entry and audits it (with the previous result). */
    private static void writeCirculation(Connection c, String actor, long meetingId, String caseId,
                                         CirculationCheck check, CirculationCheck before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE agenda_item SET circulation_rules_version=?, "
                + "circulation_rule=?, circulation_eligible=?, circulation_result=?, circulation_checked_at=? "
                + "WHERE meeting_id=? AND case_id=?")) {
            ps.setString(1, check.rulesVersion());
            ps.setString(2, check.ruleId());
            ps.setInt(3, check.eligible() ? 1 : 0);
            ps.setString(4, CirculationCodec.encode(check.conditions()));
            ps.setString(5, check.checkedAt().toString());
            ps.setLong(6, meetingId);
            ps.setString(7, caseId);
            ps.executeUpdate();
        }
        SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.circulation", "meeting",
                Long.toString(meetingId), caseId, before == null ? null : AuditJson.of("eligible", before.eligible(),
                "result", before.text()), AuditJson.of("rules", check.rulesVersion(), "rule", check.ruleId(),
                "eligible", check.eligible(), "result", check.text())));
    }

    private void checkUser(Connection c, String username) throws SQLException {
        if (username != null && !username.isBlank() && SqliteUserRepository.find(c, username).isEmpty()) {
            throw new IllegalArgumentException("'" + username + "' is not a user of " + store.location());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Attendee addAttendee(String actor, long meetingId, String name, String username, PanelRole role,
                                boolean remote, Instant joinedAt, List<String> forCases) {
        List<String> cases = forCases == null ? List.of() : List.copyOf(forCases);
        return store.inTransaction("record the attendance", c -> {
            Meeting m = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            checkUser(c, username);
            for (String caseId : cases) {
                if (m.agenda().stream().noneMatch(a -> a.caseId().equals(caseId))) {
                    throw new IllegalArgumentException("case " + caseId + " is not on the agenda of meeting "
                            + meetingId);
                }
            }
            Attendee existing = m.attendees().stream().filter(a -> a.name().equals(name) && a.role() == role)
                    .findFirst().orElse(null);
            if (existing != null) {
                // the same person attending in the same role for a further case (e.g. the treating physician of
                // two patients on the agenda)
                List<String> added = cases.stream().filter(x -> !existing.forCases().contains(x)).toList();
                if (existing.wholeMeeting() || cases.isEmpty() || added.isEmpty()) {
                    throw new IllegalArgumentException(name + " attends meeting " + meetingId + " as "
                            + role.code() + " already" + (existing.wholeMeeting() || cases.isEmpty() ? ""
                            : " for case " + String.join(", ", cases)));
                }
                insertCases(c, existing.id(), added);
                bump(c, meetingId);
                SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.attendee.case", "meeting",
                        Long.toString(meetingId), null, AuditJson.of("attendee", existing.id(), "forCases",
                        String.join(",", existing.forCases())), AuditJson.of("attendee", existing.id(), "forCases",
                        String.join(",", concat(existing.forCases(), added)))));
                return find(c, meetingId).orElseThrow().attendees().stream().filter(a -> a.id() == existing.id())
                        .findFirst().orElseThrow();
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendee (meeting_id, name, username, role, "
                    + "remote, joined_at) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, meetingId);
                ps.setString(2, name);
                ps.setString(3, username);
                ps.setString(4, role.name());
                ps.setInt(5, remote ? 1 : 0);
                ps.setString(6, joinedAt.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertCases(c, id, cases);
            bump(c, meetingId);
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.attendee.add", "meeting",
                    Long.toString(meetingId), cases.size() == 1 ? cases.get(0) : null, null, AuditJson.of("attendee",
                    id, "name", name, "user", username, "role", role, "remote", remote, "joinedAt", joinedAt,
                    "forCases", cases.isEmpty() ? null : String.join(",", cases))));
            return new Attendee(id, meetingId, name, username, role, remote, joinedAt, null, cases);
        });
    }

    private static void insertCases(Connection c, long attendeeId, List<String> cases) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendee_case (attendee_id, case_id) VALUES (?,?)")) {
            for (String caseId : cases) {
                ps.setLong(1, attendeeId);
                ps.setString(2, caseId);
                ps.executeUpdate();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public void markLeft(String actor, long attendeeId, Instant leftAt) {
        store.inTransaction("record the attendance", c -> {
            long meetingId;
            try (PreparedStatement ps = c.prepareStatement("SELECT meeting_id FROM attendee WHERE id=?")) {
                ps.setLong(1, attendeeId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no attendee " + attendeeId);
                    }
                    meetingId = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE attendee SET left_at=? WHERE id=?")) {
                ps.setString(1, leftAt.toString());
                ps.setLong(2, attendeeId);
                ps.executeUpdate();
            }
            bump(c, meetingId);
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.attendee.left", "meeting",
                    Long.toString(meetingId), null, null, AuditJson.of("attendee", attendeeId, "leftAt", leftAt)));
            return null;
        });
    }

    @Override
    public void recordQuorum(String actor, long meetingId, QuorumResult result) {
        store.inTransaction("record the quorum check", c -> {
            Meeting before = find(c, meetingId).orElseThrow(() -> noMeeting(meetingId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE panel_meeting SET quorum_rules_version=?, "
                    + "quorum_met=?, quorum_result=?, quorum_checked_at=?, version=version+1 WHERE id=?")) {
                ps.setString(1, result.rulesVersion());
                ps.setInt(2, result.met() ? 1 : 0);
                ps.setString(3, encode(result.problems()));
                ps.setString(4, result.checkedAt().toString());
                ps.setLong(5, meetingId);
                ps.executeUpdate();
            }
            SqliteAuditRepository.append(c, actor, new AuditEvent("meeting.quorum", "meeting",
                    Long.toString(meetingId), null, before.quorum() == null ? null : AuditJson.of("met",
                    before.quorum().met(), "problems", before.quorum().text()), AuditJson.of("rules",
                    result.rulesVersion(), "met", result.met(), "problems", result.text())));
            return null;
        });
    }

    private static void bump(Connection c, long meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE panel_meeting SET version=version+1 WHERE id=?")) {
            ps.setLong(1, meetingId);
            ps.executeUpdate();
        }
    }

    private static IllegalArgumentException noMeeting(long id) {
        return new IllegalArgumentException("no meeting " + id);
    }

    /** Problems as lines {@code case<TAB>role<TAB>required<TAB>present} (case empty for the whole meeting). */
    private static String encode(List<QuorumProblem> problems) {
        StringBuilder b = new StringBuilder();
        for (QuorumProblem p : problems) {
            b.append(p.caseId() == null ? "" : p.caseId()).append('\t').append(p.role().name()).append('\t')
                    .append(p.required()).append('\t').append(p.present()).append('\n');
        }
        return b.toString();
    }

    private static List<QuorumProblem> decode(String text) {
        List<QuorumProblem> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new QuorumProblem(f[0].isEmpty() ? null : f[0], PanelRole.valueOf(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3])));
        }
        return out;
    }

    private static Meeting read(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<AgendaItem> agenda = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, position, paediatric, history_supplied, "
                + "treating_physician, treating_physician_user, circulation_rules_version, circulation_rule, "
                + "circulation_eligible, circulation_result, circulation_checked_at FROM agenda_item "
                + "WHERE meeting_id=? ORDER BY position")) {
            ps.setLong(1, id);
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) {
                    CirculationCheck circulation = a.getString(7) == null ? null : new CirculationCheck(
                            a.getString(7), a.getString(8), a.getInt(9) == 1, CirculationCodec.decode(a.getString(10)),
                            Instant.parse(a.getString(11)));
                    agenda.add(new AgendaItem(a.getString(1), a.getInt(2), a.getInt(3) == 1, a.getInt(4) == 1,
                            a.getString(5), a.getString(6), circulation));
                }
            }
        }
        java.util.Map<Long, List<String>> forCases = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ac.attendee_id, ac.case_id FROM attendee_case ac "
                + "JOIN attendee a ON a.id = ac.attendee_id WHERE a.meeting_id=? ORDER BY ac.case_id")) {
            ps.setLong(1, id);
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) {
                    forCases.computeIfAbsent(a.getLong(1), k -> new ArrayList<>()).add(a.getString(2));
                }
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, username, role, remote, joined_at, left_at "
                + "FROM attendee WHERE meeting_id=? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet a = ps.executeQuery()) {
                while (a.next()) {
                    attendees.add(new Attendee(a.getLong(1), id, a.getString(2), a.getString(3),
                            PanelRole.valueOf(a.getString(4)), a.getInt(5) == 1, Instant.parse(a.getString(6)),
                            a.getString(7) == null ? null : Instant.parse(a.getString(7)),
                            forCases.getOrDefault(a.getLong(1), List.of())));
                }
            }
        }
        QuorumResult quorum = rs.getString(8) == null ? null : new QuorumResult(rs.getString(8), rs.getInt(9) == 1,
                decode(rs.getString(10)), Instant.parse(rs.getString(11)));
        return new Meeting(id, LocalDateTime.parse(rs.getString(2)), MeetingFormat.valueOf(rs.getString(3)),
                DiseaseArea.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7) == 1, agenda,
                attendees, quorum, rs.getString(12), Instant.parse(rs.getString(13)), rs.getInt(14));
    }
}
