package org.zenome.ui.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zenome.panel.User;

/**
 * The logged-in user and the idle lock: every input event {@link #touch()}es the session; after
 * {@code idleTimeout} without input {@link #checkIdle()} locks it until the user re-enters the password.
 */
public final class Session {
    private final ReadOnlyObjectWrapper<User> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final Duration idleTimeout;
    private final Clock clock;
    private Instant lastActivity;

    public Session(Duration idleTimeout, Clock clock) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout);
        this.clock = Objects.requireNonNull(clock);
        this.lastActivity = clock.instant();
    }

    public void loggedIn(User u) {
        user.set(u);
        locked.set(false);
        lastActivity = clock.instant();
    }

    public User user() {
        return user.get();
    }

    public ReadOnlyObjectProperty<User> userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public boolean isLocked() {
        return locked.get();
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Input from the user. */
    public void touch() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /** Locks when idle for longer than the timeout; true when it locked now. */
    public boolean checkIdle() {
        if (user.get() == null || locked.get()) {
            return false;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(idleTimeout) >= 0) {
            locked.set(true);
            return true;
        }
        return false;
    }

    public void lockNow() {
        if (user.get() != null) {
            locked.set(true);
        }
    }

    /** After the password was confirmed. */
    public void unlocked() {
        locked.set(false);
        lastActivity = clock.instant();
    }
}
