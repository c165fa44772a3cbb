package org.zenome.store;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.CaseStatus;
import org.zenome.panel.CaseReview;
import org.zenome.panel.Decision;
import org.zenome.panel.DiscussionNote;
import org.zenome.panel.NoteKind;
import org.zenome.panel.Outcome;
import org.zenome.panel.RecommendedAction;
import org.zenome.panel.StatusChange;
import org.zenome.panel.Vote;
import org.zenome.panel.VoteValue;

/**
 * The panel's record of a case: discussion, votes, decisions, conclusion, sign-off and amendments, and the
 * case status history. Every write is audited under {@code actor}, is refused with a
 * {@link CaseLockedException} while the current review version is signed, and with a
 * {@link ConflictException} when the case changed since the caller read it ({@code expectedVersion}, the
 * case's record version from {@link org.zenome.domain.CaseSummary#version()}; -1 skips the check).
 */
public interface ReviewRepository {

    /** The current (latest) review version, empty before anything was recorded. */
    Optional<CaseReview> current(String caseId);

    /** All versions, oldest first. */
    List<CaseReview> versions(String caseId);

    List<DiscussionNote> notes(String caseId, int version);

    List<Vote> votes(String caseId, int version);

    List<Decision> decisions(String caseId, int version);

    List<StatusChange> statusHistory(String caseId);

    /** True when the current version is signed (read-only until amended). */
    boolean isLocked(String caseId);

    DiscussionNote addNote(String actor, long expectedVersion, String caseId, String findingRef, Long meetingId,
                           NoteKind kind, String text);

    /** Records (or changes) an attendee's vote on a finding. */
    Vote recordVote(String actor, long expectedVersion, String caseId, String findingRef, long meetingId,
                    long attendeeId, VoteValue value);

    /**
     * Records (or replaces) the consensus decision on a finding; the case becomes DISCUSSED. A null label,
     * classification or evidence keeps the one of the decision replaced.
     */
    Decision recordDecision(String actor, long expectedVersion, String caseId, String findingRef, String findingLabel,
                            String classification, String evidence, Outcome outcome, String rationale,
                            List<RecommendedAction> actions, Long meetingId);

    /** The overall conclusion and the summary for the report. */
    CaseReview conclude(String actor, long expectedVersion, String caseId, String conclusion, String summary);

    /** Signs the current version (the caller has checked the chair's password); locks the case. */
    CaseReview signOff(String actor, long expectedVersion, String caseId, long meetingId);

    /** Opens the next version of a signed case with a mandatory reason; earlier versions stay readable. */
    CaseReview amend(String actor, long expectedVersion, String caseId, String reason);

    /** Moves the case to a status (e.g. REPORTED when the report was issued). */
    void setStatus(String actor, long expectedVersion, String caseId, CaseStatus status);
}
