package org.zenome.report.model;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.CaseSummary;

/**
 * Where a report's clinical sections come from. The case, its samples, findings and provenance are read from the
 * case store directly; everything else (classification, panel, consent, identity, specimens, QC) comes through this
 * interface, so that the report module depends on no particular implementation of those records. Each method
 * returns empty when nothing is recorded and the report then prints its empty-state text for that section.
 *
 * <p>Wiring: the desktop and the command line take a {@code ClinicalRecordSource} in their composition roots;
 * {@link #none()} is used until the classification and panel stores are connected.
 *
 * @see org.zenome.report.ReportService
 */
public interface ClinicalRecordSource {

    /** The reportable findings with their classification, TMB, annotation sources and phenotypes. */
    default Optional<Interpretation> interpretation(CaseSummary c) {
        return Optional.empty();
    }

    /** The expert panel's meeting, attendees, quorum, conclusion, recommendations and sign-off. */
    default Optional<PanelRecord> panel(CaseSummary c) {
        return Optional.empty();
    }

    /** The patient's wish about secondary findings; absent means no consent, so none are reported. */
    default Optional<Consent> consent(CaseSummary c) {
        return Optional.empty();
    }

    /**
     * Whether a finding on this gene may appear in a report of the case: false for a secondary-finding gene the
     * patient has not consented to learn about. The report builder applies it to every section, the unreviewed
     * candidates of a draft included.
     */
    default boolean mayReport(CaseSummary c, String gene) {
        return true;
    }

    default Optional<PatientIdentity> patient(CaseSummary c) {
        return Optional.empty();
    }

    default List<SpecimenDetail> specimens(CaseSummary c) {
        return List.of();
    }

    default List<QualityMetric> quality(CaseSummary c) {
        return List.of();
    }

    /** A source with nothing recorded. */
    static ClinicalRecordSource none() {
        return new ClinicalRecordSource() {
        };
    }
}
