package org.zenome.ui.browser;

/** A bridge command failed in the page (the message is igv.js's or the bridge script's). */
public final class IgvCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IgvCommandException(String command, String message) {
        super(command + ": " + message);
    }
}
