package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.Strength;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.VariantFilter;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.interpretation.FindingRef;
import org.zenome.panel.Accounts;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.NoteKind;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.Passwords;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.User;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.I18n;

/**
 * The presenter's view model on a real store (no FX toolkit): a case opens with its candidate findings in
 * position order, the first selected; the discussion so far is counted per finding; the decision form of an
 * undecided finding starts from the case's ACMG/AMP classification.
 */
class PresenterViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aCaseOpensWithItsCandidatesTheDiscussionSoFarAndTheClassificationAsStartingPoint() throws Exception {
        Path vcf = dir.resolve("c1.vcf");
        Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "chr13\t32316461\t.\tG\tA\t50\tPASS\t.\nchr13\t32319077\t.\tC\tT\t60\tPASS\t.\n");
        try (SqliteCaseStore store = SqliteCaseStore.open(dir.resolve("p.db"))) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            User admin = accounts.createFirstAdministrator("admin", "Admin", EnumSet.of(PanelRole.SECRETARY,
                    PanelRole.CLINICAL_GENETICIST), "correct horse battery".toCharArray());
            new CaseImporter(store, "test", "admin").importVcf(new ImportRequest("C-1", DiseaseArea.CANCER, "", vcf,
                    null, Map.of(), GenomeBuild.GRCh38, false), ImportListener.NONE);
            PanelService panel = new PanelService(store, accounts, QuorumRules.builtIn(), Clock.systemUTC());
            Meeting m = panel.createMeeting(admin, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.ONLINE,
                    DiseaseArea.CANCER, "", "admin", false);
            panel.addToAgenda(admin, m.id(), "C-1", false, true);
            var kase = store.cases().find("C-1").orElseThrow();
            var second = store.findings().query(kase.id(), VariantFilter.all(), 0, 10).get(1);
            store.interpretation().recordCall(FindingRef.of(kase.id(), second), new CriterionCall(AcmgCriterion.PVS1,
                    Strength.VERY_STRONG, CallStatus.ACCEPTED, "", "admin", Instant.now()));
            store.interpretation().recordCall(FindingRef.of(kase.id(), second), new CriterionCall(AcmgCriterion.PM2,
                    Strength.MODERATE, CallStatus.ACCEPTED, "", "admin", Instant.now()));
            panel.addNote(admin, -1, "C-1", "chr13:32316461:G>A", m.id(), NoteKind.NOTE, "VAF 0.49");
            panel.addNote(admin, -1, "C-1", "chr13:32316461:G>A", m.id(), NoteKind.PROPOSAL, "report");

            I18n i18n = new I18n(Locale.ENGLISH);
            Session session = new Session(Duration.ofMinutes(10), Clock.systemUTC());
            session.loggedIn(admin);
            PanelContext ctx = new PanelContext(new CurrentThreadTaskExecutor(), i18n, new PanelLabels(i18n), store,
                    panel, accounts, session, null);
            PresenterViewModel vm = new PresenterViewModel(ctx, store.meetings().find(m.id()).orElseThrow());
            vm.start();

            assertThat(vm.findings()).extracting(CandidateFinding::ref).containsExactly("chr13:32316461:G>A",
                    "chr13:32319077:C>T");
            assertThat(vm.findings()).allSatisfy(c -> assertThat(c.finding()).isNotNull());
            assertThat(vm.selectedFindingProperty().get()).isEqualTo(vm.findings().get(0));
            // the discussion so far: both notes of the first finding, none on the second
            assertThat(vm.notes()).extracting(n -> n.text()).containsExactly("VAF 0.49", "report");
            assertThat(vm.noteCount("chr13:32316461:G>A")).isEqualTo(2);
            assertThat(vm.noteCount("chr13:32319077:C>T")).isZero();
            assertThat(vm.classificationProperty().get()).isEmpty();

            // the classified finding: the form starts from its class and the criteria counted
            vm.selectedFindingProperty().set(vm.findings().get(1));
            assertThat(vm.classificationProperty().get()).isEqualTo("Likely pathogenic");
            assertThat(vm.evidenceProperty().get()).contains("PVS1").contains("PM2");
        }
    }

    @Test
    void aRefusedWriteToASignedCaseReadsAsTheLockInEveryPane() {
        I18n i18n = new I18n(Locale.ENGLISH);
        var locked = new org.zenome.store.CaseLockedException("C-1", "case C-1 is signed off");
        // the interpretation panes describe failures with UserErrors: the lock is named, not "something went wrong"
        assertThat(org.zenome.ui.common.UserErrors.describe(new java.util.concurrent.ExecutionException(locked), i18n))
                .isEqualTo("Case C-1 is signed off and read-only; amend it with a reason to change it.");
    }
}
