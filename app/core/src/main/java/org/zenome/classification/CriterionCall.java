package org.zenome.classification;

import java.time.Instant;
import java.util.Objects;

/**
 * One reviewer decision on one criterion for one finding: the record the store keeps (one row per change, so the
 * history is the list of calls over time).
 *
 * @param criterion the criterion
 * @param strength  the strength it is applied with, possibly changed from the default
 * @param status    accepted, rejected or suggested; only accepted calls count
 * @param note      the reviewer's evidence note (may be empty, never null)
 * @param user      who made the call (the suggestion engine's id for suggestions)
 * @param time      when
 */
public record CriterionCall(AcmgCriterion criterion, Strength strength, CallStatus status, String note, String user,
                           Instant time) {

    public CriterionCall {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
        note = note == null ? "" : note;
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a criterion call needs the user who made it");
        }
        new AppliedCriterion(criterion, strength); // validates the strength for the direction
    }

    /** An accepted call at the given strength. */
    public static CriterionCall accepted(AppliedCriterion applied, String note, String user, Instant time) {
        return new CriterionCall(applied.criterion(), applied.strength(), CallStatus.ACCEPTED, note, user, time);
    }

    public AppliedCriterion applied() {
        return new AppliedCriterion(criterion, strength);
    }

    /** Whether this call counts towards the class. */
    public boolean counts() {
        return status == CallStatus.ACCEPTED;
    }

    /** {@code PM2_Supporting} style label. */
    public String label() {
        return applied().label();
    }
}
