package org.zenome.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.report.export.FhirExporter;
import org.zenome.report.export.PhenopacketExporter;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.store.CaseStore;

/** Machine-readable exports of a case's report record: FHIR Genomics Reporting bundle and Phenopacket v2. */
public final class ExportService {
    /** Export formats, by their command-line names. */
    public enum Format {
        FHIR, PHENOPACKET;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Format> parse(String s) {
            for (Format f : values()) {
                if (f.code().equalsIgnoreCase(s == null ? "" : s.trim())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final CaseStore store;
    private final ReportBuilder builder;
    private final ReportTemplates templates;
    private final ReportEvents events;
    private final Clock clock;

    public ExportService(CaseStore store, ClinicalRecordSource records, ReportTemplates templates, ReportEvents events,
                         Clock clock) {
        this.store = store;
        this.builder = new ReportBuilder(store, records);
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The JSON of a case in a format. A case that is not signed off is exported with preliminary status; secondary
     * findings are included only with consent.
     *
     * @throws ReportException for a Phenopacket of a cancer case
     */
    public byte[] export(String caseId, Format format, boolean deidentified) {
        CaseSummary c = store.cases().find(caseId).orElseThrow(() -> new CaseNotFoundException(
                "no case '" + caseId + "' in " + store.location()));
        if (format == Format.PHENOPACKET && c.diseaseArea() != DiseaseArea.RARE_DISEASE) {
            throw new ReportException("a Phenopacket is exported for rare-disease cases; case " + caseId + " is "
                    + c.diseaseArea().name().toLowerCase(Locale.ROOT).replace('_', '-') + " (use --format fhir)");
        }
        ReportKind kind = c.diseaseArea() == DiseaseArea.CANCER ? ReportKind.CANCER : ReportKind.RARE_DISEASE;
        Instant now = clock.instant();
        ReportContent content = builder.build(c, kind.code(), kind, ReportLanguage.EN, new ReportBuilder.Options(0,
                !builder.signedOff(c), LocalDate.ofInstant(now, clock.getZone()), now, "", null, Map.of()));
        if (content.candidates()) {
            // unreviewed ClinVar candidates belong on a draft for the panel, never in a machine-readable export
            content = builder.build(c, kind.code(), kind, ReportLanguage.EN, new ReportBuilder.Options(0, false,
                    LocalDate.ofInstant(now, clock.getZone()), now, "", null, Map.of()));
            content = withDraft(content);
        }
        return switch (format) {
            case FHIR -> new FhirExporter(templates.institution(ReportLanguage.EN).getOrDefault("name", ""))
                    .json(content, deidentified);
            case PHENOPACKET -> new PhenopacketExporter().json(content, deidentified);
        };
    }

    /** Records the export in the audit log. */
    public void exported(String caseId, Format format, boolean deidentified, String file) {
        events.exported(caseId, format.code(), deidentified, file);
    }

    private static ReportContent withDraft(ReportContent r) {
        return new ReportContent(r.caseSummary(), r.kind(), r.template(), r.language(), r.reportId(), r.version(),
                r.issueDate(), r.generatedAt(), true, r.correction(), r.issuer(), r.patient(), r.specimens(),
                r.sourceFiles(), r.annotationSources(), r.quality(), r.primary(), r.germline(), r.secondary(),
                r.consent(), false, r.interpretationRecorded(), r.tmbPerMb(), r.tmbMethod(), r.phenotypes(), r.panel(),
                r.freeText());
    }
}
