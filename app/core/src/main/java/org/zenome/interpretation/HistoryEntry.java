package org.zenome.interpretation;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to an interpretation: who changed what, when, from what to what.
 *
 * @param findingId the finding, or 0 for a change to the case (consent, TMB, annotation sources)
 * @param subject   what changed, e.g. {@code PM2}, {@code class.rules}, {@code amp.tier}, {@code consent}
 * @param oldValue  the value before (empty when there was none)
 * @param newValue  the value after
 * @param note      the reviewer's note with the change (may be empty)
 */
public record HistoryEntry(long findingId, String subject, String oldValue, String newValue, String note,
                           String user, Instant at) {
    public HistoryEntry {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
        note = note == null ? "" : note;
    }

    /** {@code PM2: PM2_Supporting (accepted) -> (rejected)} style text for logs and the command line. */
    public String describe() {
        return subject + ": " + (oldValue.isEmpty() ? "-" : oldValue) + " -> " + (newValue.isEmpty() ? "-" : newValue);
    }
}
