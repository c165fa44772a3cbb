package org.zenome.panel;

import java.time.Instant;
import java.util.Set;

/** A local user account (the password hash never leaves the store). */
public record User(long id, String username, String displayName, Set<PanelRole> roles, boolean active,
                   Instant createdAt, String createdBy) {
    public User {
        roles = Set.copyOf(roles);
    }

    public boolean has(PanelRole role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one role that sits on the panel. */
    public boolean isPanelMember() {
        return roles.stream().anyMatch(PanelRole::isPanelMember);
    }
}
