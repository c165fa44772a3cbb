package org.zenome.panel;

import java.util.Set;
import org.zenome.store.UserRepository;

/** Creating users and logging in. */
public final class Accounts {
    private final UserRepository users;
    private final Passwords passwords;

    public Accounts(UserRepository users) {
        this(users, new Passwords());
    }

    public Accounts(UserRepository users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /** True until the first administrator exists (the desktop then asks for one at start). */
    public boolean needsFirstAdministrator() {
        return users.count() == 0;
    }

    public User createFirstAdministrator(String username, String displayName, char[] password) {
        return createFirstAdministrator(username, displayName, Set.of(), password);
    }

    /** The first user: an administrator, with further roles if the administrator also sits on the panel. */
    public User createFirstAdministrator(String username, String displayName, Set<PanelRole> roles, char[] password) {
        checkName(username);
        PasswordPolicy.check(username.strip(), password);
        return users.createFirstAdministrator(username.strip(), displayName(displayName, username), roles,
                passwords.hash(password));
    }

    /** Creates a user; only an administrator may. */
    public User createUser(User admin, String username, String displayName, Set<PanelRole> roles, char[] password) {
        if (!admin.has(PanelRole.ADMINISTRATOR)) {
            throw new PermissionException(admin.username() + " is not an administrator; only an administrator "
                    + "creates users");
        }
        checkName(username);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role (" + PanelRole.codes() + ")");
        }
        PasswordPolicy.check(username.strip(), password);
        return users.create(admin.username(), username.strip(), displayName(displayName, username), roles,
                passwords.hash(password));
    }

    /** The active user with this name and password; otherwise an {@link AuthenticationException}. */
    public User authenticate(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        String hash = users.passwordHash(name).orElse(null);
        User user = users.find(name).orElse(null);
        if (hash == null || user == null) {
            // the same work for an unknown name as for a wrong password
            passwords.matches(password, DUMMY);
            throw new AuthenticationException("wrong user name or password");
        }
        if (!passwords.matches(password, hash) || !user.active()) {
            throw new AuthenticationException("wrong user name or password");
        }
        return user;
    }

    /** Re-checks the password of a logged-in user (sign-off, unlocking after idle). */
    public void confirm(User user, char[] password) {
        authenticate(user.username(), password);
    }

    /**
     * The user changes their own password, confirming the current one (after a reset: the temporary one); the
     * new one must meet the {@link PasswordPolicy} and differ from the current one. Audited; clears the
     * request to change the password at the next login.
     */
    public User changePassword(User user, char[] currentPassword, char[] newPassword) {
        confirm(user, currentPassword);
        PasswordPolicy.checkNew(user.username(), currentPassword, newPassword);
        users.setPasswordHash(user.username(), user.username(), passwords.hash(newPassword));
        return users.find(user.username()).orElseThrow();
    }

    /**
     * An administrator sets a temporary password for a user who forgot theirs; the user must set a new one at
     * the next login. Audited under the administrator (the hash is not logged).
     */
    public User resetPassword(User admin, String username, char[] temporaryPassword) {
        if (!admin.has(PanelRole.ADMINISTRATOR)) {
            throw new PermissionException(admin.username() + " is not an administrator; only an administrator "
                    + "resets passwords");
        }
        String name = username == null ? "" : username.strip();
        if (users.find(name).isEmpty()) {
            throw new IllegalArgumentException("no user " + name);
        }
        PasswordPolicy.check(name, temporaryPassword);
        users.resetPassword(admin.username(), name, passwords.hash(temporaryPassword));
        return users.find(name).orElseThrow();
    }

    private static void checkName(String username) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("user name '" + username + "' must be 2-64 letters, digits or . _ @ -");
        }
    }

    private static String displayName(String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username.strip() : displayName.strip();
    }

    private static final String DUMMY =
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2O9b7JiS0rIYmdGoJcWjFJZC6L2kiQaQ1JYn3MRpkIo";
}
