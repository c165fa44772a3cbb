package org.zenome.classification.somatic;

import java.util.List;
import java.util.Objects;

/**
 * A therapy the expert panel records for a somatic finding.
 *
 * @param drug          drug or regimen name as the panel writes it
 * @param approval      approval status in Japan
 * @param evidenceLevel Japanese evidence level (A-F, R) of the biomarker-therapy pair
 * @param reference     supporting reference (PMID, guideline, label), may be empty
 * @param trials        clinical trials the therapy is available in; at least one when the status is
 *                      {@link JapanApprovalStatus#CLINICAL_TRIAL}
 */
public record Therapy(String drug, JapanApprovalStatus approval, JapaneseEvidenceLevel evidenceLevel, String reference,
                      List<ClinicalTrial> trials) {

    public Therapy {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(evidenceLevel, "evidenceLevel");
        drug = drug.strip();
        if (drug.isEmpty()) {
            throw new IllegalArgumentException("a therapy needs a drug name");
        }
        reference = reference == null ? "" : reference.strip();
        trials = trials == null ? List.of() : List.copyOf(trials);
        if (approval == JapanApprovalStatus.CLINICAL_TRIAL && trials.isEmpty()) {
            throw new IllegalArgumentException("therapy " + drug
                    + " is recorded as available in a clinical trial but names no trial (jRCT, NCT or UMIN)");
        }
    }
}
