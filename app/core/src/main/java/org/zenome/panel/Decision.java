package org.zenome.panel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The consensus decision on one finding.
 *
 * @param findingRef     the finding's reference within the case (a row or variant key)
 * @param findingLabel   what the finding is, for people (gene, HGVS)
 * @param classification the class (e.g. ACMG "Likely pathogenic", AMP tier) as recorded by the classification
 * @param evidence       the evidence summary (criteria, evidence level)
 */
public record Decision(long id, String caseId, int reviewVersion, String findingRef, String findingLabel,
                       String classification, String evidence, Outcome outcome, String rationale,
                       List<RecommendedAction> actions, Long meetingId, String recordedBy, Instant at) {
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        actions = List.copyOf(actions);
        findingLabel = findingLabel == null ? "" : findingLabel;
        classification = classification == null ? "" : classification;
        evidence = evidence == null ? "" : evidence;
    }
}
