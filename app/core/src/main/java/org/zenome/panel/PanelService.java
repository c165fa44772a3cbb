package org.zenome.panel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.DiseaseArea;
import org.zenome.store.CaseStore;

/**
 * The acts of an expert panel, performed by a logged-in user: who may do what is decided here, the store
 * records each act with the user in the audit log and refuses writes to signed cases.
 *
 * <ul>
 *   <li>meetings, agenda, attendance: secretary, administrator, or the meeting's chair</li>
 *   <li>discussion, votes, decisions, conclusion, report issued: panel members and the secretary</li>
 *   <li>sign-off: the chair of a meeting with the case on its agenda, re-entering the password</li>
 *   <li>amendment: a panel member, with a reason</li>
 * </ul>
 */
public final class PanelService {
    private final CaseStore store;
    private final Accounts accounts;
    private final QuorumRules rules;
    private final CirculationEligibility circulation;
    private final Clock clock;

    public PanelService(CaseStore store, Accounts accounts, QuorumRules rules, Clock clock) {
        this(store, accounts, rules, CirculationRules.builtIn(), clock);
    }

    /**
     * With the circulation rules in force; the secondary-finding gene lists are the shipped ones and those added
     * in the user data directory (as the interpretation panes use them).
     */
    public PanelService(CaseStore store, Accounts accounts, QuorumRules rules, CirculationRules circulationRules,
                        Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.rules = rules;
        this.clock = clock;
        this.circulation = new CirculationEligibility(store, circulationRules,
                org.zenome.interpretation.SecondaryFindingLists.load(
                        org.zenome.interpretation.SecondaryFindingLists.userFolder()),
                org.zenome.interpretation.PresumedGermline.standard(), clock);
    }

    public PanelService(CaseStore store, QuorumRules rules) {
        this(store, new Accounts(store.users()), rules, Clock.systemDefaultZone());
    }

    public QuorumRules rules() {
        return rules;
    }

    public CirculationRules circulationRules() {
        return circulation.rules();
    }

    /** The eligibility for circulation of a case on a meeting's agenda, computed now (nothing is recorded). */
    public CirculationCheck circulationCheck(long meetingId, String caseId) {
        Meeting m = meeting(meetingId);
        AgendaItem item = m.agenda().stream().filter(a -> a.caseId().equals(caseId)).findFirst().orElse(null);
        return circulation.check(caseId, m.diseaseArea(), item);
    }

    /** The eligibility for circulation of every case on a meeting's agenda, computed now (nothing recorded). */
    public Map<String, CirculationCheck> circulationChecks(long meetingId) {
        Meeting m = meeting(meetingId);
        Map<String, CirculationCheck> out = new LinkedHashMap<>();
        for (AgendaItem a : m.agenda()) {
            out.put(a.caseId(), circulation.check(a.caseId(), m.diseaseArea(), a));
        }
        return out;
    }

    /**
     * Re-checks every case on the agenda of a meeting by circulation and records each result with its agenda
     * entry (a case that became ineligible is flagged there); empty for a meeting of another format.
     */
    public Map<String, CirculationCheck> checkCirculation(User user, long meetingId) {
        Meeting m = meeting(meetingId);
        if (m.format() != MeetingFormat.CIRCULATION) {
            return Map.of();
        }
        // like the quorum check: any logged-in user may record what the records say
        Map<String, CirculationCheck> out = circulationChecks(meetingId);
        out.forEach((caseId, check) -> store.meetings().recordCirculation(user.username(), meetingId, caseId, check));
        return out;
    }

    /**
     * Changes a meeting's format. A change to circulation checks every case on the agenda first and is refused
     * ({@link CirculationIneligibleException}, naming each ineligible case and its unmet conditions) unless all
     * are eligible; the checks are recorded with the agenda entries.
     */
    public Meeting changeFormat(User user, long meetingId, MeetingFormat format) {
        Meeting m = meeting(meetingId);
        requireOrganiser(user, m);
        if (m.format() == format) {
            return m;
        }
        Map<String, CirculationCheck> checks = format == MeetingFormat.CIRCULATION ? circulationChecks(meetingId)
                : Map.of();
        refuseIneligible(user, m, checks, "stay on the agenda of meeting " + meetingId + " when it is held");
        return store.meetings().changeFormat(user.username(), meetingId, format, checks);
    }

    /** Audits and throws when any check failed. */
    private void refuseIneligible(User user, Meeting m, Map<String, CirculationCheck> checks, String act) {
        Map<String, CirculationCheck> failed = new LinkedHashMap<>();
        checks.forEach((caseId, check) -> {
            if (!check.eligible()) {
                failed.put(caseId, check);
            }
        });
        if (failed.isEmpty()) {
            return;
        }
        failed.forEach((caseId, check) -> store.audit().append(user.username(), new org.zenome.audit.AuditEvent(
                "meeting.circulation.refused", "meeting", Long.toString(m.id()), caseId, null,
                org.zenome.audit.AuditJson.of("act", act, "rules", check.rulesVersion(), "rule", check.ruleId(),
                        "result", check.text()))));
        throw new CirculationIneligibleException(m.id(), act, failed);
    }

    public Meeting createMeeting(User user, LocalDateTime heldAt, MeetingFormat format, DiseaseArea area, String title,
                                 String chair, boolean inHouseAnalysis) {
        if (!user.has(PanelRole.SECRETARY) && !user.has(PanelRole.ADMINISTRATOR)) {
            throw new PermissionException(user.username() + " may not schedule meetings (secretary or administrator)");
        }
        User chairUser = store.users().find(chair).orElseThrow(() -> new IllegalArgumentException("the chair '" + chair
                + "' is not a user"));
        if (!chairUser.isPanelMember()) {
            throw new IllegalArgumentException("the chair '" + chair + "' holds no panel role");
        }
        return store.meetings().create(user.username(), heldAt, format, area, title, chair, inHouseAnalysis);
    }

    public Meeting addToAgenda(User user, long meetingId, String caseId, boolean paediatric, boolean historySupplied) {
        return addToAgenda(user, meetingId, caseId, paediatric, historySupplied, null);
    }

    /**
     * Puts a case on the agenda with the patient's treating physician (主治医): a Zenome user name (the user must
     * hold the treating-physician role) or the name of a physician without an account; null when not known yet.
     */
    public Meeting addToAgenda(User user, long meetingId, String caseId, boolean paediatric, boolean historySupplied,
                               String treatingPhysician) {
        Meeting m = meeting(meetingId);
        requireOrganiser(user, m);
        if (store.cases().find(caseId).isEmpty()) {
            throw new IllegalArgumentException("no case " + caseId);
        }
        String[] tp = treatingPhysician(treatingPhysician);
        CirculationCheck check = null;
        if (m.format() == MeetingFormat.CIRCULATION) {
            // checked on the entry as it would be recorded (its treating physician and history)
            check = circulation.check(caseId, m.diseaseArea(), new AgendaItem(caseId, m.agenda().size() + 1,
                    paediatric, historySupplied, tp[0], tp[1]));
            refuseIneligible(user, m, Map.of(caseId, check), "go on the agenda of meeting " + meetingId);
        }
        return store.meetings().addToAgenda(user.username(), meetingId, caseId, paediatric, historySupplied, tp[0],
                tp[1], check);
    }

    /** Changes what the agenda records about a case: paediatric, history supplied, the treating physician. */
    public Meeting updateAgendaItem(User user, long meetingId, String caseId, boolean paediatric,
                                    boolean historySupplied, String treatingPhysician) {
        Meeting m = meeting(meetingId);
        requireOrganiser(user, m);
        String[] tp = treatingPhysician(treatingPhysician);
        CirculationCheck check = null;
        if (m.format() == MeetingFormat.CIRCULATION && store.cases().find(caseId).isPresent()) {
            check = circulation.check(caseId, m.diseaseArea(), new AgendaItem(caseId, 0, paediatric,
                    historySupplied, tp[0], tp[1]));
            refuseIneligible(user, m, Map.of(caseId, check), "stay on the agenda of meeting " + meetingId
                    + " with this entry");
        }
        return store.meetings().updateAgendaItem(user.username(), meetingId, caseId, paediatric, historySupplied,
                tp[0], tp[1], check);
    }

    /** {name, username}: a user holding the treating-physician role, or a plain name (an external physician). */
    private String[] treatingPhysician(String given) {
        if (given == null || given.isBlank()) {
            return new String[] {null, null};
        }
        String t = given.strip();
        User u = store.users().find(t).orElse(null);
        if (u == null) {
            return new String[] {t, null};
        }
        if (!u.has(PanelRole.TREATING_PHYSICIAN)) {
            throw new IllegalArgumentException(t + " does not hold the role " + PanelRole.TREATING_PHYSICIAN.code()
                    + " (give the role, or the physician's name without an account)");
        }
        return new String[] {u.displayName(), u.username()};
    }

    /** Records an attendee; {@code username} null for someone without a Zenome account. */
    public Attendee addAttendee(User user, long meetingId, String name, String username, PanelRole role,
                                boolean remote, Instant joinedAt) {
        return addAttendee(user, meetingId, name, username, role, remote, joinedAt, List.of());
    }

    /**
     * Records an attendee; {@code username} null for someone without a Zenome account. A treating physician
     * attends for given agenda cases ({@code forCases}: as their treating physician or a substitute); when none
     * are given, the cases that name this user as their treating physician, else the only case on the agenda.
     */
    public Attendee addAttendee(User user, long meetingId, String name, String username, PanelRole role,
                                boolean remote, Instant joinedAt, List<String> forCases) {
        Meeting m = meeting(meetingId);
        requireOrganiser(user, m);
        if (!role.isPanelMember()) {
            throw new IllegalArgumentException("attendees attend in a panel role, not as " + role.code());
        }
        String display = name;
        if (username != null) {
            User u = store.users().find(username).orElseThrow(() -> new IllegalArgumentException("'" + username
                    + "' is not a user"));
            if (!u.has(role)) {
                throw new IllegalArgumentException(username + " does not hold the role " + role.code());
            }
            if (display == null || display.isBlank()) {
                display = u.displayName();
            }
        }
        if (display == null || display.isBlank()) {
            throw new IllegalArgumentException("an attendee needs a name");
        }
        List<String> cases = forCases == null ? List.of() : forCases.stream().map(String::strip)
                .filter(x -> !x.isEmpty()).distinct().toList();
        if (role == PanelRole.TREATING_PHYSICIAN) {
            for (String c : cases) {
                if (m.agenda().stream().noneMatch(a -> a.caseId().equals(c))) {
                    throw new IllegalArgumentException("case " + c + " is not on the agenda of meeting " + meetingId);
                }
            }
            if (cases.isEmpty()) {
                cases = m.agenda().stream().filter(a -> username != null && username.equals(a.treatingPhysicianUser()))
                        .map(AgendaItem::caseId).toList();
            }
            if (cases.isEmpty() && m.agenda().size() == 1) {
                cases = List.of(m.agenda().get(0).caseId());
            }
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("a treating physician attends for their patients' cases: say for "
                        + "which agenda case " + display.strip() + " attends ("
                        + String.join(", ", m.agenda().stream().map(AgendaItem::caseId).toList()) + ")");
            }
        } else if (!cases.isEmpty()) {
            throw new IllegalArgumentException("only a treating physician attends for given cases; "
                    + role.code() + " attends for the whole meeting");
        }
        return store.meetings().addAttendee(user.username(), meetingId, display.strip(), username, role, remote,
                joinedAt == null ? clock.instant() : joinedAt, cases);
    }

    public void markLeft(User user, long meetingId, long attendeeId) {
        requireOrganiser(user, meeting(meetingId));
        store.meetings().markLeft(user.username(), attendeeId, clock.instant());
    }

    /** Checks the roster against the rule of the meeting's disease area and records the result. */
    public QuorumResult checkQuorum(User user, long meetingId) {
        QuorumResult r = rules.check(meeting(meetingId), clock.instant());
        store.meetings().recordQuorum(user.username(), meetingId, r);
        return r;
    }

    public DiscussionNote addNote(User user, long expectedVersion, String caseId, String findingRef, Long meetingId,
                                  NoteKind kind, String text) {
        requirePanelOrSecretary(user, "record the discussion");
        return store.reviews().addNote(user.username(), expectedVersion, caseId, ref(findingRef), meetingId, kind,
                text);
    }

    public Vote recordVote(User user, long expectedVersion, String caseId, String findingRef, long meetingId,
                           long attendeeId, VoteValue value) {
        Meeting m = meeting(meetingId);
        Attendee a = m.attendees().stream().filter(x -> x.id() == attendeeId).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no attendee " + attendeeId + " in meeting " + meetingId));
        boolean own = user.username().equals(a.username());
        if (!own && !user.has(PanelRole.SECRETARY) && !user.username().equals(m.chair())) {
            throw new PermissionException(user.username() + " may record only their own vote (the secretary and the "
                    + "chair record votes for others)");
        }
        return store.reviews().recordVote(user.username(), expectedVersion, caseId, ref(findingRef), meetingId,
                attendeeId, value);
    }

    public Decision recordDecision(User user, long expectedVersion, String caseId, String findingRef, String label,
                                   String classification, String evidence, Outcome outcome, String rationale,
                                   List<RecommendedAction> actions, Long meetingId) {
        requirePanelOrSecretary(user, "record decisions");
        return store.reviews().recordDecision(user.username(), expectedVersion, caseId, ref(findingRef), label,
                classification, evidence, outcome, rationale, actions, meetingId);
    }

    public CaseReview conclude(User user, long expectedVersion, String caseId, String conclusion, String summary) {
        requirePanelOrSecretary(user, "record the conclusion");
        return store.reviews().conclude(user.username(), expectedVersion, caseId, conclusion, summary);
    }

    /** The chair signs the case off, confirming with the password; the case is then read-only. */
    public CaseReview signOff(User user, char[] password, long expectedVersion, String caseId, long meetingId) {
        Meeting m = meeting(meetingId);
        if (!user.username().equals(m.chair())) {
            throw new PermissionException("only the chair of meeting " + meetingId + " (" + m.chair()
                    + ") signs its cases off");
        }
        if (m.agenda().stream().noneMatch(a -> a.caseId().equals(caseId))) {
            throw new IllegalArgumentException("case " + caseId + " is not on the agenda of meeting " + meetingId);
        }
        accounts.confirm(user, password);
        if (m.format() == MeetingFormat.CIRCULATION) {
            // the case may have become ineligible since it went on the agenda (e.g. a new germline flag): the
            // result is recorded with the agenda entry either way, and an ineligible case is not signed off
            AgendaItem item = m.agenda().stream().filter(a -> a.caseId().equals(caseId)).findFirst().orElseThrow();
            CirculationCheck check = circulation.check(caseId, m.diseaseArea(), item);
            store.meetings().recordCirculation(user.username(), meetingId, caseId, check);
            refuseIneligible(user, m, Map.of(caseId, check), "be signed off in meeting " + meetingId);
        }
        return store.reviews().signOff(user.username(), expectedVersion, caseId, meetingId);
    }

    public CaseReview amend(User user, long expectedVersion, String caseId, String reason) {
        if (!user.isPanelMember()) {
            throw new PermissionException(user.username() + " may not amend a signed case (panel members only)");
        }
        return store.reviews().amend(user.username(), expectedVersion, caseId, reason);
    }

    public void setStatus(User user, long expectedVersion, String caseId, CaseStatus status) {
        requirePanelOrSecretary(user, "change the case status");
        store.reviews().setStatus(user.username(), expectedVersion, caseId, status);
    }

    private Meeting meeting(long id) {
        return store.meetings().find(id).orElseThrow(() -> new IllegalArgumentException("no meeting " + id));
    }

    private static void requireOrganiser(User user, Meeting m) {
        if (!user.has(PanelRole.SECRETARY) && !user.has(PanelRole.ADMINISTRATOR)
                && !user.username().equals(m.chair())) {
            throw new PermissionException(user.username() + " may not change meeting " + m.id()
                    + " (secretary, administrator or its chair)");
        }
    }

    private static void requirePanelOrSecretary(User user, String what) {
        if (!user.isPanelMember() && !user.has(PanelRole.SECRETARY)) {
            throw new PermissionException(user.username() + " may not " + what + " (panel members and the secretary)");
        }
    }

    private static String ref(String findingRef) {
        if (findingRef == null || findingRef.isBlank()) {
            throw new IllegalArgumentException("a finding reference is needed");
        }
        return findingRef.strip();
    }
}
