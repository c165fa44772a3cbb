package org.zenome.interpretation;

import java.util.Objects;

/**
 * Who is acting: the name recorded with every decision (criterion calls, tiers, consent, confirmation). The
 * only way interpretation code learns the user, so the log-in of the user-account feature can supply it later;
 * until then {@link #osUser()} records the operating-system account.
 */
@FunctionalInterface
public interface Actor {

    /** The acting user's name as it goes into the history; never blank. */
    String name();

    /** The operating-system user ({@code user.name}), the default before log-ins exist. */
    static Actor osUser() {
        return () -> {
            String n = System.getProperty("user.name");
            return n == null || n.isBlank() ? "unknown" : n;
        };
    }

    /** A fixed name (tests, the command line's {@code --user}). */
    static Actor named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("the acting user needs a name");
        }
        String n = name.strip();
        return () -> n;
    }
}
