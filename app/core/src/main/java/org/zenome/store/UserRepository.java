package org.zenome.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zenome.panel.PanelRole;
import org.zenome.panel.User;

/** Local user accounts. Every change is recorded in the audit log under the acting user. */
public interface UserRepository {

    long count();

    List<User> list();

    Optional<User> find(String username);

    /** The stored password hash (PHC string), empty when there is no such user. */
    Optional<String> passwordHash(String username);

    /** Creates a user; refused with a {@link StoreException} when the name is taken. */
    User create(String actor, String username, String displayName, Set<PanelRole> roles, String passwordHash);

    /**
     * Creates the first user, an administrator (with any further roles given); refused when any user exists
     * (two first starts at once).
     */
    User createFirstAdministrator(String username, String displayName, Set<PanelRole> roles, String passwordHash);

    void setActive(String actor, String username, boolean active);

    /** Sets a password chosen by the user (audited as user.password); clears the request to change it. */
    void setPasswordHash(String actor, String username, String passwordHash);

    /**
     * Sets a temporary password chosen by an administrator (audited as user.password.reset): the user must
     * change it at the next login.
     */
    void resetPassword(String actor, String username, String passwordHash);
}
