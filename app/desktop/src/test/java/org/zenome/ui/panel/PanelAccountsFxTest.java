package org.zenome.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zenome.audit.AuditEntry;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.importer.CaseImporter;
import org.zenome.importer.ImportListener;
import org.zenome.importer.ImportRequest;
import org.zenome.panel.Accounts;
import org.zenome.panel.AgendaItem;
import org.zenome.panel.Attendee;
import org.zenome.panel.Meeting;
import org.zenome.panel.MeetingFormat;
import org.zenome.panel.PanelRole;
import org.zenome.panel.Passwords;
import org.zenome.panel.User;
import org.zenome.store.sqlite.SqliteCaseStore;
import org.zenome.ui.LoginSteps;
import org.zenome.ui.ZenomeApp;

/**
 * The real application on a temporary SQLite file: a user whose password the administrator reset must choose a
 * new one at login (the policy is enforced in the dialog) and can change it later from the menu; the
 * administrator resets a password in the users tab; the agenda records each case's treating physician and the
 * roster check counts only the attendee recorded for the case; the audit viewer checks against a recorded head.
 */
class PanelAccountsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }
    private static final String PW = LoginSteps.PASSWORD;
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

    /** admin (also secretary), chair, gen, kato (a treating physician with an account); cases C-1 and C-2. */
    private Path store() throws Exception {
        Path db = dir.resolve("panel.db");
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            User admin = accounts.createFirstAdministrator(LoginSteps.ADMIN, "Administrator",
                    EnumSet.of(PanelRole.SECRETARY), PW.toCharArray());
            accounts.createUser(admin, "chair", "Dr Chair", EnumSet.of(PanelRole.DRUG_THERAPY_PHYSICIAN),
                    PW.toCharArray());
            accounts.createUser(admin, "gen", "Dr Geneticist", EnumSet.of(PanelRole.CLINICAL_GENETICIST),
                    PW.toCharArray());
            accounts.createUser(admin, "kato", "Dr Kato", EnumSet.of(PanelRole.TREATING_PHYSICIAN), PW.toCharArray());
            for (String id : new String[] {"C-1", "C-2"}) {
                Path vcf = dir.resolve(id + ".vcf");
                Files.writeString(vcf, "##fileformat=VCFv4.2\n##contig=<ID=chr13,length=114364328>\n"
                        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr13\t32316461\t.\tG\tA\t50\tPASS\t.\n");
                new CaseImporter(store, "test", "admin").importVcf(new ImportRequest(id, DiseaseArea.CANCER, "", vcf,
                        null, Map.of(), GenomeBuild.GRCh38, false), ImportListener.NONE);
            }
        }
        return db;
    }

    @Test
    void aResetPasswordIsReplacedAtLoginAndChangedLaterFromTheMenu() throws Exception {
        Path db = store();
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Accounts accounts = new Accounts(store.users(), new Passwords(1024, 1));
            accounts.resetPassword(store.users().find("admin").orElseThrow(), "gen", "temporary pass 1".toCharArray());
        }
        start(db);
        LoginSteps.logIn(robot, "gen", "temporary pass 1");
        // the login leads to the password window, not to the main window
        waitFor(() -> robot.lookup("#passwordNew").match(LoginSteps::showing).tryQuery().isPresent());
        assertThat(text("#passwordIntro")).contains("The administrator reset the password of gen");
        assertThat(robot.lookup("#mainTabs").match(LoginSteps::showing).tryQuery()).isEmpty();
        fill("temporary pass 1", "12345678", "12345678");
        waitFor(() -> text("#passwordError").equals("This password is one of the most commonly used; choose another."));
        fill("temporary pass 1", "my gen passphrase", "my gen passphrase");
        waitFor(() -> text("#passwordError").equals("The password must not contain the user name."));
        fill("temporary pass 1", "river stone window", "river stone windo");
        waitFor(() -> text("#passwordError").equals("The two passwords differ."));
        fill("temporary pass 1", "river stone window", "river stone window");
        LoginSteps.waitForMainWindow(robot);
        assertThat(app.session().user().username()).isEqualTo("gen");
        assertThat(app.session().user().mustChangePassword()).isFalse();

        // later, from the menu: the current password is checked
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelPassword");
        waitFor(() -> robot.lookup("#passwordCurrent").match(LoginSteps::showing).tryQuery().isPresent());
        assertThat(text("#passwordIntro")).isEqualTo("Change the password of gen.");
        fill("wrong password", "sea lantern morning", "sea lantern morning");
        waitFor(() -> text("#passwordError").equals("The current password is wrong."));
        fill("river stone window", "river stone window", "river stone window");
        waitFor(() -> text("#passwordError").equals("The new password must differ from the current one."));
        fill("river stone window", "sea lantern morning", "sea lantern morning");
        waitFor(() -> app.mainViewModel().statusTextProperty().get().equals("Password changed."));

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Accounts accounts = new Accounts(store.users());
            assertThat(accounts.authenticate("gen", "sea lantern morning".toCharArray()).mustChangePassword())
                    .isFalse();
            assertThat(store.audit().list(null, null, null, null)).extracting(AuditEntry::action)
                    .containsSubsequence("user.password.reset", "user.password", "user.password");
            assertThat(store.audit().list(null, "gen", null, null)).extracting(AuditEntry::action)
                    .containsExactly("user.password", "user.password");
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void theAdministratorResetsAPasswordAndTheAgendaNamesEachTreatingPhysician() throws Exception {
        Path db = store();
        start(db);
        LoginSteps.enter(robot);

        // users tab: reset gen's password
        robot.clickOn("#menuPanel");
        robot.clickOn("#menuPanelUsers");
        TableView<User> users = robot.lookup("#userTable").queryTableView();
        waitFor(() -> users.getItems().size() == 4);
        robot.interact(() -> users.getSelectionModel().select(users.getItems().stream()
                .filter(u -> u.username().equals("gen")).findFirst().orElseThrow()));
        password("#resetPassword", "aaaaaaaaaa");
        password("#resetRepeat", "aaaaaaaaaa");
        robot.interact(() -> robot.lookup("#resetPasswordButton").queryButton().fire());
        waitFor(() -> text("#userMessage").equals("The password must not be one character repeated."));
        password("#resetPassword", "temporary pass 9");
        password("#resetRepeat", "temporary pass 9");
        robot.interact(() -> robot.lookup("#resetPasswordButton").queryButton().fire());
        waitFor(() -> text("#userMessage").startsWith("Password of gen reset"));
        waitFor(() -> users.getItems().stream().anyMatch(u -> u.username().equals("gen") && u.mustChangePassword()));

        // meetings: each case with its treating physician
        robot.interact(() -> app.panelWindow().showMeetings());
        MeetingsViewModel meetings = app.panelWindow().meetings();
        waitFor(() -> meetings.users().size() == 4);
        robot.interact(() -> {
            ComboBox<User> chairBox = robot.lookup("#meetingChair").queryComboBox();
            chairBox.setValue(chairBox.getItems().stream().filter(u -> u.username().equals("chair")).findFirst()
                    .orElseThrow());
        });
        robot.interact(() -> robot.lookup("#meetingCreate").queryButton().fire());
        waitFor(() -> meetings.selectedProperty().get() != null);
        agenda("C-1", "kato");
        waitFor(() -> meetings.selectedProperty().get().agenda().size() == 1);
        agenda("C-2", "Dr Ito (Kita Hospital)");
        waitFor(() -> meetings.selectedProperty().get().agenda().size() == 2);
        assertThat(meetings.selectedProperty().get().agenda()).extracting(AgendaItem::treatingPhysician)
                .containsExactly("Dr Kato", "Dr Ito (Kita Hospital)");
        ListView<AgendaItem> agenda = robot.lookup("#agendaList").queryListView();
        waitFor(() -> agenda.getItems().size() == 2);

        // Dr Kato attends (for C-1, the case naming him); the check misses C-2's treating physician
        attendee("kato", null, PanelRole.TREATING_PHYSICIAN, null);
        waitFor(() -> meetings.selectedProperty().get().attendees().size() == 1);
        assertThat(meetings.selectedProperty().get().attendees().get(0).forCases()).containsExactly("C-1");
        robot.interact(() -> robot.lookup("#quorumCheck").queryButton().fire());
        ListView<String> warnings = robot.lookup("#quorumWarnings").queryListView();
        waitFor(() -> !warnings.getItems().isEmpty());
        assertThat(warnings.getItems()).contains("Case C-2: missing role: Treating physician (1 required, 0 present)")
                .noneMatch(w -> w.startsWith("Case C-1:"));
        // Dr Abe substitutes for C-2's treating physician
        attendee(null, "Dr Abe", PanelRole.TREATING_PHYSICIAN, "C-2");
        waitFor(() -> meetings.selectedProperty().get().attendees().size() == 2);
        robot.interact(() -> robot.lookup("#quorumCheck").queryButton().fire());
        waitFor(() -> warnings.getItems().stream().noneMatch(w -> w.contains("Treating physician")));
        TableView<Attendee> attendees = robot.lookup("#attendeeTable").queryTableView();
        waitFor(() -> attendees.getItems().size() == 2);

        // the audit viewer shows the head to record; checking against it passes, against a forged one fails
        robot.interact(() -> app.panelWindow().showAudit());
        robot.interact(() -> robot.lookup("#auditVerify").queryButton().fire());
        waitFor(() -> text("#auditResult").startsWith("Audit log intact"));
        TextField head = robot.lookup("#auditHead").queryAs(TextField.class);
        waitFor(() -> head.getText().matches("\\d+:[0-9a-f]{64}"));
        String anchor = head.getText();
        robot.interact(() -> robot.lookup("#auditExpectHead").queryAs(TextField.class).setText(anchor));
        robot.interact(() -> robot.lookup("#auditVerify").queryButton().fire());
        waitFor(() -> text("#auditResult").endsWith("the recorded head " + anchor + " is unchanged."));
        String forged = anchor.substring(0, anchor.length() - 1) + (anchor.endsWith("0") ? "1" : "0");
        robot.interact(() -> robot.lookup("#auditExpectHead").queryAs(TextField.class).setText(forged));
        robot.interact(() -> robot.lookup("#auditVerify").queryButton().fire());
        waitFor(() -> text("#auditResult").contains("no longer carries the recorded head hash"));

        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            Meeting m = store.meetings().list().get(0);
            assertThat(m.quorum().problems()).noneMatch(p -> p.role() == PanelRole.TREATING_PHYSICIAN);
            assertThat(m.attendees()).extracting(Attendee::forCases).containsExactly(java.util.List.of("C-1"),
                    java.util.List.of("C-2"));
            assertThat(store.users().find("gen").orElseThrow().mustChangePassword()).isTrue();
        }
    }

    private void agenda(String caseId, String treating) {
        robot.interact(() -> {
            robot.lookup("#agendaCase").<String>queryComboBox().getEditor().setText(caseId);
            robot.lookup("#agendaTreating").<String>queryComboBox().getEditor().setText(treating);
            robot.lookup("#agendaAdd").queryButton().fire();
        });
    }

    private void attendee(String user, String name, PanelRole role, String forCase) {
        robot.interact(() -> {
            ComboBox<User> member = robot.lookup("#attendeeUser").queryComboBox();
            member.setValue(user == null ? null : member.getItems().stream().filter(u -> u.username().equals(user))
                    .findFirst().orElseThrow());
            robot.lookup("#attendeeName").queryAs(TextField.class).setText(name == null ? "" : name);
            robot.lookup("#attendeeRole").<PanelRole>queryComboBox().setValue(role);
            robot.lookup("#attendeeForCase").<String>queryComboBox().setValue(forCase);
            robot.lookup("#attendeeAdd").queryButton().fire();
        });
    }

    private void fill(String current, String next, String repeat) {
        password("#passwordCurrent", current);
        password("#passwordNew", next);
        password("#passwordRepeat", repeat);
        robot.interact(() -> robot.lookup("#passwordChange").queryButton().fire());
    }

    private void password(String id, String text) {
        PasswordField f = robot.lookup(id).queryAs(PasswordField.class);
        robot.interact(() -> f.setText(text));
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
