package org.zenome.classification;

import java.util.Objects;
import org.zenome.domain.ClinicalSignificance;

/**
 * What a ClinVar record says about a variant, as the ClinVar annotation source gave it: the aggregate
 * classification and its review status, which PP5/BP6 (when switched on) require to be of enough stars.
 *
 * @param significance the germline classification (CLNSIG)
 * @param stars        ClinVar's gold stars for the review status (0 to 4)
 * @param reviewStatus the review status as written (CLNREVSTAT, underscores as spaces)
 * @param variationId  the ClinVar variation ID; empty when unknown
 * @param source       the source it came from, e.g. {@code ClinVar 20260226}
 */
public record ClinVarAssertion(ClinicalSignificance significance, int stars, String reviewStatus, String variationId,
                               String source) {
    public ClinVarAssertion {
        Objects.requireNonNull(significance, "significance");
        if (stars < 0 || stars > 4) {
            throw new IllegalArgumentException("ClinVar stars are 0 to 4, not " + stars);
        }
        reviewStatus = reviewStatus == null ? "" : reviewStatus.strip();
        variationId = variationId == null ? "" : variationId.strip();
        source = source == null || source.isBlank() ? "ClinVar" : source.strip();
    }
}
