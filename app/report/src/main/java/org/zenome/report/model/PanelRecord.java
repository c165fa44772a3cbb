package org.zenome.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The expert panel's record of a case, as the reports need it. Filled by an adapter to the panel records (see
 * {@link ClinicalRecordSource}).
 *
 * @param meetingDate     date of the meeting that discussed the case
 * @param format          in person, online, hybrid or by circulation, as display text in the report's language
 * @param attendees       who attended, in which role
 * @param quorumMet       whether the roster met the quorum rule
 * @param quorumNote      the quorum check result in words (may be empty)
 * @param conclusion      overall interpretation / summary for the report (may be empty)
 * @param recommendations recommended actions in words, in order
 * @param signedOffBy     the chair who signed the case off, null while not signed off
 * @param signedOffAt     when, null while not signed off
 * @param auditAnchor     the audit-log entry of the sign-off as {@code SEQ:HASH} (to check the log against later
 *                        with {@code zenome audit verify --expect-head}), empty when not known
 * @param circulation     the case's eligibility for discussion by circulation as recorded with its agenda entry,
 *                        null when the meeting was not by circulation
 */
public record PanelRecord(LocalDate meetingDate, String format, List<Attendee> attendees, boolean quorumMet,
                          String quorumNote, String conclusion, List<String> recommendations, String signedOffBy,
                          Instant signedOffAt, String auditAnchor, Circulation circulation) {

    public PanelRecord(LocalDate meetingDate, String format, List<Attendee> attendees, boolean quorumMet,
                       String quorumNote, String conclusion, List<String> recommendations, String signedOffBy,
                       Instant signedOffAt, String auditAnchor) {
        this(meetingDate, format, attendees, quorumMet, quorumNote, conclusion, recommendations, signedOffBy,
                signedOffAt, auditAnchor, null);
    }

    public PanelRecord(LocalDate meetingDate, String format, List<Attendee> attendees, boolean quorumMet,
                       String quorumNote, String conclusion, List<String> recommendations, String signedOffBy,
                       Instant signedOffAt) {
        this(meetingDate, format, attendees, quorumMet, quorumNote, conclusion, recommendations, signedOffBy,
                signedOffAt, "");
    }

    public PanelRecord {
        auditAnchor = auditAnchor == null ? "" : auditAnchor;
        format = format == null ? "" : format;
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        quorumNote = quorumNote == null ? "" : quorumNote;
        conclusion = conclusion == null ? "" : conclusion;
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }

    /**
     * The eligibility check for circulation (持ち回り協議) recorded with the case's agenda entry.
     *
     * @param checked false when the case was never checked (then the other fields are empty)
     * @param rule    the rule id and the rules version, e.g. {@code cancer-circulation (zenome-circulation-2026.1)}
     */
    public record Circulation(boolean checked, boolean eligible, String rule, Instant checkedAt,
                              List<Condition> conditions) {
        public Circulation {
            rule = rule == null ? "" : rule;
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /**
     * One condition of the circulation rule.
     *
     * @param code   the condition's code (the report words it from {@code panel.circulation.condition.CODE})
     * @param detail what fails it (findings, QC problems), empty when met
     */
    public record Condition(String code, boolean met, String detail) {
    }

    /** A panel member present at the meeting; {@code role} is display text in the report's language. */
    public record Attendee(String name, String role) {
    }
}
