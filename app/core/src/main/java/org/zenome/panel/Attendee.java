package org.zenome.panel;

import java.time.Instant;
import java.util.List;

/**
 * Someone attending a meeting in one role (a person with two roles attends twice).
 *
 * @param username the Zenome user, or null for an external attendee (e.g. a referring treating physician)
 * @param leftAt   when the attendee left, null while present
 * @param forCases the agenda cases this attendee attends for (as their treating physician, or a substitute);
 *                 empty for the whole meeting
 */
public record Attendee(long id, long meetingId, String name, String username, PanelRole role, boolean remote,
                       Instant joinedAt, Instant leftAt, List<String> forCases) {

    public Attendee {
        forCases = forCases == null ? List.of() : List.copyOf(forCases);
    }

    public Attendee(long id, long meetingId, String name, String username, PanelRole role, boolean remote,
                    Instant joinedAt, Instant leftAt) {
        this(id, meetingId, name, username, role, remote, joinedAt, leftAt, List.of());
    }

    public boolean present() {
        return leftAt == null;
    }

    /** True when the attendee attends for the whole meeting, not for given cases only. */
    public boolean wholeMeeting() {
        return forCases.isEmpty();
    }
}
