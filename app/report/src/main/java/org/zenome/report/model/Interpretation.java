package org.zenome.report.model;

import java.util.List;

/**
 * What the clinical interpretation (classification, somatic tiers, TMB, phenotypes) says about a case, as the
 * reports need it. Filled by an adapter to the classification records (see {@link ClinicalRecordSource}).
 *
 * @param findings          reportable findings in report order (all categories; secondary ones are dropped by
 *                          the report when consent is absent)
 * @param tmbPerMb          tumour mutational burden in mutations per megabase, null when not computed
 * @param tmbMethod         how TMB was computed (callable size, variant classes), may be empty
 * @param annotationSources every annotation database used, with version and date
 * @param phenotypes        HPO phenotypic features recorded for a rare-disease case
 */
public record Interpretation(List<ReportedFinding> findings, Double tmbPerMb, String tmbMethod,
                             List<AnnotationSource> annotationSources, List<Phenotype> phenotypes) {
    public Interpretation {
        findings = findings == null ? List.of() : List.copyOf(findings);
        tmbMethod = tmbMethod == null ? "" : tmbMethod;
        annotationSources = annotationSources == null ? List.of() : List.copyOf(annotationSources);
        phenotypes = phenotypes == null ? List.of() : List.copyOf(phenotypes);
    }
}
