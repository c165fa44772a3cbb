package org.zenome.ui.common;

/**
 * Progress of a background task as shown to the user.
 *
 * @param fraction 0..1, or a negative number when the amount of work is unknown
 * @param message  a localised one-line description (may be empty)
 */
public record TaskProgress(double fraction, String message) {
    public static final TaskProgress INDETERMINATE = new TaskProgress(-1, "");
}
