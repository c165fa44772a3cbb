package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.annotation.AnnotationService;
import org.zenome.annotation.PluginRegistry;
import org.zenome.audit.AuditEntry;
import org.zenome.classification.AcmgClass;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.AppliedCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.ConfirmationMethod;
import org.zenome.classification.ConfirmationStatus;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.Strength;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityCriterion;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.Finding;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.importer.ImportResult;
import org.zenome.store.CaseStore;
import org.zenome.store.InterpretationRepository;

/**
 * {@code import --replace} keeps the case's interpretation, on the real Scout demo trio: the clinical VCF is imported,
 * interpreted, then replaced by the research VCF of the same family (which lacks three mitochondrial variants and has
 * one more), and by a copy of it that writes one SNV with a padded allele. Records move to the new findings by
 * normalised variant; the one on a variant that left the data is kept as an orphaned finding.
 */
class InterpretationCarryOverTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
    CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    private Path trio;

    @BeforeEach
    void data() {
        String root = System.getProperty("zenome.shared.data", "../../../shared/data");
        trio = Path.of(root, "scout_demo_trio_643594").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(trio.resolve("643594.clinical.vcf.gz")),
                "shared test data not present: " + trio);
    }

    private ImportResult importTrio(CaseStore s, Path vcf, boolean replace) throws Exception {
        return new CaseImporter(s, "test", "sato").importVcf(new ImportRequest("643594", DiseaseArea.RARE_DISEASE,
                "test", vcf, trio.resolve("643594.ped"), Map.of(), GenomeBuild.GRCh37, replace), ImportListener.NONE);
    }

    private static Finding at(CaseStore s, long pk, String chrom, int pos) {
        return s.findings().query(pk, VariantFilter.all().withRegion(new org.zenome.domain.Region(chrom, pos, pos)), 0, 10).stream()
                .filter(f -> f.pos() == pos).findFirst().orElseThrow(() -> new AssertionError("no finding at "
                        + chrom + ":" + pos));
    }

    @Test
    void replaceCarriesEveryRecordByVariantAndKeepsTheOrphans() throws Exception {
        Path db = dir.resolve("z.db");
        try (CaseStore s = open(db)) {
            long pk = importTrio(s, trio.resolve("643594.clinical.vcf.gz"), false).casePk();
            InterpretationRepository r = s.interpretation();
            Finding del = at(s, pk, "chr1", 7889972); // 54-base deletion
            Finding snv = at(s, pk, "chr1", 7879627);
            Finding mt = at(s, pk, "chrM", 14872); // not in the research VCF
            FindingRef delRef = FindingRef.of(pk, del);
            r.recordCall(delRef, CriterionCall.accepted(AppliedCriterion.parse("PVS1_Strong"), "in-frame? no", "sato",
                    T0));
            r.recordCall(delRef, CriterionCall.accepted(AppliedCriterion.parse("PM2_Supporting"), "absent", "sato",
                    T0.plusSeconds(1)));
            r.recordCall(delRef, new CriterionCall(AcmgCriterion.PP3, Strength.SUPPORTING, CallStatus.REJECTED,
                    "no score", "suzuki", T0.plusSeconds(2)));
            r.saveConfirmation(delRef, new ConfirmatoryTest(true, ConfirmationMethod.SANGER, ConfirmationStatus.ORDERED,
                    LocalDate.of(2026, 12, 1), "sent"), "sato", T0.plusSeconds(3));
            r.saveSomatic(FindingRef.of(pk, snv), new SomaticRecord(snv.id(), AmpTier.TIER_II_C,
                    new Oncogenicity(List.of(OncogenicityCriterion.OS3)), JapaneseEvidenceLevel.C,
                    List.of(new Therapy("olaparib", JapanApprovalStatus.APPROVED_OTHER_CANCER, JapaneseEvidenceLevel.C,
                            "PMID 1", List.of())), "tier note", "tanaka", T0.plusSeconds(4)));
            FindingRef mtRef = FindingRef.of(pk, mt);
            r.recordCall(mtRef, CriterionCall.accepted(AppliedCriterion.parse("BS1"), "common", "sato",
                    T0.plusSeconds(5)));
            r.saveConfirmation(mtRef, new ConfirmatoryTest(false, null, ConfirmationStatus.NOT_ORDERED, null,
                    "not needed"), "sato", T0.plusSeconds(6));
            new InterpretationService(s, () -> "sato", java.time.Clock.systemUTC(), SecondaryFindingLists.builtIn(),
                    org.zenome.classification.SuggestionSettings.defaults()).saveConsent(pk,
                    SecondaryFindingConsent.Choice.ALL, Set.of(), null, true, LocalDate.of(2026, 11, 30), "form 12");
            Path gnomad = Path.of(trio.getParent().toString(), "population_frequencies_gnomad_excerpts",
                    "genomes-grch37_v2.1_gnomad-genomes.vcf");
            var provider = PluginRegistry.discover(null).find("population-frequency").orElseThrow();
            var source = new AnnotationService(s, () -> "sato", java.time.Clock.systemUTC()).annotate(pk, provider,
                    gnomad, null, null, null);
            int historyBefore = r.caseHistory(pk).size();
            var delClass = r.classification(del.id()).orElseThrow();

            ImportResult again = importTrio(s, trio.resolve("643594.research.vcf.gz"), true);

            assertThat(again.casePk()).isEqualTo(pk);
            CarryOver c = again.carryOver();
            assertThat(c.carried()).isEqualTo(2);
            assertThat(c.orphaned()).isEqualTo(1);
            assertThat(c.orphanLabels()).containsExactly(mtRef.label());
            assertThat(c.reapplied()).singleElement().asString().contains("population-frequency");
            assertThat(c.notReapplied()).isEmpty();

            Finding del2 = at(s, pk, "chr1", 7889972);
            Finding snv2 = at(s, pk, "chr1", 7879627);
            assertThat(r.currentCalls(del2.id())).extracting(CriterionCall::label, CriterionCall::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PVS1_Strong", CallStatus.ACCEPTED),
                            org.assertj.core.groups.Tuple.tuple("PM2_Supporting", CallStatus.ACCEPTED),
                            org.assertj.core.groups.Tuple.tuple("PP3", CallStatus.REJECTED));
            assertThat(r.calls(del2.id())).hasSize(3);
            assertThat(r.classification(del2.id())).hasValueSatisfying(g -> {
                assertThat(g.rulesClass()).isEqualTo(delClass.rulesClass());
                assertThat(g.points()).isEqualTo(delClass.points());
            });
            assertThat(r.resultReturn(del2.id())).hasValueSatisfying(k -> {
                assertThat(k.confirmation().status()).isEqualTo(ConfirmationStatus.ORDERED);
                assertThat(k.confirmation().note()).isEqualTo("sent");
            });
            assertThat(r.somatic(snv2.id())).hasValueSatisfying(x -> {
                assertThat(x.tier()).isEqualTo(AmpTier.TIER_II_C);
                assertThat(x.therapies()).extracting(Therapy::drug).containsExactly("olaparib");
                assertThat(x.note()).isEqualTo("tier note");
            });
            assertThat(r.statuses(List.of(del2.id(), snv2.id())).keySet()).containsExactlyInAnyOrder(del2.id(),
                    snv2.id());
            // the history follows the finding and says what happened
            assertThat(r.history(del2.id())).extracting(HistoryEntry::subject).startsWith("PVS1")
                    .endsWith("reimport.carried");
            assertThat(r.interpretedFindings(pk)).containsExactlyInAnyOrder(del2.id(), snv2.id());
            // the orphan: kept with everything, visible, read-only
            List<OrphanedFinding> orphans = r.orphanedFindings(pk);
            assertThat(orphans).singleElement().satisfies(o -> {
                assertThat(o.ref().label()).isEqualTo(mtRef.label());
                assertThat(o.note()).contains("643594.research.vcf.gz");
                assertThat(r.currentCalls(o.ref().findingId())).extracting(CriterionCall::label).containsExactly("BS1");
                assertThat(r.classification(o.ref().findingId())).hasValueSatisfying(g ->
                        assertThat(g.rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE));
                assertThat(r.resultReturn(o.ref().findingId())).isPresent();
                assertThat(r.history(o.ref().findingId())).extracting(HistoryEntry::subject)
                        .contains("BS1", "reimport.orphaned");
                assertThatThrownBy(() -> r.recordCall(o.ref(), CriterionCall.accepted(AppliedCriterion.parse("BA1"),
                        "", "sato", T0))).isInstanceOf(IllegalStateException.class).hasMessageContaining("orphaned");
            });
            // no new finding shows an old record by accident
            List<Finding> all = s.findings().query(pk, VariantFilter.all(), 0, 2000);
            assertThat(r.statuses(all.stream().map(Finding::id).toList())).hasSize(2);
            // case-level records stay; the annotation source was applied again to the new rows
            assertThat(r.consent(pk)).hasValueSatisfying(k -> assertThat(k.note()).isEqualTo("form 12"));
            assertThat(r.annotationSources(pk)).singleElement().satisfies(a -> {
                assertThat(a.id()).isNotEqualTo(source.id());
                assertThat(a.sha256()).isEqualTo(source.sha256());
                assertThat(a.lookedUp()).isEqualTo(again.findings());
            });
            assertThat(r.caseHistory(pk).size()).isGreaterThan(historyBefore);
            assertThat(r.caseHistory(pk)).anySatisfy(h -> {
                assertThat(h.subject()).isEqualTo("reimport");
                assertThat(h.newValue()).startsWith("2 carried over, 1 orphaned");
            });
            // the audit log holds the carry-over and is intact
            List<AuditEntry> audit = s.audit().list("643594", null, null, null);
            assertThat(audit).extracting(AuditEntry::action).contains("interpretation.reimport.carried",
                    "interpretation.reimport.orphaned", "interpretation.reimport", "case.reimport");
            assertThat(s.audit().verify().intact()).isTrue();
        }
        // and all of it is on disk
        try (CaseStore s = open(db)) {
            long pk = s.cases().find("643594").orElseThrow().id();
            assertThat(s.interpretation().orphanedFindings(pk)).hasSize(1);
            assertThat(s.interpretation().interpretedFindings(pk)).hasSize(2);
        }
    }

    @Test
    void aVariantWrittenDifferentlyIsMatchedAfterNormalisationAndAnOrphanComesBack() throws Exception {
        Path db = dir.resolve("z.db");
        // the research VCF with the SNV chr1:7879627 C>G written with a padded allele (CA>GA) and MT:14872 C>T
        // restored at the end
        Path padded = dir.resolve("padded.vcf");
        String mtLine;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(trio.resolve("643594.clinical.vcf.gz"))), StandardCharsets.UTF_8))) {
            mtLine = in.lines().filter(l -> l.startsWith("MT\t14872\t")).findFirst().orElseThrow();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(trio.resolve("643594.research.vcf.gz"))), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(padded)) {
            String line;
            boolean pad = false;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (!line.startsWith("#") && f[0].equals("1") && f[1].equals("7879627")) {
                    f[3] = f[3] + "A";
                    f[4] = f[4] + "A";
                    line = String.join("\t", f);
                    pad = true;
                }
                out.write(line);
                out.newLine();
            }
            out.write(mtLine);
            out.newLine();
            assertThat(pad).isTrue();
        }
        try (CaseStore s = open(db)) {
            long pk = importTrio(s, trio.resolve("643594.clinical.vcf.gz"), false).casePk();
            InterpretationRepository r = s.interpretation();
            Finding snv = at(s, pk, "chr1", 7879627);
            Finding mt = at(s, pk, "chrM", 14872);
            r.recordCall(FindingRef.of(pk, snv), CriterionCall.accepted(AppliedCriterion.parse("BA1"), "AF 0.4",
                    "sato", T0));
            r.recordCall(FindingRef.of(pk, mt), CriterionCall.accepted(AppliedCriterion.parse("BS1"), "common",
                    "sato", T0));

            // research: the MT variant leaves (orphaned) ...
            CarryOver first = importTrio(s, trio.resolve("643594.research.vcf.gz"), true).carryOver();
            assertThat(first.carried()).isEqualTo(1);
            assertThat(first.orphaned()).isEqualTo(1);
            long orphanId = r.orphanedFindings(pk).get(0).ref().findingId();

            // ... the padded file: the SNV is found as CA>GA, the MT variant is back and attached again
            CarryOver second = importTrio(s, padded, true).carryOver();
            assertThat(second.carried()).isEqualTo(2);
            assertThat(second.reattached()).isEqualTo(1);
            assertThat(second.orphaned()).isZero();
            assertThat(r.orphanedFindings(pk)).isEmpty();
            Finding snv3 = at(s, pk, "chr1", 7879627);
            assertThat(snv3.ref()).isEqualTo("CA");
            assertThat(r.currentCalls(snv3.id())).extracting(CriterionCall::label).containsExactly("BA1");
            Finding mt3 = at(s, pk, "chrM", 14872);
            assertThat(r.currentCalls(mt3.id())).extracting(CriterionCall::label).containsExactly("BS1");
            assertThat(r.history(mt3.id())).extracting(HistoryEntry::subject)
                    .containsExactly("BS1", "class.rules", "class.points", "reimport.orphaned", "reimport.carried");
            assertThat(r.currentCalls(orphanId)).isEmpty();
        }
    }
}
