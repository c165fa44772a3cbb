package org.zenome.report.export;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.Sample;
import org.zenome.domain.SampleRole;
import org.zenome.domain.Sex;
import org.zenome.report.ReportContent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.ReportedFinding;
import org.zenome.report.model.SpecimenDetail;

/**
 * The case's genomic report as an HL7 FHIR R4 collection Bundle following the Genomics Reporting IG (STU2/STU3
 * profiles): a genomic-report DiagnosticReport, a variant Observation per finding, diagnostic-implication
 * Observations (ACMG class, AMP tier), therapeutic-implication Observations (drug, Japanese evidence level,
 * trials), a TMB Observation, follow-up recommendation Tasks, the Patient and Specimens. Built with HAPI FHIR
 * structures; resource IDs are stable UUIDs derived from the report ID, so a repeated export is identical.
 */
public final class FhirExporter {
    static final String IG = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/";
    static final String TBD = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";
    static final String LOINC = "http://loinc.org";
    static final String HGVS = "http://varnomen.hgvs.org";
    static final String CASE_ID_SYSTEM = "urn:zenome:case-id";
    static final String HOSPITAL_ID_SYSTEM = "urn:zenome:hospital-patient-id";
    static final String JP_EVIDENCE_SYSTEM = "urn:zenome:jsmo-jsco-jca-evidence-level";
    static final String AMP_TIER_SYSTEM = "urn:zenome:amp-asco-cap-2017-tier";

    private static volatile FhirContext context;
    private final String institution;

    /** @param institution name of the issuing institution (the report's performer), may be empty */
    public FhirExporter(String institution) {
        this.institution = institution == null ? "" : institution;
    }

    /** HAPI's R4 context (expensive to create, shared). */
    public static FhirContext context() {
        FhirContext c = context;
        if (c == null) {
            synchronized (FhirExporter.class) {
                c = context;
                if (c == null) {
                    c = FhirContext.forR4();
                    context = c;
                }
            }
        }
        return c;
    }

    public Bundle bundle(ReportContent r, boolean deidentified) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setId(uuid(r, "bundle"));
        b.setIdentifier(new Identifier().setSystem("urn:zenome:report-id").setValue(r.reportId()));
        b.setTimestamp(Date.from(r.generatedAt()));

        Patient patient = patient(r, deidentified);
        add(b, patient);
        Reference subject = ref(patient);

        Organization org = new Organization();
        org.setId(uuid(r, "organization"));
        if (!institution.isEmpty()) {
            org.setName(institution);
        }
        add(b, org);

        DiagnosticReport report = new DiagnosticReport();
        report.setId(uuid(r, "report"));
        report.getMeta().addProfile(IG + "genomic-report");
        report.addIdentifier().setSystem("urn:zenome:report-id").setValue(r.reportId());
        report.setStatus(r.draft() ? DiagnosticReport.DiagnosticReportStatus.PRELIMINARY
                : DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "GE",
                "Genetics")));
        report.setCode(new CodeableConcept(new Coding(LOINC, "51969-4", "Genetic analysis report")));
        report.setSubject(subject);
        report.setIssued(Date.from(r.generatedAt()));
        report.addPerformer(ref(org));
        if (r.panel() != null && !r.panel().conclusion().isEmpty()) {
            report.setConclusion(r.panel().conclusion());
        }
        if (r.panel() != null && r.panel().signedOff() && !r.panel().auditAnchor().isEmpty()) {
            // the audit-log entry of the sign-off (SEQ:HASH): zenome audit verify --expect-head checks the log
            report.addIdentifier().setSystem("urn:zenome:audit-sign-off").setValue(r.panel().auditAnchor());
        }

        for (Sample s : r.caseSummary().samples()) {
            Specimen sp = specimen(r, s, subject);
            add(b, sp);
            report.addSpecimen(ref(sp));
        }

        int n = 0;
        for (ReportedFinding f : r.allFindings()) {
            n++;
            Observation variant = variant(r, f, n, subject);
            add(b, variant);
            report.addResult(ref(variant));
            if (f.acmgClass() != null || f.ampTier() != null || f.category() != FindingCategory.PRIMARY) {
                Observation dx = diagnosticImplication(r, f, n, subject, variant);
                add(b, dx);
                report.addResult(ref(dx));
            }
            int t = 0;
            for (Therapy th : f.therapies()) {
                Observation tx = therapeuticImplication(r, f, th, n, ++t, subject, variant);
                add(b, tx);
                report.addResult(ref(tx));
            }
        }
        if (r.tmbPerMb() != null) {
            Observation tmb = new Observation();
            tmb.setId(uuid(r, "tmb"));
            tmb.getMeta().addProfile(IG + "tumor-mutation-burden");
            tmb.setStatus(status(r));
            tmb.addCategory(laboratory());
            tmb.setCode(new CodeableConcept(new Coding(LOINC, "94076-7", "Mutations/Megabase [# Ratio] in Tumor")));
            tmb.setSubject(subject);
            tmb.setValue(new Quantity().setValue(r.tmbPerMb()).setUnit("/Mb").setSystem("http://unitsofmeasure.org")
                    .setCode("/10*6{Base}"));
            if (!r.tmbMethod().isEmpty()) {
                tmb.addNote().setText(r.tmbMethod());
            }
            add(b, tmb);
            report.addResult(ref(tmb));
        }
        if (r.panel() != null) {
            int k = 0;
            for (String rec : r.panel().recommendations()) {
                Task task = new Task();
                task.setId(uuid(r, "recommendation-" + (++k)));
                task.getMeta().addProfile(IG + "followup-recommendation");
                task.setStatus(Task.TaskStatus.REQUESTED);
                task.setIntent(Task.TaskIntent.PROPOSAL);
                task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                        "Fulfill the focal request")));
                task.setDescription(rec);
                task.setFor(subject);
                add(b, task);
                report.addExtension(IG + "recommended-action", ref(task));
            }
        }
        add(b, report);
        return b;
    }

    /** The bundle as pretty-printed JSON. */
    public byte[] json(ReportContent r, boolean deidentified) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(r, deidentified))
                .getBytes(StandardCharsets.UTF_8);
    }

    private Patient patient(ReportContent r, boolean deidentified) {
        Patient p = new Patient();
        p.setId(uuid(r, "patient"));
        p.addIdentifier().setSystem(CASE_ID_SYSTEM).setValue(r.caseSummary().caseId());
        var id = r.patient();
        if (id != null && !deidentified) {
            if (id.hospitalPatientId() != null && !id.hospitalPatientId().isBlank()) {
                p.addIdentifier().setSystem(HOSPITAL_ID_SYSTEM).setValue(id.hospitalPatientId());
            }
            if (id.name() != null && !id.name().isBlank()) {
                p.addName(new HumanName().setText(id.name()));
            }
            if (id.birthDate() != null) {
                p.setBirthDateElement(new DateType(id.birthDate().toString()));
            }
        }
        p.setGender(gender(r));
        return p;
    }

    private static Enumerations.AdministrativeGender gender(ReportContent r) {
        for (Sample s : r.caseSummary().samples()) {
            if (s.role() == SampleRole.PROBAND || s.role() == SampleRole.TUMOUR || s.role() == SampleRole.NORMAL) {
                if (s.sex() == Sex.MALE) {
                    return Enumerations.AdministrativeGender.MALE;
                }
                if (s.sex() == Sex.FEMALE) {
                    return Enumerations.AdministrativeGender.FEMALE;
                }
            }
        }
        return Enumerations.AdministrativeGender.UNKNOWN;
    }

    private Specimen specimen(ReportContent r, Sample s, Reference subject) {
        Specimen sp = new Specimen();
        sp.setId(uuid(r, "specimen-" + s.name()));
        sp.addIdentifier().setSystem("urn:zenome:sample-name").setValue(s.name());
        sp.setSubject(subject);
        SpecimenDetail d = r.specimens().stream().filter(x -> x.sampleName().equals(s.name())).findFirst()
                .orElse(null);
        String type = d != null && d.specimenType() != null ? d.specimenType() : s.role().name().toLowerCase();
        sp.setType(new CodeableConcept().setText(type));
        if (d != null && d.tumourContent() != null) {
            sp.addNote().setText("tumour content " + d.tumourContent() + "%");
        }
        return sp;
    }

    private Observation variant(ReportContent r, ReportedFinding f, int n, Reference subject) {
        Observation o = new Observation();
        o.setId(uuid(r, "variant-" + n));
        o.getMeta().addProfile(IG + "variant");
        o.setStatus(status(r));
        o.addCategory(laboratory());
        o.setCode(new CodeableConcept(new Coding(LOINC, "69548-6", "Genetic variant assessment")));
        o.setSubject(subject);
        o.setValue(new CodeableConcept(new Coding(LOINC, "LA9633-4", "Present")));
        if (!f.gene().isEmpty()) {
            o.addComponent().setCode(loinc("48018-6", "Gene studied [ID]"))
                    .setValue(new CodeableConcept().setText(f.gene()));
        }
        if (!f.transcript().isEmpty()) {
            o.addComponent().setCode(loinc("51958-7", "Transcript reference sequence [ID]"))
                    .setValue(new CodeableConcept(new Coding("http://www.ncbi.nlm.nih.gov/refseq", f.transcript(),
                            null)));
        }
        if (!f.hgvsC().isEmpty()) {
            o.addComponent().setCode(loinc("48004-6", "DNA change (c.HGVS)"))
                    .setValue(new CodeableConcept(new Coding(HGVS, qualified(f.transcript(), f.hgvsC()), null)));
        }
        if (!f.hgvsP().isEmpty()) {
            o.addComponent().setCode(loinc("48005-3", "Amino acid change (pHGVS)"))
                    .setValue(new CodeableConcept(new Coding(HGVS, f.hgvsP(), null)));
        }
        GenomeBuild build = r.caseSummary().build();
        if (build != null) {
            o.addComponent().setCode(loinc("62374-4", "Human reference sequence assembly version"))
                    .setValue(new CodeableConcept(new Coding(LOINC, build == GenomeBuild.GRCh38 ? "LA26806-2"
                            : "LA14029-5", build.name())));
        }
        o.addComponent().setCode(loinc("48001-2", "Cytogenetic (chromosome) location"))
                .setValue(new CodeableConcept().setText(f.chrom()));
        o.addComponent().setCode(loinc("81254-5", "Variant exact start-end"))
                .setValue(new Range().setLow(new Quantity(f.pos())));
        o.addComponent().setCode(loinc("69547-8", "Genomic ref allele [ID]")).setValue(new StringType(f.ref()));
        o.addComponent().setCode(loinc("69551-0", "Genomic alt allele [ID]")).setValue(new StringType(f.alt()));
        if (f.vaf() != null) {
            o.addComponent().setCode(loinc("81258-6", "Sample variant allelic frequency [NFr]"))
                    .setValue(new Quantity().setValue(f.vaf()).setSystem("http://unitsofmeasure.org").setCode("1"));
        }
        if (f.zygosity() != null) {
            String[] z = switch (f.zygosity()) {
                case HET -> new String[] {"LA6706-1", "Heterozygous"};
                case HOM_ALT -> new String[] {"LA6705-3", "Homozygous"};
                default -> null;
            };
            if (z != null) {
                o.addComponent().setCode(loinc("53034-5", "Allelic state"))
                        .setValue(new CodeableConcept(new Coding(LOINC, z[0], z[1])));
            }
        }
        o.addComponent().setCode(loinc("48002-0", "Genomic source class [Type]")).setValue(new CodeableConcept(
                f.category() == FindingCategory.PRIMARY && f.ampTier() != null
                        ? new Coding(LOINC, "LA6684-0", "Somatic") : new Coding(LOINC, "LA6683-2", "Germline")));
        return o;
    }

    private Observation diagnosticImplication(ReportContent r, ReportedFinding f, int n, Reference subject,
                                              Observation variant) {
        Observation o = new Observation();
        o.setId(uuid(r, "diagnostic-implication-" + n));
        o.getMeta().addProfile(IG + "diagnostic-implication");
        o.setStatus(status(r));
        o.addCategory(laboratory());
        o.setCode(new CodeableConcept(new Coding(TBD, "diagnostic-implication", "Diagnostic Implication")));
        o.setSubject(subject);
        o.addDerivedFrom(ref(variant));
        if (f.acmgClass() != null) {
            String code = switch (f.acmgClass()) {
                case PATHOGENIC -> "LA6668-3";
                case LIKELY_PATHOGENIC -> "LA26332-9";
                case UNCERTAIN_SIGNIFICANCE -> "LA26333-7";
                case LIKELY_BENIGN -> "LA26334-5";
                case BENIGN -> "LA6675-8";
            };
            o.addComponent().setCode(loinc("53037-8", "Genetic variation clinical significance [Imp]"))
                    .setValue(new CodeableConcept(new Coding(LOINC, code, f.acmgClass().label())));
            if (!f.criteria().isEmpty()) {
                o.addNote().setText("ACMG/AMP criteria: " + String.join(", ", f.criteria()));
            }
        }
        if (f.ampTier() != null) {
            o.addComponent().setCode(new CodeableConcept(new Coding(TBD, "evidence-level", "Evidence level"))
                    .setText("AMP/ASCO/CAP 2017 tier"))
                    .setValue(new CodeableConcept(new Coding(AMP_TIER_SYSTEM, f.ampTier().code(),
                            "Tier " + f.ampTier().code())));
        }
        if (!f.condition().isEmpty()) {
            o.addComponent().setCode(loinc("81259-4", "Associated phenotype"))
                    .setValue(new CodeableConcept().setText(f.condition()));
        }
        if (f.category() != FindingCategory.PRIMARY) {
            o.addNote().setText(f.category() == FindingCategory.SECONDARY ? "Secondary finding (disclosed with consent)"
                    : "Presumed germline pathogenic variant");
        }
        return o;
    }

    private Observation therapeuticImplication(ReportContent r, ReportedFinding f, Therapy th, int n, int t,
                                               Reference subject, Observation variant) {
        Observation o = new Observation();
        o.setId(uuid(r, "therapeutic-implication-" + n + "-" + t));
        o.getMeta().addProfile(IG + "therapeutic-implication");
        o.setStatus(status(r));
        o.addCategory(laboratory());
        o.setCode(new CodeableConcept(new Coding(TBD, "therapeutic-implication", "Therapeutic Implication")));
        o.setSubject(subject);
        o.addDerivedFrom(ref(variant));
        o.addComponent().setCode(loinc("51963-7", "Medication assessed [ID]"))
                .setValue(new CodeableConcept().setText(th.drug()));
        o.addComponent().setCode(loinc("93044-6", "Level of evidence"))
                .setValue(new CodeableConcept(new Coding(JP_EVIDENCE_SYSTEM, th.evidenceLevel().name(),
                        "Evidence level " + th.evidenceLevel().name() + " (JSMO/JSCO/JCA)")));
        o.addComponent().setCode(new CodeableConcept().setText("Approval status in Japan"))
                .setValue(new CodeableConcept().setText(th.approval().name()));
        for (ClinicalTrial trial : th.trials()) {
            o.addComponent().setCode(new CodeableConcept().setText("Clinical trial"))
                    .setValue(new CodeableConcept(new Coding("urn:zenome:trial-registry:" + trial.registry().name(),
                            trial.identifier(), trial.title().isEmpty() ? null : trial.title())));
        }
        if (!th.reference().isEmpty()) {
            o.addNote().setText(th.reference());
        }
        return o;
    }

    private static Observation.ObservationStatus status(ReportContent r) {
        return r.draft() ? Observation.ObservationStatus.PRELIMINARY : Observation.ObservationStatus.FINAL;
    }

    private static CodeableConcept laboratory() {
        return new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory", "Laboratory"));
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(LOINC, code, display));
    }

    private static String qualified(String transcript, String hgvs) {
        return hgvs.contains(":") || transcript.isEmpty() ? hgvs : transcript + ":" + hgvs;
    }

    private static void add(Bundle b, Resource res) {
        b.addEntry().setFullUrl("urn:uuid:" + res.getIdElement().getIdPart()).setResource(res);
    }

    private static Reference ref(Resource res) {
        return new Reference("urn:uuid:" + res.getIdElement().getIdPart());
    }

    private static String uuid(ReportContent r, String key) {
        return UUID.nameUUIDFromBytes((r.reportId() + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

}
