package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zenome.ui.FxTestSupport.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.panel.Accounts;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.Passwords;
import org.zenome.panel.User;
import org.zenome.qc.QcResult;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.FxTestSupport;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a temporary SQLite file: a meeting by circulation refuses a case with a presumed germline
 * finding, naming the unmet conditions in the message line, takes an eligible one and shows its recorded
 * eligibility on the agenda and in the circulation pane; the format change of a meeting holding an ineligible case
 * to circulation is refused too.
 */
class CirculationFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private static final String PW = "correct horse battery";
    private static final String HEADER = String.join("\n",
            "##fileformat=VCFv4.2",
            "##contig=<ID=chr12,length=133275309>",
            "##contig=<ID=chr17,length=83257441>",
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: "
                    + "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|"
                    + "CANONICAL|MAX_AF|REVEL\">",
            "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar significance\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">",
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTUMOR\tNORMAL");
    private static final String KRAS = "chr12\t25245350\t.\tC\tA\t60\tPASS\tCSQ=A|missense_variant|MODERATE|KRAS|ENSG0|"
            + "Transcript|ENST1|protein_coding|2/6||c.35G>T|p.Gly12Val|YES||\tGT:AD:DP\t0/1:30,20:50\t0/0:40,0:40";
    private static final String TP53 = "chr17\t7669691\t.\tC\tG\t60\tPASS\tCSQ=G|missense_variant|MODERATE|TP53|ENSG0|"
            + "Transcript|ENST05|protein_coding|7/11||c.700G>C|p.Val234Leu|YES||;CLNSIG=Pathogenic\tGT:AD:DP\t"
            + "0/1:25,24:49\t0/1:20,19:39";

    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void importCase(SqliteCaseStore store, String id, String... rows) throws Exception {
        Path vcf = dir.resolve(id + ".vcf");
        Files.writeString(vcf, HEADER + "\n" + String.join("\n", rows) + "\n");
        long pk = new CaseImporter(store, "test", "chair").importVcf(new ImportRequest(id, DiseaseArea.CANCER,
                "lung adenocarcinoma", vcf, null, Map.of("TUMOR", SampleRole.TUMOUR, "NORMAL", SampleRole.NORMAL),
                GenomeBuild.GRCh38, false), ImportListener.NONE).casePk();
        store.qc().save(pk, new QcResult(id, Instant.now(), "bio", "test", List.of(), List.of(), List.of(), List.of(),
                List.of()));
    }

    @Test
    void anIneligibleCaseIsRefusedFromACirculationAgenda() throws Exception {
        Path db = dir.resolve("circulation.db");
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            accounts.createFirstAdministrator("chair", "Dr Chair", EnumSet.of(PanelRole.SECRETARY,
                    PanelRole.DRUG_THERAPY_PHYSICIAN), PW.toCharArray());
            importCase(store, "C-G", KRAS, TP53);
            importCase(store, "C-OK", KRAS);
        }
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        WaitForAsyncUtils.waitForFxEvents();
        LoginSteps.logIn(robot, "chair", PW);
        LoginSteps.waitForMainWindow(robot);
        waitFor(() -> robot.lookup("#menuPanel").tryQuery().isPresent());
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelMeetings");
        waitFor(() -> robot.lookup("#meetingCreate").tryQuery().isPresent());
        MeetingsViewModel meetings = app.panelWindow().meetings();
        waitFor(() -> meetings.users().size() == 1);
        robot.interact(() -> {
            robot.lookup("#meetingDate").queryAs(DatePicker.class).setValue(java.time.LocalDate.of(2026, 12, 10));
            robot.lookup("#meetingFormat").<MeetingFormat>queryComboBox().setValue(MeetingFormat.CIRCULATION);
            ComboBox<User> chair = robot.lookup("#meetingChair").queryComboBox();
            chair.setValue(chair.getItems().get(0));
        });
        robot.clickOn("#meetingCreate");
        waitFor(() -> meetings.selectedProperty().get() != null);
        assertThat(robot.lookup("#circulationPane").query().isVisible()).isTrue();

        // the case with a presumed germline TP53 is refused, with the unmet conditions
        robot.interact(() -> {
            robot.lookup("#agendaCase").<String>queryComboBox().getEditor().setText("C-G");
            robot.lookup("#agendaTreating").<String>queryComboBox().getEditor().setText("Dr Ito");
        });
        robot.clickOn("#agendaHistory");
        robot.clickOn("#agendaAdd");
        waitFor(() -> message().startsWith("Case C-G cannot be discussed by circulation"));
        assertThat(message()).isEqualTo("Case C-G cannot be discussed by circulation (rule cancer-circulation "
                + "(zenome-circulation-2026.1)). Unmet conditions: no presumed germline finding or genetic-counselling "
                + "referral (TP53 chr17:7669691 C>G (presumed germline: ClinVar Pathogenic, in normal)) / no secondary "
                + "finding to disclose (TP53 chr17:7669691 C>G (ClinVar Pathogenic, unclassified, acmg-sf-3.1, no "
                + "consent recorded))");
        assertThat(meetings.selectedProperty().get().agenda()).isEmpty();
        // the circulation pane lists the refused case's unmet conditions one per line
        ListView<String> circulation = robot.lookup("#circulationList").queryListView();
        waitFor(() -> circulation.getItems().size() == 3);
        assertThat(circulation.getItems()).containsExactly(
                "C-G: NOT eligible for circulation (rule cancer-circulation (zenome-circulation-2026.1))",
                "\u2022 unmet: no presumed germline finding or genetic-counselling referral (TP53 chr17:7669691 C>G "
                        + "(presumed germline: ClinVar Pathogenic, in normal))",
                "\u2022 unmet: no secondary finding to disclose (TP53 chr17:7669691 C>G (ClinVar Pathogenic, "
                        + "unclassified, acmg-sf-3.1, no consent recorded))");
        FxTestSupport.screenshot(app.panelWindow().stage(), "circulation-refused-en");

        // the eligible case goes on the agenda with its recorded check
        robot.interact(() -> robot.lookup("#agendaCase").<String>queryComboBox().getEditor().setText("C-OK"));
        robot.clickOn("#agendaAdd");
        waitFor(() -> meetings.selectedProperty().get().agenda().size() == 1);
        AgendaItem item = meetings.selectedProperty().get().agenda().get(0);
        assertThat(item.circulation().eligible()).isTrue();
        assertThat(message()).isEmpty();
        waitFor(() -> circulation.getItems().equals(List.of(
                "C-OK: eligible for circulation (rule cancer-circulation (zenome-circulation-2026.1))")));
        ListView<AgendaItem> agenda = robot.lookup("#agendaList").queryListView();
        waitFor(() -> robot.lookup("#agendaList .list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().contains("C-OK") && c.getText().contains("\u2713 circulation: eligible")));
        assertThat(agenda.getItems()).hasSize(1);
        FxTestSupport.screenshot(app.panelWindow().stage(), "circulation-agenda-en");

        // an online meeting holding C-G cannot become a meeting by circulation
        robot.interact(() -> {
            robot.lookup("#meetingFormat").<MeetingFormat>queryComboBox().setValue(MeetingFormat.ONLINE);
        });
        robot.clickOn("#meetingCreate");
        waitFor(() -> meetings.selectedProperty().get() != null && meetings.selectedProperty().get().format()
                == MeetingFormat.ONLINE);
        robot.interact(() -> robot.lookup("#agendaCase").<String>queryComboBox().getEditor().setText("C-G"));
        robot.clickOn("#agendaAdd");
        waitFor(() -> meetings.selectedProperty().get().agenda().size() == 1);
        assertThat(robot.lookup("#circulationPane").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#meetingFormatChange").<MeetingFormat>queryComboBox()
                .setValue(MeetingFormat.CIRCULATION));
        robot.clickOn("#meetingFormatApply");
        waitFor(() -> message().startsWith("Case C-G cannot be discussed by circulation"));
        assertThat(meetings.selectedProperty().get().format()).isEqualTo(MeetingFormat.ONLINE);
        waitFor(() -> robot.lookup("#circulationPane").query().isVisible() && circulation.getItems().size() == 3);
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.audit().list("C-G", null, null, null)).extracting(e -> e.action())
                    .contains("meeting.circulation.refused");
        }
    }

    private String message() {
        return robot.lookup("#meetingMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
