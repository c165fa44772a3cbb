package org.zenome.panel;

/** Wrong user name or password, or an inactive account (the message does not say which). */
public class AuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
