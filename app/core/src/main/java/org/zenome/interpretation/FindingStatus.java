package org.zenome.interpretation;

import org.zenome.classification.AcmgClass;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;

/**
 * What the variant table shows as badges for one finding; null fields are not recorded.
 *
 * @param confirmationPending a confirmatory test is required and not resulted
 * @param returned            the result was returned to the patient
 */
public record FindingStatus(long findingId, AcmgClass rulesClass, AcmgClass pointsClass, AmpTier tier,
                            JapaneseEvidenceLevel evidenceLevel, boolean confirmationPending, boolean returned) {
}
