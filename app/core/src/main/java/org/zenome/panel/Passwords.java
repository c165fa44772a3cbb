package org.zenome.panel;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashing with Argon2id (Spring Security's encoder over Bouncy Castle), at the OWASP minimum
 * parameters (19 MiB memory, 2 iterations, 1 lane): a PHC string ({@code $argon2id$v=19$m=19456,t=2,p=1$...})
 * with its own salt. Verification reads the parameters from the stored string, so stronger parameters later
 * still verify old hashes.
 */
public final class Passwords {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 8;
    private final Argon2PasswordEncoder encoder;

    /** Argon2id at 19 MiB, 2 iterations, 1 lane (OWASP). */
    public Passwords() {
        this(19_456, 2);
    }

    /** Other cost parameters (tests use cheap ones; hashes carry their parameters, so all verify alike). */
    public Passwords(int memoryKiB, int iterations) {
        this.encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKiB, iterations);
    }

    public String hash(char[] password) {
        checkStrength(password);
        return encoder.encode(java.nio.CharBuffer.wrap(password));
    }

    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null || password == null) {
            return false;
        }
        return encoder.matches(java.nio.CharBuffer.wrap(password), storedHash);
    }

    /** Refuses a password shorter than {@link #MIN_LENGTH} or entirely blank. */
    public static void checkStrength(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_LENGTH + " characters");
        }
        boolean blank = true;
        for (char ch : password) {
            blank &= Character.isWhitespace(ch);
        }
        if (blank) {
            throw new IllegalArgumentException("the password must not be blank");
        }
    }
}
