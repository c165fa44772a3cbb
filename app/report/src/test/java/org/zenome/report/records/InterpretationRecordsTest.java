package org.zenome.report.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.CriterionCall;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.report.model.FindingCategory;
import org.zenome.report.model.Interpretation;
import org.zenome.report.model.ReportedFinding;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/** The report's clinical sections from the interpretation store; secondary findings only with consent. */
class InterpretationRecordsTest {
    private static final Instant T = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void reportableFindingsSourcesAndTheConsentGate() throws Exception {
        try (CaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            Path vcf = Path.of(getClass().getResource("/interpretation/trio.vcf").toURI());
            long pk = new CaseImporter(s, "test").importVcf(new ImportRequest("T1", DiseaseArea.RARE_DISEASE, "",
                    vcf, null, Map.of("PROBAND", SampleRole.PROBAND, "MOTHER", SampleRole.MOTHER, "FATHER",
                    SampleRole.FATHER), GenomeBuild.GRCh38, false), ImportListener.NONE).casePk();
            CaseSummary c = s.cases().find("T1").orElseThrow();
            InterpretationRecords records = new InterpretationRecords(s);
            assertThat(records.interpretation(c)).isEmpty();
            assertThat(records.consent(c)).isEmpty();
            for (String gene : List.of("GENEA", "TP53", "GENEB")) {
                Finding f = s.findings().query(pk, VariantFilter.all().withGenes(List.of(gene)), 0, 1).get(0);
                FindingRef ref = FindingRef.of(pk, f);
                List<String> criteria = gene.equals("GENEB") ? List.of("PM2_Supporting") : List.of("PVS1", "PS2");
                for (String cr : criteria) {
                    s.interpretation().recordCall(ref, CriterionCall.accepted(AppliedCriterion.parse(cr), "", "sato", T));
                }
            }
            s.interpretation().recordAnnotations(new AnnotationSourceRecord(0, pk, "clinvar", "1", "ClinVar",
                    "20260226", "/data/clinvar.vcf.gz", 10, "ab12", "GRCh38", 6, 0, "sato", T), List.of());
            // no consent: TP53 (ACMG SF, Cancer) never reaches the report; GENEB is VUS: not reportable
            Interpretation none = records.interpretation(c).orElseThrow();
            assertThat(none.findings()).extracting(ReportedFinding::gene).containsExactly("GENEA");
            assertThat(none.findings().get(0).acmgClass()).isEqualTo(AcmgClass.PATHOGENIC);
            assertThat(none.findings().get(0).criteria()).containsExactly("PVS1", "PS2");
            assertThat(none.annotationSources()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("ClinVar");
                assertThat(a.version()).isEqualTo("20260226");
                assertThat(a.checksum()).isEqualTo("ab12");
            });
            s.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY,
                    Set.of("Cardiovascular"), "acmg-sf-3.1", false, null, "", "sato", T));
            assertThat(records.interpretation(c).orElseThrow().findings()).extracting(ReportedFinding::gene)
                    .containsExactly("GENEA");
            assertThat(records.consent(c).orElseThrow().secondaryFindings()).isTrue();
            s.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY,
                    Set.of("Cancer"), "acmg-sf-3.1", false, null, "", "sato", T));
            List<ReportedFinding> withCancer = records.interpretation(c).orElseThrow().findings();
            assertThat(withCancer).extracting(ReportedFinding::gene, ReportedFinding::category).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("GENEA", FindingCategory.PRIMARY),
                    org.assertj.core.groups.Tuple.tuple("TP53", FindingCategory.SECONDARY));
            assertThat(withCancer.get(1).condition()).contains("Li-Fraumeni");
        }
    }
}
