package org.zenome.report.model;

import java.util.List;
import java.util.Objects;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.Zygosity;

/**
 * One finding as the panel decided to report it: the variant on its display transcript and its interpretation.
 * Germline findings carry an ACMG class and criteria; somatic findings an AMP tier, a Japanese evidence level and
 * therapies. Unknown values are null (or empty lists).
 *
 * @param findingId     the finding in the case store (0 when not from the store)
 * @param zygosity      zygosity in the proband / normal sample (germline), null for somatic
 * @param vaf           variant allele fraction in the tumour (somatic) or proband, null when unknown
 * @param criteria      ACMG criteria applied, as written (e.g. {@code PVS1}, {@code PM2_Supporting})
 * @param condition     the disease or phenotype the finding relates to (may be empty)
 * @param inheritance   mode of inheritance of the condition as text (AD, AR, XL...), may be empty
 * @param comment       the panel's interpretation in words (may be empty)
 * @param confirmation  confirmatory-test status, null when not applicable
 * @param counselling   whether genetic counselling is recommended for this finding
 */
public record ReportedFinding(long findingId, FindingCategory category, String gene, String transcript,
                              String hgvsC, String hgvsP, String chrom, int pos, String ref, String alt,
                              Zygosity zygosity, Double vaf, AcmgClass acmgClass, List<String> criteria,
                              AmpTier ampTier, JapaneseEvidenceLevel evidenceLevel, List<Therapy> therapies,
                              String condition, String inheritance, String comment, ConfirmatoryTest confirmation,
                              boolean counselling) {
    public ReportedFinding {
        Objects.requireNonNull(category, "category");
        gene = gene == null ? "" : gene;
        transcript = transcript == null ? "" : transcript;
        hgvsC = hgvsC == null ? "" : hgvsC;
        hgvsP = hgvsP == null ? "" : hgvsP;
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        therapies = therapies == null ? List.of() : List.copyOf(therapies);
        condition = condition == null ? "" : condition;
        inheritance = inheritance == null ? "" : inheritance;
        comment = comment == null ? "" : comment;
    }

    /** {@code chr17:43094464 C>T} */
    public String location() {
        return chrom + ":" + pos + " " + ref + ">" + alt;
    }
}
