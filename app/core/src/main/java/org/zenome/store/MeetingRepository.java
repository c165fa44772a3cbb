package org.zenome.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.domain.DiseaseArea;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.Attendee;
import org.zenome.panel.CirculationCheck;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.QuorumResult;

/** Expert-panel meetings, their agenda and attendance. Every change is audited under {@code actor}. */
public interface MeetingRepository {

    Meeting create(String actor, LocalDateTime heldAt, MeetingFormat format, DiseaseArea area, String title,
                   String chair, boolean inHouseAnalysis);

    Optional<Meeting> find(long id);

    /** All meetings, newest first. */
    List<Meeting> list();

    /** Meetings that have the case on their agenda, newest first. */
    List<Meeting> forCase(String caseId);

    /** Puts a case on the agenda (at the end); moves the case to ON_AGENDA unless it is locked. */
    default Meeting addToAgenda(String actor, long meetingId, String caseId, boolean paediatric,
                                boolean historySupplied) {
        return addToAgenda(actor, meetingId, caseId, paediatric, historySupplied, null, null);
    }

    /**
     * Puts a case on the agenda (at the end) with the patient's treating physician (name, and user when they
     * have an account; both may be null); moves the case to ON_AGENDA unless it is locked.
     */
    default Meeting addToAgenda(String actor, long meetingId, String caseId, boolean paediatric,
                                boolean historySupplied, String treatingPhysician, String treatingPhysicianUser) {
        return addToAgenda(actor, meetingId, caseId, paediatric, historySupplied, treatingPhysician,
                treatingPhysicianUser, null);
    }

    /**
     * As above, recording with the entry the check of the case's eligibility for circulation (null: none; a
     * meeting by circulation passes the check that allowed the case).
     */
    Meeting addToAgenda(String actor, long meetingId, String caseId, boolean paediatric, boolean historySupplied,
                        String treatingPhysician, String treatingPhysicianUser, CirculationCheck circulation);

    /** Changes what the agenda records about a case (paediatric, history supplied, treating physician). */
    default Meeting updateAgendaItem(String actor, long meetingId, String caseId, boolean paediatric,
                                     boolean historySupplied, String treatingPhysician,
                                     String treatingPhysicianUser) {
        return updateAgendaItem(actor, meetingId, caseId, paediatric, historySupplied, treatingPhysician,
                treatingPhysicianUser, null);
    }

    /** As above, recording the eligibility check for circulation done on the changed entry (null: none). */
    Meeting updateAgendaItem(String actor, long meetingId, String caseId, boolean paediatric,
                             boolean historySupplied, String treatingPhysician, String treatingPhysicianUser,
                             CirculationCheck circulation);

    /**
     * Changes the meeting's format, recording with each agenda entry the eligibility check given for it (a change
     * to circulation passes the checks of the whole agenda).
     */
    Meeting changeFormat(String actor, long meetingId, MeetingFormat format, Map<String, CirculationCheck> checks);

    /** Records the check of an agenda case's eligibility for circulation with its entry (audited). */
    void recordCirculation(String actor, long meetingId, String caseId, CirculationCheck check);

    default Attendee addAttendee(String actor, long meetingId, String name, String username, PanelRole role,
                                 boolean remote, Instant joinedAt) {
        return addAttendee(actor, meetingId, name, username, role, remote, joinedAt, List.of());
    }

    /**
     * Records an attendee; {@code forCases} non-empty when they attend for those agenda cases only (a treating
     * physician or a substitute). The same person in the same role attending for a further case is recorded on
     * the existing attendee.
     */
    Attendee addAttendee(String actor, long meetingId, String name, String username, PanelRole role, boolean remote,
                         Instant joinedAt, List<String> forCases);

    void markLeft(String actor, long attendeeId, Instant leftAt);

    /** Records the result of a quorum check with the meeting. */
    void recordQuorum(String actor, long meetingId, QuorumResult result);

    /** The agenda of a meeting in order (for the presenter view). */
    default List<AgendaItem> agenda(long meetingId) {
        return find(meetingId).map(Meeting::agenda).orElse(List.of());
    }
}
