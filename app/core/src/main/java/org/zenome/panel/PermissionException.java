package org.zenome.panel;

/** The logged-in user's roles do not allow the act. */
public class PermissionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PermissionException(String message) {
        super(message);
    }
}
