package org.zenome.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.SourceFile;
import org.zenome.report.model.AnnotationSource;
import org.zenome.report.model.Consent;
import org.zenome.report.model.PanelRecord;
import org.zenome.report.model.PatientIdentity;
import org.zenome.report.model.Phenotype;
import org.zenome.report.model.QualityMetric;
import org.zenome.report.model.ReportedFinding;
import org.zenome.report.model.SpecimenDetail;

/**
 * Everything one report (or export) says about a case, gathered from the case store and the
 * {@link org.zenome.report.model.ClinicalRecordSource}; independent of language and layout.
 *
 * @param draft            true while the case is not signed off (the PDF carries a watermark and is not stored)
 * @param correction       for a corrected version: why and what changed; null for a first issue or a draft
 * @param primary          findings that answer the clinical question
 * @param germline         presumed germline findings (cancer cases)
 * @param secondary        secondary findings; always empty when the patient did not consent
 * @param candidates       true when no interpretation is recorded and {@code primary} lists unreviewed ClinVar
 *                         pathogenic / likely pathogenic findings of a draft
 * @param interpretationRecorded true when the classification records exist for the case
 * @param freeText         the free-text parts edited for this report (patient explanation), by message key
 */
public record ReportContent(CaseSummary caseSummary, ReportKind kind, String template, ReportLanguage language,
                            String reportId, int version, LocalDate issueDate, Instant generatedAt, boolean draft,
                            Correction correction, String issuer, PatientIdentity patient,
                            List<SpecimenDetail> specimens, List<SourceFile> sourceFiles,
                            List<AnnotationSource> annotationSources, List<QualityMetric> quality,
                            List<ReportedFinding> primary, List<ReportedFinding> germline,
                            List<ReportedFinding> secondary, Consent consent, boolean candidates,
                            boolean interpretationRecorded, Double tmbPerMb, String tmbMethod,
                            List<Phenotype> phenotypes, PanelRecord panel, Map<String, String> freeText,
                            List<Picture> pictures) {

    /** Without genome-browser pictures (exports, tests). */
    public ReportContent(CaseSummary caseSummary, ReportKind kind, String template, ReportLanguage language,
                         String reportId, int version, LocalDate issueDate, Instant generatedAt, boolean draft,
                         Correction correction, String issuer, PatientIdentity patient,
                         List<SpecimenDetail> specimens, List<SourceFile> sourceFiles,
                         List<AnnotationSource> annotationSources, List<QualityMetric> quality,
                         List<ReportedFinding> primary, List<ReportedFinding> germline,
                         List<ReportedFinding> secondary, Consent consent, boolean candidates,
                         boolean interpretationRecorded, Double tmbPerMb, String tmbMethod,
                         List<Phenotype> phenotypes, PanelRecord panel, Map<String, String> freeText) {
        this(caseSummary, kind, template, language, reportId, version, issueDate, generatedAt, draft, correction,
                issuer, patient, specimens, sourceFiles, annotationSources, quality, primary, germline, secondary,
                consent, candidates, interpretationRecorded, tmbPerMb, tmbMethod, phenotypes, panel, freeText,
                List.of());
    }

    /**
     * A genome-browser picture saved with the case (PNG) that shows a reported finding.
     *
     * @param finding the finding it shows ({@code GENE c. (p.)} and location)
     */
    public record Picture(String locus, String finding, byte[] png) {
    }

    public ReportContent {
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
        specimens = List.copyOf(specimens);
        sourceFiles = List.copyOf(sourceFiles);
        annotationSources = List.copyOf(annotationSources);
        quality = List.copyOf(quality);
        primary = List.copyOf(primary);
        germline = List.copyOf(germline);
        secondary = List.copyOf(secondary);
        phenotypes = List.copyOf(phenotypes);
        freeText = Map.copyOf(freeText);
    }

    public boolean secondaryConsented() {
        return consent != null && consent.secondaryFindings();
    }

    /** Every finding the report shows, in section order. */
    public List<ReportedFinding> allFindings() {
        return java.util.stream.Stream.of(primary, germline, secondary).flatMap(List::stream).toList();
    }

    /** Why a version corrects the previous one and what changed. */
    public record Correction(int previousVersion, String reason, List<String> changes) {
        public Correction {
            changes = List.copyOf(changes);
        }
    }
}
