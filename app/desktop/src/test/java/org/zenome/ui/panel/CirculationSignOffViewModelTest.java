package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.panel.Accounts;
import org.zenome.panel.CirculationRules;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.Outcome;
import org.zenome.panel.PanelRole;
import org.zenome.panel.PanelService;
import org.zenome.panel.Passwords;
import org.zenome.panel.QuorumRules;
import org.zenome.panel.RecommendedAction;
import org.zenome.panel.User;
import org.zenome.qc.QcResult;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.common.CurrentThreadTaskExecutor;
import org.zenome.ui.common.I18n;

/**
 * The presenter of a meeting by circulation on a real store, in Japanese: a case that became ineligible during the
 * circulation (a genetic-counselling referral was recorded) is not signed off; the chair reads why, and the meetings
 * view lists the recorded result after a check.
 */
class CirculationSignOffViewModelTest {
    private static final String PW = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void aCaseThatBecameIneligibleIsNotSignedOffByCirculation() throws Exception {
        Path vcf = dir.resolve("c1.vcf");
        Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr13\t32316461\t.\tG\tA\t50\tPASS\t.\n");
        try (SqliteCaseStore store = SqliteCaseStore.open(dir.resolve("p.db"))) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            User chair = accounts.createFirstAdministrator("chair", "Dr Chair", EnumSet.of(PanelRole.SECRETARY,
                    PanelRole.DRUG_THERAPY_PHYSICIAN), PW.toCharArray());
            long pk = new CaseImporter(store, "test", "chair").importVcf(new ImportRequest("C-1", DiseaseArea.CANCER,
                    "肺腺癌", vcf, null, Map.of(), GenomeBuild.GRCh38, false), ImportListener.NONE).casePk();
            store.qc().save(pk, new QcResult("C-1", Instant.now(), "bio", "test", List.of(), List.of(), List.of(),
                    List.of(), List.of()));
            PanelService panel = new PanelService(store, accounts, QuorumRules.builtIn(), CirculationRules.builtIn(),
                    Clock.systemUTC());
            Meeting m = panel.createMeeting(chair, LocalDateTime.of(2026, 12, 10, 17, 0), MeetingFormat.CIRCULATION,
                    DiseaseArea.CANCER, "", "chair", false);
            panel.addToAgenda(chair, m.id(), "C-1", false, true, "伊藤医師");
            panel.recordDecision(chair, -1, "C-1", "chr13:32316461:G>A", "BRCA2 c.68-7T>A", "", "", Outcome.PRIMARY,
                    "家族歴あり", List.of(RecommendedAction.parse("genetic-counselling:紹介")), m.id());

            I18n i18n = new I18n(Locale.JAPANESE);
            Session session = new Session(Duration.ofMinutes(10), Clock.systemUTC());
            session.loggedIn(chair);
            PanelContext ctx = new PanelContext(new CurrentThreadTaskExecutor(), i18n, new PanelLabels(i18n), store,
                    panel, accounts, session, null);
            PresenterViewModel vm = new PresenterViewModel(ctx, store.meetings().find(m.id()).orElseThrow());
            vm.start();
            vm.signOff(PW.toCharArray());
            assertThat(vm.messageProperty().get()).isEqualTo("症例 C-1 は持ち回り協議で扱えません (規則 cancer-circulation "
                    + "(zenome-circulation-2026.1))。満たしていない条件: 生殖細胞系列由来が疑われる所見・遺伝カウンセリングへの紹介がない "
                    + "(BRCA2 c.68-7T>A (recommended: genetic-counselling))");
            assertThat(store.reviews().isLocked("C-1")).isFalse();

            // the meetings view shows the recorded (failed) check of the case
            MeetingsViewModel meetings = new MeetingsViewModel(ctx);
            meetings.refresh();
            meetings.selectedProperty().set(meetings.meetings().get(0));
            assertThat(meetings.circulationLines()).containsExactly(
                    "C-1: 持ち回り協議に不適格 (規則 cancer-circulation (zenome-circulation-2026.1))",
                    "\u2022 未充足: 生殖細胞系列由来が疑われる所見・遺伝カウンセリングへの紹介がない (BRCA2 c.68-7T>A (recommended: "
                            + "genetic-counselling))");
        }
    }
}
