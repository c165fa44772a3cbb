package org.zenome.panel;

import java.util.Locale;
import java.util.Set;

/**
 * The password rules of Zenome's local accounts, after NIST SP 800-63B (length over composition rules, a
 * list of passwords known to be guessed first, no forced periodic change) as the MHLW guideline on the safety
 * of medical information systems (v6.0) accepts for accounts that re-enter the password to sign: at least
 * {@link #MIN_LENGTH} characters, not blank, not one character repeated, not containing the user name, not one
 * of the commonly used passwords, and a new password differs from the current one.
 */
public final class PasswordPolicy {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = Passwords.MIN_LENGTH;

    /** Which rule a refused password breaks (the desktop shows each in the user's language). */
    public enum Rule {
        TOO_SHORT, BLANK, REPEATED_CHARACTER, CONTAINS_USERNAME, COMMON, SAME_AS_CURRENT
    }

    /** A password the policy refuses; the message is English, {@link #rule()} tells the UI which one. */
    public static final class Violation extends IllegalArgumentException {
        private final Rule rule;

        Violation(Rule rule, String message) {
            super(message);
            this.rule = rule;
        }

        public Rule rule() {
            return rule;
        }
    }

    /** Passwords tried first by guessers (lower case; compared case-insensitively). */
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd",
            "12345678", "123456789", "1234567890", "87654321", "qwertyui", "qwerty123", "qwertyuiop", "iloveyou",
            "abc12345", "abcdefgh", "abcd1234", "1qaz2wsx", "asdfghjk", "letmein1", "welcome1", "welcome123",
            "sunshine", "princess", "football", "baseball", "trustno1", "superman", "changeme", "administrator",
            "zenome123", "zenomezenome", "hospital", "byouin123", "kanja1234");

    private PasswordPolicy() {
    }

    /** Checks a password for the user {@code username} (null when not known yet). */
    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new Violation(Rule.TOO_SHORT, "the password must have at least " + MIN_LENGTH + " characters");
        }
        String p = new String(password);
        if (p.isBlank()) {
            throw new Violation(Rule.BLANK, "the password must not be blank");
        }
        if (p.chars().distinct().count() == 1) {
            throw new Violation(Rule.REPEATED_CHARACTER, "the password must not be one character repeated");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new Violation(Rule.CONTAINS_USERNAME, "the password must not contain the user name");
        }
        if (COMMON.contains(lower)) {
            throw new Violation(Rule.COMMON, "the password is one of the most commonly used passwords");
        }
    }

    /** Checks a new password, which must also differ from the current one. */
    public static void checkNew(String username, char[] current, char[] password) {
        check(username, password);
        if (current != null && java.util.Arrays.equals(current, password)) {
            throw new Violation(Rule.SAME_AS_CURRENT, "the new password must differ from the current one");
        }
    }
}
