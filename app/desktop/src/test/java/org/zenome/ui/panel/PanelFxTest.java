package org.zenome.ui.panel;

import static org.zenome.ui.FxTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.domain.CaseStatus;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.panel.Accounts;
import org.zenome.panel.Decision;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.Outcome;
import org.zenome.panel.PanelRole;
import org.zenome.panel.Passwords;
import org.zenome.panel.User;
import org.zenome.panel.VoteValue;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a temporary SQLite file: first start creates the administrator; a later start logs
 * in, schedules a meeting, puts a case on the agenda, records attendance (quorum warnings name the missing
 * roles), steps into the presenter view, records a note, votes and the decision, signs off with the password
 * (the case turns read-only), locks and unlocks, and verifies the audit log.
 */
class PanelFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private static final String PW = "correct horse battery";
    private final FxRobot robot = new FxRobot();
    private ZenomeApp app;

    @TempDir
    Path dir;

    private void start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (ZenomeApp) FxToolkit.setupApplication(ZenomeApp.class, "--db", db.toString(), "--lang", "en");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void firstStartCreatesTheAdministrator() throws Exception {
        Path db = dir.resolve("first.db");
        start(db);
        // a short password is refused in the dialog
        waitFor(() -> robot.lookup("#loginRepeat").tryQuery().isPresent());
        set("#loginUsername", "admin");
        set("#loginPassword", "short");
        set("#loginRepeat", "short");
        robot.clickOn("#loginButton");
        waitFor(() -> text("#loginError").contains("at least 8"));
        LoginSteps.createAdministrator(robot);
        assertThat(app.session().user().username()).isEqualTo("admin");
        assertThat(app.session().user().roles()).containsExactlyInAnyOrder(PanelRole.ADMINISTRATOR,
                PanelRole.SECRETARY);
        waitFor(() -> robot.lookup("Not now").match(LoginSteps::showing).tryQuery().isPresent());
        robot.clickOn("Not now");
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.users().list()).extracting(User::username).containsExactly("admin");
            assertThat(store.users().passwordHash("admin").orElseThrow()).startsWith("$argon2id$");
            assertThat(store.audit().list(null, "admin", null, null)).extracting(e -> e.action())
                    .contains("user.create");
        }
    }

    @Test
    void logInRunAMeetingAndSignTheCaseOff() throws Exception {
        Path db = dir.resolve("panel.db");
        Path vcf = dir.resolve("c1.vcf");
        Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
                + "chr13\t32316461\t.\tG\tA\t50\tPASS\t.\nchr13\t32319077\t.\tC\tT\t60\tPASS\t.\n");
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            User chair = accounts.createFirstAdministrator("chair", "Dr Chair", EnumSet.of(PanelRole.SECRETARY,
                    PanelRole.DRUG_THERAPY_PHYSICIAN), PW.toCharArray());
            accounts.createUser(chair, "gen", "Dr Geneticist", EnumSet.of(PanelRole.CLINICAL_GENETICIST),
                    PW.toCharArray());
            new CaseImporter(store, "test", "chair").importVcf(new ImportRequest("C-1", DiseaseArea.CANCER, "", vcf,
                    null, Map.of(), GenomeBuild.GRCh38, false), ImportListener.NONE);
        }
        start(db);
        LoginSteps.logIn(robot, "chair", "wrong password");
        waitFor(() -> text("#loginError").equals("Wrong user name or password."));
        LoginSteps.logIn(robot, "chair", PW);
        LoginSteps.waitForMainWindow(robot);
        waitFor(() -> robot.lookup("#menuPanel").tryQuery().isPresent());

        // schedule the meeting
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelMeetings");
        waitFor(() -> robot.lookup("#meetingCreate").tryQuery().isPresent());
        MeetingsViewModel meetings = app.panelWindow().meetings();
        waitFor(() -> meetings.users().size() == 2);
        robot.interact(() -> {
            robot.lookup("#meetingDate").queryAs(DatePicker.class).setValue(java.time.LocalDate.of(2026, 12, 10));
            robot.lookup("#meetingFormat").<MeetingFormat>queryComboBox().setValue(MeetingFormat.ONLINE);
            ComboBox<User> chairBox = robot.lookup("#meetingChair").queryComboBox();
            chairBox.setValue(chairBox.getItems().stream().filter(u -> u.username().equals("chair")).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#meetingTitle").write("WGS expert panel");
        robot.clickOn("#meetingCreate");
        waitFor(() -> meetings.selectedProperty().get() != null);

        // agenda and attendance; the quorum check names the missing roles
        robot.interact(() -> robot.lookup("#agendaCase").<String>queryComboBox().getEditor().setText("C-1"));
        robot.clickOn("#agendaHistory");
        robot.clickOn("#agendaAdd");
        waitFor(() -> meetings.selectedProperty().get().agenda().size() == 1);
        addAttendee("chair", PanelRole.DRUG_THERAPY_PHYSICIAN);
        addAttendee("gen", PanelRole.CLINICAL_GENETICIST);
        waitFor(() -> meetings.selectedProperty().get().attendees().size() == 2);
        robot.clickOn("#quorumCheck");
        ListView<String> warnings = robot.lookup("#quorumWarnings").queryListView();
        waitFor(() -> warnings.getItems().size() == 4);
        assertThat(warnings.getItems()).contains("Missing role: Genetic counsellor (1 required, 0 present)",
                "Missing role: Pathologist (1 required, 0 present)");
        assertThat(text("#quorumStatus")).startsWith("Quorum NOT met");

        // presenter view: note, votes, decision
        robot.clickOn("#presenterOpen");
        PresenterViewModel presenter = app.panelWindow().presenter();
        waitFor(() -> presenter.caseProperty().get() != null && presenter.selectedFindingProperty().get() != null);
        assertThat(text("#presenterTitle")).isEqualTo("Case 1 of 1: C-1");
        assertThat(presenter.findings()).extracting(CandidateFinding::ref).containsExactly("chr13:32316461:G>A",
                "chr13:32319077:C>T");
        robot.clickOn("#presenterNoteText").write("VAF 0.49, likely germline");
        robot.clickOn("#presenterAddNote");
        waitFor(() -> robot.lookup("#presenterNotes").queryListView().getItems().size() == 1);
        waitFor(() -> presenter.votes().size() == 2);
        robot.interact(() -> presenter.votes().forEach(v -> v.voteProperty().set(VoteValue.AGREE)));
        robot.clickOn("#presenterSaveVotes");
        robot.interact(() -> robot.lookup("#decisionOutcome").<Outcome>queryComboBox()
                .setValue(Outcome.PRESUMED_GERMLINE));
        robot.clickOn("#decisionClass").write("Likely pathogenic");
        robot.clickOn("#decisionRationale").write("Germline origin likely");
        robot.interact(() -> robot.lookup("#decisionActions").queryAs(TextArea.class)
                .setText("confirmatory-test:Sanger on blood\ngenetic-counselling:referral"));
        robot.clickOn("#decisionRecord");
        waitFor(() -> text("#presenterMessage").equals("Decision recorded.") && presenter.decisions().size() == 1);

        // sign-off with the password: read-only afterwards
        robot.clickOn("#caseSignOff");
        waitFor(() -> robot.lookup("#signOffPassword").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#signOffPassword").queryAs(PasswordField.class).setText(PW));
        robot.clickOn("#signOffConfirm");
        waitFor(() -> presenter.lockedProperty().get());
        waitFor(() -> text("#presenterState").contains("signed by chair"));
        assertThat(robot.lookup("#decisionRecord").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#conclusionSave").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#caseAmend").query().isDisabled()).isFalse();

        // lock and unlock
        robot.interact(() -> app.session().lockNow());
        waitFor(() -> robot.lookup("#loginPassword").tryQuery().isPresent());
        assertThat(app.stage().getScene().getRoot().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#loginPassword").queryAs(PasswordField.class).setText(PW));
        robot.clickOn("#loginButton");
        waitFor(() -> !app.session().isLocked());
        assertThat(app.stage().getScene().getRoot().isVisible()).isTrue();

        // the audit viewer checks the chain
        robot.interact(() -> app.panelWindow().showAudit());
        robot.interact(() -> robot.lookup("#auditCase").queryAs(TextField.class).setText("C-1"));
        robot.clickOn("#auditApply");
        TableView<?> audit = robot.lookup("#auditTable").queryTableView();
        waitFor(() -> audit.getItems().size() >= 8);
        // fired on the FX thread: a robot click can miss while the tab is still laying out after the table fills
        robot.interact(() -> robot.lookup("#auditVerify").queryButton().fire());
        try {
            waitFor(() -> text("#auditResult").startsWith("Audit log intact"));
        } catch (TimeoutException e) {
            assertThat(text("#auditResult")).startsWith("Audit log intact");
        }

        // a second connection to the same file sees the record
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            assertThat(store.cases().find("C-1").orElseThrow().status()).isEqualTo(CaseStatus.SIGNED_OFF);
            assertThat(store.reviews().isLocked("C-1")).isTrue();
            assertThat(store.reviews().votes("C-1", 1)).hasSize(2).allSatisfy(v -> {
                assertThat(v.value()).isEqualTo(VoteValue.AGREE);
                assertThat(v.recordedBy()).isEqualTo("chair");
            });
            Decision d = store.reviews().decisions("C-1", 1).get(0);
            assertThat(d.outcome()).isEqualTo(Outcome.PRESUMED_GERMLINE);
            assertThat(d.findingRef()).isEqualTo("chr13:32316461:G>A");
            assertThat(d.actions()).hasSize(2);
            assertThat(store.audit().list("C-1", null, null, null)).extracting(e -> e.action())
                    .contains("case.import", "discussion.note", "vote.record", "decision.record", "case.sign-off");
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }

    private void addAttendee(String user, PanelRole role) {
        robot.interact(() -> {
            ComboBox<User> member = robot.lookup("#attendeeUser").queryComboBox();
            member.setValue(member.getItems().stream().filter(u -> u.username().equals(user)).findFirst()
                    .orElseThrow());
            robot.lookup("#attendeeRole").<PanelRole>queryComboBox().setValue(role);
        });
        robot.clickOn("#attendeeAdd");
    }

    private void set(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
