package org.zenome.ui.interpretation;

import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.Strength;

/**
 * One criterion on the classification pane.
 *
 * @param suggested  the suggested strength, or null when the data suggests nothing
 * @param evidence   the data behind the suggestion (empty when none)
 * @param status     the current call's status, or null when never decided
 * @param strength   the current call's strength, or null
 * @param note       the current call's note
 * @param decidedBy  who made the current call, with when
 */
public record CriterionRow(AcmgCriterion criterion, String description, Strength suggested, String evidence,
                           CallStatus status, Strength strength, String note, String decidedBy) {
}
