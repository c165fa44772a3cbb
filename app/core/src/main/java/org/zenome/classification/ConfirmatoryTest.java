package org.zenome.classification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Confirmatory testing of one reportable finding, by a method of validated accuracy, before its result is returned
 * to the patient (確認検査).
 *
 * @param required whether the panel requires confirmation of this finding
 * @param method   the method (null while none is chosen)
 * @param status   where the test stands
 * @param date     date of the last status change (ordered or resulted), null if none
 * @param note     free note (may be empty)
 */
public record ConfirmatoryTest(boolean required, ConfirmationMethod method, ConfirmationStatus status, LocalDate date,
                               String note) {

    public ConfirmatoryTest {
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (status != ConfirmationStatus.NOT_ORDERED && method == null) {
            throw new IllegalArgumentException("a confirmatory test that is " + status + " needs its method");
        }
    }

    /** No confirmation required. */
    public static ConfirmatoryTest notRequired() {
        return new ConfirmatoryTest(false, null, ConfirmationStatus.NOT_ORDERED, null, "");
    }

    /** Confirmation required, not ordered yet. */
    public static ConfirmatoryTest requiredNotOrdered() {
        return new ConfirmatoryTest(true, null, ConfirmationStatus.NOT_ORDERED, null, "");
    }

    /** Required and not yet resulted (not ordered or ordered): the finding cannot be returned. */
    public boolean pending() {
        return required && (status == ConfirmationStatus.NOT_ORDERED || status == ConfirmationStatus.ORDERED);
    }

    /**
     * Whether the finding may be returned to the patient: confirmation not required, or required and confirmed.
     * A finding whose test did not confirm it may not be returned either.
     */
    public boolean permitsReturn() {
        return !required || status == ConfirmationStatus.CONFIRMED;
    }

    /** Why the finding cannot be returned, for the message to the user; empty when it can. */
    public String returnBlocker() {
        if (permitsReturn()) {
            return "";
        }
        return pending() ? "confirmatory test pending (" + status + ")"
                : "confirmatory test did not confirm the finding";
    }
}
