package org.zenome.panel;

import java.time.Instant;

/**
 * Someone attending a meeting in one role (a person with two roles attends twice).
 *
 * @param username the Zenome user, or null for an external attendee (e.g. a referring treating physician)
 * @param leftAt   when the attendee left, null while present
 */
public record Attendee(long id, long meetingId, String name, String username, PanelRole role, boolean remote,
                       Instant joinedAt, Instant leftAt) {
    public boolean present() {
        return leftAt == null;
    }
}
