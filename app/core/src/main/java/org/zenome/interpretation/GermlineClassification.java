package org.zenome.interpretation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AppliedCriterion;

/**
 * The current ACMG/AMP class of a finding under both schemes, as stored after the last criterion change.
 *
 * @param counted the accepted criteria at their strengths
 * @param user    who made the last change
 * @param at      when
 * @param thresholdVersion the version of the suggestion thresholds in force at the last change
 *                         ({@link ThresholdSet}); null for classes recorded before thresholds were versioned
 */
public record GermlineClassification(long findingId, AcmgClass rulesClass, AcmgClass pointsClass, int points,
                                     List<AppliedCriterion> counted, String user, Instant at,
                                     Integer thresholdVersion) {

    public GermlineClassification(long findingId, AcmgClass rulesClass, AcmgClass pointsClass, int points,
                                  List<AppliedCriterion> counted, String user, Instant at) {
        this(findingId, rulesClass, pointsClass, points, counted, user, at, null);
    }

    public GermlineClassification {
        Objects.requireNonNull(rulesClass, "rulesClass");
        Objects.requireNonNull(pointsClass, "pointsClass");
        counted = List.copyOf(counted);
    }

    public boolean disagree() {
        return rulesClass != pointsClass;
    }
}
