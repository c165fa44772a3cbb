package org.zenome.report.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.CaseSummary;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.report.ReportBuilder;
import org.zenome.report.ReportContent;
import org.zenome.report.ReportKind;
import org.zenome.report.ReportLanguage;
import org.zenome.report.ReportWiring;
import org.zenome.report.model.ReportedFinding;
import org.zenome.store.CaseStore;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * Issue 4, "can never reach a report": the draft of a case nobody has interpreted yet lists the VCF's ClinVar
 * pathogenic findings as unreviewed candidates, and a secondary-finding gene (BRCA1) is among them only once the
 * patient has consented to that category; the table hid it already.
 */
class DraftConsentGateTest {
    @TempDir
    Path dir;

    @Test
    void aDraftsClinVarCandidatesLeaveOutSecondaryFindingGenesWithoutConsent() throws Exception {
        Path vcf = dir.resolve("sf.vcf");
        Files.writeString(vcf, "##fileformat=VCFv4.2\n##reference=GRCh38\n##contig=<ID=chr17,length=83257441>\n"
                + "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: "
                + "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp\">\n"
                + "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar significance\">\n"
                + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\n"
                + "chr17\t43045711\t.\tG\tC\t60\tPASS\tCSQ=C|missense_variant|MODERATE|BRCA1|ENSG0|Transcript|ENST06|"
                + "protein_coding|24/24||c.5500C>G|p.Leu1834Val;CLNSIG=Pathogenic\tGT\t0/1\n"
                + "chr17\t80104000\t.\tG\tA\t60\tPASS\tCSQ=A|missense_variant|MODERATE|GENEX|ENSG0|Transcript|ENST21|"
                + "protein_coding|5/20||c.1000G>A|p.Gly334Ser;CLNSIG=Pathogenic\tGT\t0/1\n");
        try (CaseStore s = SqliteCaseStore.open(dir.resolve("z.db"))) {
            long pk = new CaseImporter(s, "test").importVcf(new ImportRequest("SF1", DiseaseArea.RARE_DISEASE, "",
                    vcf, null, Map.of("PROBAND", SampleRole.PROBAND), GenomeBuild.GRCh38, false),
                    ImportListener.NONE).casePk();
            CaseSummary c = s.cases().find("SF1").orElseThrow();
            // the application's two record sources, in the order ReportWiring finds them
            ReportBuilder builder = new ReportBuilder(s, ReportWiring.combine(java.util.List.of(
                    new InterpretationRecords(s), new StoreClinicalRecords(s))));
            ReportContent draft = builder.build(c, "rare-disease", ReportKind.RARE_DISEASE, ReportLanguage.EN,
                    new ReportBuilder.Options(0, true, LocalDate.of(2026, 12, 3), Instant.now(), "", null, Map.of()));
            assertThat(draft.candidates()).isTrue();
            assertThat(draft.primary()).extracting(ReportedFinding::gene).containsExactly("GENEX");

            s.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY,
                    Set.of("Cancer"), "acmg-sf-3.1", false, null, "", "sato", Instant.now()));
            ReportContent consented = builder.build(c, "rare-disease", ReportKind.RARE_DISEASE, ReportLanguage.EN,
                    new ReportBuilder.Options(0, true, LocalDate.of(2026, 12, 3), Instant.now(), "", null, Map.of()));
            assertThat(consented.primary()).extracting(ReportedFinding::gene).containsExactly("BRCA1", "GENEX");
        }
    }
}
