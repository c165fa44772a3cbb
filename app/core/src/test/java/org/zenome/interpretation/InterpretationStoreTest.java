package org.zenome.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.zenome.classification.somatic.ClinicalTrial;
import org.zenome.classification.somatic.JapanApprovalStatus;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityCriterion;
import org.zenome.classification.somatic.Therapy;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.CaseStore;
import org.zenome.store.InterpretationRepository;

/** Interpretation records on a real SQLite store: persisted across reopening, with the full history. */
class InterpretationStoreTest {
    /** The engine the tests run on (a subclass runs them all on PostgreSQL). */
    org.zenome.testing.StoreEngine engine() {
        return org.zenome.testing.StoreEngine.SQLITE;
    }

    /** Opens the test's store {@code file} (on PostgreSQL: a database named after it). */
    org.zenome.store.CaseStore open(Path file) {
        return engine().open(file.getParent(), file.getFileName().toString());
    }

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    private static Finding finding(CaseStore s, long casePk, String gene) {
        return s.findings().query(casePk, VariantFilter.all().withGenes(List.of(gene)), 0, 10).get(0);
    }

    @Test
    void criterionCallsKeepEveryChangeWithWhoWhenOldAndNew() throws Exception {
        Path db = dir.resolve("z.db");
        long pk;
        FindingRef ref;
        try (CaseStore s = open(db)) {
            pk = InterpretationCases.importTrio(s, "T1");
            ref = FindingRef.of(pk, finding(s, pk, "BRCA1"));
            InterpretationRepository r = s.interpretation();
            var c1 = r.recordCall(ref, CriterionCall.accepted(AppliedCriterion.parse("PVS1"), "null variant", "sato",
                    T0));
            assertThat(c1.rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
            assertThat(c1.points()).isEqualTo(8);
            var c2 = r.recordCall(ref, CriterionCall.accepted(AppliedCriterion.parse("PP3"), "REVEL 0.85", "sato",
                    T0.plusSeconds(60)));
            // PVS1 + one PP: uncertain by the rules, 9 points (likely pathogenic): the schemes disagree
            assertThat(c2.rulesClass()).isEqualTo(AcmgClass.UNCERTAIN_SIGNIFICANCE);
            assertThat(c2.pointsClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
            assertThat(c2.disagree()).isTrue();
            // another reviewer lowers PP3... no, raises it to moderate: both schemes now Likely pathogenic / 10 points
            var c3 = r.recordCall(ref, new CriterionCall(AcmgCriterion.PP3, Strength.MODERATE, CallStatus.ACCEPTED,
                    "REVEL 0.85 >= 0.773", "suzuki", T0.plusSeconds(120)));
            assertThat(c3.rulesClass()).isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
            assertThat(c3.pointsClass()).isEqualTo(AcmgClass.PATHOGENIC);
            assertThat(c3.points()).isEqualTo(10);
        }
        try (CaseStore s = open(db)) {
            InterpretationRepository r = s.interpretation();
            assertThat(r.calls(ref.findingId())).hasSize(3);
            assertThat(r.currentCalls(ref.findingId())).extracting(CriterionCall::label)
                    .containsExactly("PVS1", "PP3_Moderate");
            var g = r.classification(ref.findingId()).orElseThrow();
            assertThat(g.counted()).extracting(AppliedCriterion::label).containsExactly("PVS1", "PP3_Moderate");
            assertThat(g.user()).isEqualTo("suzuki");
            List<HistoryEntry> h = r.history(ref.findingId());
            assertThat(h).extracting(HistoryEntry::describe).containsExactly(
                    "PVS1: - -> PVS1 accepted",
                    "class.rules: - -> Uncertain significance",
                    "class.points: - -> Likely pathogenic (8)",
                    "PP3: - -> PP3 accepted",
                    "class.points: Likely pathogenic (8) -> Likely pathogenic (9)",
                    "PP3: PP3 accepted -> PP3_Moderate accepted",
                    "class.rules: Uncertain significance -> Likely pathogenic",
                    "class.points: Likely pathogenic (9) -> Pathogenic (10)");
            assertThat(h.get(5).user()).isEqualTo("suzuki");
            assertThat(h.get(5).at()).isEqualTo(T0.plusSeconds(120));
            assertThat(h.get(5).note()).isEqualTo("REVEL 0.85 >= 0.773");
            assertThat(r.caseHistory(pk)).hasSize(8);
            // every change is also in the hash-chained audit log, and the chain verifies
            var audit = s.audit().list("T1", "suzuki", null, null);
            assertThat(audit).extracting(e -> e.action()).containsExactly("interpretation.PP3",
                    "interpretation.class.rules", "interpretation.class.points");
            assertThat(s.audit().verify().intact()).isTrue();
            assertThat(r.statuses(List.of(ref.findingId())).get(ref.findingId()).rulesClass())
                    .isEqualTo(AcmgClass.LIKELY_PATHOGENIC);
        }
    }

    @Test
    void rejectingASuggestionRemovesItFromTheClass() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            FindingRef ref = FindingRef.of(pk, finding(s, pk, "GENEA"));
            s.interpretation().recordCall(ref, CriterionCall.accepted(AppliedCriterion.parse("PM2_Supporting"), "",
                    "a", T0));
            var after = s.interpretation().recordCall(ref, new CriterionCall(AcmgCriterion.PM2, Strength.SUPPORTING,
                    CallStatus.REJECTED, "seen in ToMMo", "b", T0.plusSeconds(1)));
            assertThat(after.points()).isZero();
            assertThat(after.counted()).isEmpty();
        }
    }

    @Test
    void somaticRecordWithTherapiesTrialsAndItsHistory() throws Exception {
        Path db = dir.resolve("z.db");
        FindingRef ref;
        try (CaseStore s = open(db)) {
            long pk = InterpretationCases.importTumourNormal(s, "C1");
            ref = FindingRef.of(pk, finding(s, pk, "BRCA1"));
            Therapy olaparib = new Therapy("olaparib", JapanApprovalStatus.APPROVED_OTHER_CANCER,
                    JapaneseEvidenceLevel.B, "PMID 28578601", List.of());
            Therapy trial = new Therapy("niraparib", JapanApprovalStatus.CLINICAL_TRIAL, JapaneseEvidenceLevel.C, "",
                    List.of(ClinicalTrial.of("jrct2031210001"), new ClinicalTrial("NCT01234567", "phase II")));
            s.interpretation().saveSomatic(ref, new SomaticRecord(ref.findingId(), AmpTier.TIER_I_B,
                    Oncogenicity.of(OncogenicityCriterion.OVS1, OncogenicityCriterion.OM3), JapaneseEvidenceLevel.B,
                    List.of(olaparib, trial), "", "tanaka", T0));
            s.interpretation().saveSomatic(ref, new SomaticRecord(ref.findingId(), AmpTier.TIER_II_C,
                    Oncogenicity.of(OncogenicityCriterion.OVS1, OncogenicityCriterion.OM3), JapaneseEvidenceLevel.C,
                    List.of(olaparib, trial), "tier lowered after panel", "ito", T0.plusSeconds(5)));
        }
        try (CaseStore s = open(db)) {
            SomaticRecord r = s.interpretation().somatic(ref.findingId()).orElseThrow();
            assertThat(r.tier()).isEqualTo(AmpTier.TIER_II_C);
            assertThat(r.evidenceLevel()).isEqualTo(JapaneseEvidenceLevel.C);
            assertThat(r.oncogenicity().points()).isEqualTo(10);
            assertThat(r.oncogenicityClass()).hasValueSatisfying(c -> assertThat(c.label()).isEqualTo("Oncogenic"));
            assertThat(r.therapies()).hasSize(2);
            assertThat(r.therapies().get(1).trials()).extracting(ClinicalTrial::identifier)
                    .containsExactly("jRCT2031210001", "NCT01234567");
            assertThat(r.therapies().get(1).trials().get(1).title()).isEqualTo("phase II");
            assertThat(s.interpretation().history(ref.findingId())).extracting(HistoryEntry::describe).contains(
                    "amp.tier: - -> I-B", "amp.tier: I-B -> II-C", "evidence.level: B -> C",
                    "somatic.note: - -> tier lowered after panel");
            assertThat(s.interpretation().statuses(List.of(ref.findingId())).get(ref.findingId()).tier())
                    .isEqualTo(AmpTier.TIER_II_C);
        }
    }

    @Test
    void aFindingCannotBeReturnedWhileItsConfirmationIsPending() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            FindingRef ref = FindingRef.of(pk, finding(s, pk, "TP53"));
            InterpretationRepository r = s.interpretation();
            r.saveConfirmation(ref, new ConfirmatoryTest(true, ConfirmationMethod.SANGER, ConfirmationStatus.ORDERED,
                    LocalDate.of(2026, 12, 1), "sent to lab"), "sato", T0);
            assertThat(r.statuses(List.of(ref.findingId())).get(ref.findingId()).confirmationPending()).isTrue();
            assertThatThrownBy(() -> r.markReturned(ref, "sato", T0.plusSeconds(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("pending");
            assertThat(r.resultReturn(ref.findingId()).orElseThrow().returned()).isFalse();
            r.saveConfirmation(ref, new ConfirmatoryTest(true, ConfirmationMethod.SANGER, ConfirmationStatus.CONFIRMED,
                    LocalDate.of(2026, 12, 3), "confirmed"), "sato", T0.plusSeconds(2));
            assertThat(r.markReturned(ref, "kato", T0.plusSeconds(3)).returned()).isTrue();
            var status = r.statuses(List.of(ref.findingId())).get(ref.findingId());
            assertThat(status.confirmationPending()).isFalse();
            assertThat(status.returned()).isTrue();
            // once returned, the confirmation cannot be set back to pending
            assertThatThrownBy(() -> r.saveConfirmation(ref, new ConfirmatoryTest(true, ConfirmationMethod.SANGER,
                    ConfirmationStatus.ORDERED, null, ""), "x", T0.plusSeconds(4)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(r.resultReturn(ref.findingId()).orElseThrow().confirmation().status())
                    .isEqualTo(ConfirmationStatus.CONFIRMED);
            assertThat(r.history(ref.findingId())).extracting(HistoryEntry::describe).containsExactly(
                    "confirmation: - -> required, SANGER, ORDERED 2026-12-01",
                    "confirmation: required, SANGER, ORDERED 2026-12-01 -> required, SANGER, CONFIRMED 2026-12-03",
                    "returned: - -> returned to the patient");
        }
    }

    @Test
    void consentAndTmbPerCase() throws Exception {
        Path db = dir.resolve("z.db");
        long pk;
        try (CaseStore s = open(db)) {
            pk = InterpretationCases.importTrio(s, "T1");
            assertThat(s.interpretation().consent(pk)).isEmpty();
            s.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY,
                    Set.of("Cancer"), "acmg-sf-3.1", true, LocalDate.of(2026, 11, 30), "form v2", "sato", T0));
            s.interpretation().saveConsent(pk, new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY,
                    Set.of("Cancer", "Cardiovascular"), "acmg-sf-3.1", false, LocalDate.of(2026, 12, 2), "", "ito",
                    T0.plusSeconds(9)));
        }
        try (CaseStore s = open(db)) {
            SecondaryFindingConsent c = s.interpretation().consent(pk).orElseThrow();
            assertThat(c.categories()).containsExactly("Cancer", "Cardiovascular");
            assertThat(c.researchUse()).isFalse();
            assertThat(c.user()).isEqualTo("ito");
            assertThat(s.interpretation().caseHistory(pk)).extracting(HistoryEntry::oldValue, HistoryEntry::newValue)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("",
                                    "SF BY_CATEGORY:Cancer (acmg-sf-3.1), research yes, signed 2026-11-30"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "SF BY_CATEGORY:Cancer (acmg-sf-3.1), research yes, signed 2026-11-30",
                                    "SF BY_CATEGORY:Cancer,Cardiovascular (acmg-sf-3.1), research no, signed 2026-12-02"));
        }
    }

    @Test
    void hiddenGenesStayOutOfTheTableInSql() throws Exception {
        try (CaseStore s = open(dir.resolve("z.db"))) {
            long pk = InterpretationCases.importTrio(s, "T1");
            SecondaryFindingList acmg = SecondaryFindingLists.builtIn().resolve(null);
            Set<String> noConsent = acmg.hiddenGenes(null);
            List<Finding> shown = s.findings().query(pk, VariantFilter.all(), noConsent, 0, 100);
            assertThat(shown).extracting(Finding::gene).containsExactly("GENEA", "GENEB");
            assertThat(s.findings().count(pk, VariantFilter.all(), noConsent)).isEqualTo(2);
            var cancerOnly = new SecondaryFindingConsent(SecondaryFindingConsent.Choice.BY_CATEGORY, Set.of("cancer"),
                    acmg.id(), false, null, "", "u", T0);
            assertThat(s.findings().query(pk, VariantFilter.all(), acmg.hiddenGenes(cancerOnly), 0, 100))
                    .extracting(Finding::gene).containsExactly("GENEA", "GENEB", "APC", "TP53", "BRCA1");
            var none = new SecondaryFindingConsent(SecondaryFindingConsent.Choice.NONE, Set.of(), acmg.id(), false,
                    null, "", "u", T0);
            assertThat(s.findings().count(pk, VariantFilter.all(), acmg.hiddenGenes(none))).isEqualTo(2);
            var all = new SecondaryFindingConsent(SecondaryFindingConsent.Choice.ALL, Set.of(), acmg.id(), false,
                    null, "", "u", T0);
            assertThat(s.findings().count(pk, VariantFilter.all(), acmg.hiddenGenes(all))).isEqualTo(6);
            assertThat(Map.of()).isEmpty();
        }
    }
}
