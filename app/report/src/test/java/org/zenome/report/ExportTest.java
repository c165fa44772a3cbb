package org.zenome.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phenopackets.schema.v2.Phenopacket;
import org.phenopackets.schema.v2.core.AcmgPathogenicityClassification;
import org.phenopackets.schema.v2.core.GenomicInterpretation;
import org.zenome.report.export.FhirExporter;
import org.zenome.report.export.PhenopacketExporter;
import org.zenome.store.sqlite.SqliteCaseStore;

/** FHIR and Phenopacket exports parsed back with HAPI FHIR and the phenopacket-schema JSON parser. */
class ExportTest {
    @TempDir
    static Path dir;
    static SqliteCaseStore store;
    static TestRecords records;
    static ExportService exports;

    @BeforeAll
    static void open() throws Exception {
        store = TestCases.store(dir);
        records = new TestRecords(store);
        exports = new ExportService(store, records, ReportTemplates.builtIn(), ReportEvents.none(),
                ReportPdfTest.CLOCK);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void fhirBundleParsesBackWithTheGenomicsReportingProfiles() {
        String json = new String(exports.export(TestCases.CANCER, ExportService.Format.FHIR, false),
                StandardCharsets.UTF_8);
        Bundle b = FhirExporter.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        List<Resource> res = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();

        DiagnosticReport report = only(res, DiagnosticReport.class).get(0);
        assertThat(report.getMeta().hasProfile(FhirExporter.class.getPackageName().isEmpty() ? ""
                : "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/genomic-report")).isTrue();
        assertThat(report.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(report.getCode().getCodingFirstRep().getCode()).isEqualTo("51969-4");
        assertThat(report.getConclusion()).contains("EGFR L858R");
        assertThat(report.getIdentifierFirstRep().getValue()).isEqualTo("CA-0001-CA");

        List<Observation> obs = only(res, Observation.class);
        List<Observation> variants = profiled(obs, "variant");
        assertThat(variants).hasSize(32);
        Observation egfr = variants.stream().filter(o -> component(o, "48018-6").getText().equals("EGFR"))
                .findFirst().orElseThrow();
        assertThat(component(egfr, "48004-6").getCodingFirstRep().getCode()).isEqualTo("NM_005228.5:c.2573T>G");
        assertThat(component(egfr, "48005-3").getCodingFirstRep().getCode()).isEqualTo("p.(Leu858Arg)");
        assertThat(component(egfr, "62374-4").getCodingFirstRep().getCode()).isEqualTo("LA26806-2");
        assertThat(profiled(obs, "therapeutic-implication")).anySatisfy(o -> {
            assertThat(component(o, "51963-7").getText()).contains("osimertinib");
            assertThat(component(o, "93044-6").getCodingFirstRep().getCode()).isEqualTo("A");
        });
        assertThat(profiled(obs, "diagnostic-implication")).anySatisfy(o ->
                assertThat(component(o, "53037-8").getCodingFirstRep().getCode()).isEqualTo("LA6668-3"));
        assertThat(profiled(obs, "tumor-mutation-burden")).singleElement()
                .satisfies(o -> assertThat(o.getValueQuantity().getValue().doubleValue()).isEqualTo(12.4));
        assertThat(only(res, Task.class)).extracting(Task::getDescription)
                .contains("オシメルチニブによる治療を検討する");
        // every reference resolves inside the bundle
        var urls = b.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
        assertThat(report.getResult()).allSatisfy(r -> assertThat(urls).contains(r.getReference()));

        Patient p = only(res, Patient.class).get(0);
        assertThat(p.getNameFirstRep().getText()).isEqualTo("ゲノム 花子");
        assertThat(p.getBirthDateElement().getValueAsString()).isEqualTo("1970-04-01");
        // a second export is identical (stable IDs)
        assertThat(new String(exports.export(TestCases.CANCER, ExportService.Format.FHIR, false),
                StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void deidentifiedExportsDropNamesAndDatesOfBirth() throws Exception {
        String fhir = new String(exports.export(TestCases.CANCER, ExportService.Format.FHIR, true),
                StandardCharsets.UTF_8);
        assertThat(fhir).doesNotContain("ゲノム 花子", "1970-04-01", "H-123456").contains("CA-0001");
        Bundle b = FhirExporter.context().newJsonParser().parseResource(Bundle.class, fhir);
        Patient p = only(b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList(),
                Patient.class).get(0);
        assertThat(p.hasName()).isFalse();
        assertThat(p.hasBirthDate()).isFalse();
        String pp = new String(exports.export(TestCases.RARE, ExportService.Format.PHENOPACKET, true),
                StandardCharsets.UTF_8);
        assertThat(PhenopacketExporter.parse(pp).getSubject().hasDateOfBirth()).isFalse();
        assertThat(pp).doesNotContain("H-123456");
    }

    @Test
    void phenopacketParsesBackWithPhenotypesAndAcmgClasses() throws Exception {
        String json = new String(exports.export(TestCases.RARE, ExportService.Format.PHENOPACKET, false),
                StandardCharsets.UTF_8);
        Phenopacket p = PhenopacketExporter.parse(json);
        assertThat(p.getId()).isEqualTo("RD-0001-RD");
        assertThat(p.getSubject().getId()).isEqualTo("RD-0001");
        assertThat(p.getSubject().hasDateOfBirth()).isTrue();
        assertThat(p.getPhenotypicFeaturesList()).extracting(f -> f.getType().getId())
                .containsExactly("HP:0001250", "HP:0001263", "HP:0001249");
        assertThat(p.getPhenotypicFeatures(2).getExcluded()).isTrue();
        assertThat(p.getMetaData().getPhenopacketSchemaVersion()).isEqualTo("2.0");
        var dx = p.getInterpretations(0).getDiagnosis();
        assertThat(dx.getDisease().getLabel()).contains("てんかん性脳症");
        GenomicInterpretation scn1a = dx.getGenomicInterpretationsList().stream().filter(g -> g
                .getVariantInterpretation().getVariationDescriptor().getGeneContext().getSymbol().equals("SCN1A"))
                .findFirst().orElseThrow();
        assertThat(scn1a.getInterpretationStatus()).isEqualTo(GenomicInterpretation.InterpretationStatus.CAUSATIVE);
        assertThat(scn1a.getVariantInterpretation().getAcmgPathogenicityClassification())
                .isEqualTo(AcmgPathogenicityClassification.PATHOGENIC);
        var vd = scn1a.getVariantInterpretation().getVariationDescriptor();
        assertThat(vd.getExpressionsList()).extracting(e -> e.getValue())
                .contains("NM_001165963.4:c.2836C>T", "p.(Arg946Cys)");
        assertThat(vd.getVcfRecord().getPos()).isEqualTo(165991235L);
        assertThat(vd.getAllelicState().getId()).isEqualTo("GENO:0000135");
        assertThat(p.getInterpretations(0).getProgressStatus().name()).isEqualTo("SOLVED");
    }

    @Test
    void secondaryFindingsLeaveOnlyWithConsentAndPhenopacketsAreForRareDisease() throws Exception {
        records.consent = Boolean.FALSE;
        try {
            String pp = new String(exports.export(TestCases.RARE, ExportService.Format.PHENOPACKET, false),
                    StandardCharsets.UTF_8);
            assertThat(pp).doesNotContain("MYH7");
            assertThat(new String(exports.export(TestCases.CANCER, ExportService.Format.FHIR, false),
                    StandardCharsets.UTF_8)).doesNotContain("MLH1");
        } finally {
            records.consent = Boolean.TRUE;
        }
        assertThat(new String(exports.export(TestCases.RARE, ExportService.Format.PHENOPACKET, false),
                StandardCharsets.UTF_8)).contains("MYH7");
        assertThatThrownBy(() -> exports.export(TestCases.CANCER, ExportService.Format.PHENOPACKET, false))
                .isInstanceOf(ReportException.class).hasMessageContaining("rare-disease");
    }

    private static <T> List<T> only(List<Resource> res, Class<T> type) {
        return res.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<Observation> profiled(List<Observation> obs, String profile) {
        return obs.stream().filter(o -> o.getMeta().hasProfile(
                "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/" + profile)).toList();
    }

    private static CodeableConcept component(Observation o, String loinc) {
        return o.getComponent().stream().filter(c -> c.getCode().getCodingFirstRep().getCode().equals(loinc))
                .findFirst().orElseThrow(() -> new AssertionError("no component " + loinc)).getValueCodeableConcept();
    }
}
