package org.zenome.panel;

import java.time.Instant;
import java.util.Set;

/**
 * A local user account (the password hash never leaves the store).
 *
 * @param mustChangePassword the administrator reset the password: the user sets a new one at the next login
 */
public record User(long id, String username, String displayName, Set<PanelRole> roles, boolean active,
                   Instant createdAt, String createdBy, boolean mustChangePassword) {
    public User {
        roles = Set.copyOf(roles);
    }

    public User(long id, String username, String displayName, Set<PanelRole> roles, boolean active,
                Instant createdAt, String createdBy) {
        this(id, username, displayName, roles, active, createdAt, createdBy, false);
    }

    public boolean has(PanelRole role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one role that sits on the panel. */
    public boolean isPanelMember() {
        return roles.stream().anyMatch(PanelRole::isPanelMember);
    }
}
