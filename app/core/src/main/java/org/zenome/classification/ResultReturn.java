package org.zenome.classification;

import java.time.Instant;
import java.util.Objects;

/**
 * The return of one reportable finding's result to the patient (患者還元): its confirmatory test and, once returned,
 * who recorded the return and when.
 *
 * <p>Invariant: a finding is never marked returned while its confirmation is pending (or did not confirm it).
 *
 * @param findingId    the finding
 * @param confirmation its confirmatory test
 * @param returnedBy   who recorded the return, null while not returned
 * @param returnedAt   when, null while not returned
 */
public record ResultReturn(long findingId, ConfirmatoryTest confirmation, String returnedBy, Instant returnedAt) {

    public ResultReturn {
        Objects.requireNonNull(confirmation, "confirmation");
        if ((returnedBy == null) != (returnedAt == null)) {
            throw new IllegalArgumentException("a return needs both who recorded it and when");
        }
        if (returnedAt != null && !confirmation.permitsReturn()) {
            throw new IllegalStateException("finding " + findingId + " cannot be marked returned: "
                    + confirmation.returnBlocker());
        }
    }

    /** A finding not returned yet. */
    public static ResultReturn notReturned(long findingId, ConfirmatoryTest confirmation) {
        return new ResultReturn(findingId, confirmation, null, null);
    }

    public boolean returned() {
        return returnedAt != null;
    }

    /**
     * Marks the result returned.
     *
     * @throws IllegalStateException while the confirmation is pending or did not confirm the finding
     */
    public ResultReturn markReturned(String user, Instant at) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("marking a result returned needs the user");
        }
        Objects.requireNonNull(at, "at");
        if (!confirmation.permitsReturn()) {
            throw new IllegalStateException("finding " + findingId + " cannot be marked returned: "
                    + confirmation.returnBlocker());
        }
        return new ResultReturn(findingId, confirmation, user, at);
    }

    /**
     * The same finding with an updated confirmatory test.
     *
     * @throws IllegalStateException if the finding was already returned and the new test no longer permits it
     */
    public ResultReturn withConfirmation(ConfirmatoryTest test) {
        return new ResultReturn(findingId, test, returnedBy, returnedAt);
    }
}
